package org.ensemble.network;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;

import org.ensemble.credit.Role;
import org.ensemble.credit.TeamCredit;

/**
 * Where the weight of a tie between two people comes from. Without a role filter it is read from
 * the materialised COLLABORATED_WITH relationship; with one, a work counts only when both people are
 * credited on it in the given roles, which only the credits can tell, so those ties are counted from
 * the credits (of the people at hand, never of the whole graph), under the same pairing rule as the
 * stored ones: on a series, only people on the work itself or on a common episode worked together.
 */
enum Ties {

	COLLABORATIONS("""
			OPTIONAL MATCH (s:Person) WHERE s.id IN $seen
			WITH collect(s) AS seen
			UNWIND $frontier AS id
			MATCH (:Person {id: id})-[r:COLLABORATED_WITH]-(o)
			WHERE r.shared >= $minShared AND NOT o IN seen
			WITH o, max(r.shared) AS tie, sum(r.shared) AS strength
			""" + LastPlace.KEPT, """
			UNWIND people AS p
			MATCH (p)-[r:COLLABORATED_WITH]->(o)
			WHERE o IN people AND r.shared >= $minShared
			RETURN collect([p.id, o.id, r.shared, r.first, r.last]) AS edges""", """
			MATCH (p:Person {id: $frontier[0]})
			CALL (p) {
			  MATCH (p)-[r:COLLABORATED_WITH]-()
			  WHERE r.shared >= $minShared
			  RETURN r.shared AS tie ORDER BY tie DESC LIMIT $take
			}
			WITH p, min(tie) AS cut
			MATCH (p)-[r:COLLABORATED_WITH]-(o)
			WHERE r.shared >= cut
			RETURN o.id AS id, o.name AS name, elementId(o) AS node, r.shared AS tie, r.shared AS strength"""),

	CREDITS("""
			UNWIND $frontier AS id
			MATCH (p:Person {id: id})-[c1:%1$s]->(w:Work)<-[c2:%1$s]-(o:Person)
			WHERE o <> p AND type(c1) IN $types AND type(c2) IN $types AND NOT o.id IN $seen AND %2$s
			WITH p, o, count(DISTINCT w) AS shared
			WHERE shared >= $minShared
			WITH o, max(shared) AS tie, sum(shared) AS strength
			""".formatted(CreditTypes.ALL, TeamCredit.meetsInCypher("c1", "c2")) + LastPlace.KEPT, """
			UNWIND people AS p
			MATCH (p)-[c1:%1$s]->(w:Work)<-[c2:%1$s]-(o:Person)
			WHERE p.id < o.id AND o.id IN $ids AND type(c1) IN $types AND type(c2) IN $types AND %2$s
			WITH p, o, count(DISTINCT w) AS shared, min(w.year) AS first, max(w.year) AS last
			WHERE shared >= $minShared
			RETURN collect([p.id, o.id, shared, first, last]) AS edges"""
		.formatted(CreditTypes.ALL, TeamCredit.meetsInCypher("c1", "c2")), null);

	/** The candidates ranked by their counts, then those at or above the last place kept, with their names. */
	private static final class LastPlace {

		static final String KEPT = """
			ORDER BY tie DESC, strength DESC
			WITH collect({o: o, tie: tie, strength: strength}) AS ranked
			WITH ranked, ranked[CASE WHEN size(ranked) < $take THEN size(ranked) ELSE $take END - 1] AS cut
			UNWIND [c IN ranked WHERE c.tie > cut.tie OR (c.tie = cut.tie AND c.strength >= cut.strength)] AS c
			RETURN c.o.id AS id, c.o.name AS name, elementId(c.o) AS node, c.tie AS tie, c.strength AS strength""";

	}

	/**
	 * The people one step out from {@code $frontier} and not in {@code $seen}, as rows of {@code id},
	 * {@code name}, {@code node} (the node's element id, by which the drawing finds it again in the
	 * same transaction), {@code tie} (their strongest tie to the frontier) and {@code strength} (the sum
	 * of their ties): at least the {@code $take} strongest, and all those as strong as the last of them,
	 * which {@link #strongest} then ranks. A busy person has thousands of ties: the candidates are
	 * ranked by their counts alone, and only those at or above the strength of the last place are
	 * named. Their final order, by name at equal strength, is made in Java: a Cypher sort over rows
	 * that still hold the list of candidates made Neo4j count that list once per row, half a gigabyte
	 * for a busy person, and at 32 clients the transactions' memory pool ran out (503s). Unwinding
	 * only the kept candidates before that sort does not help: the slot of the list stays in the rows
	 * (551 MB counted, measured with PROFILE).
	 */
	private final String expand;

	/**
	 * A subquery over {@code people}: every tie among them, each pair once, as a list of
	 * {@code [source, target, weight, first, last]}. Membership is tested on
	 * the nodes themselves, not their ids: a busy person has thousands of ties to walk past, and
	 * reading each other end's id cost five times as much.
	 */
	private final String among;

	/**
	 * {@link #expand} from one person with nobody else seen, the first step around one seed, when it
	 * has a text of its own (else null): each candidate's tie and strength are then their one
	 * collaboration's count, so the last place is found by a top-{@code $take} of the counts alone and
	 * only the candidates at or above it are named; no candidate is grouped, sorted or collected. A busy
	 * person's step took 3.0 instead of 5.2 ms (in process, the {@code imdb} scale).
	 */
	private final String expandOne;

	Ties(String expand, String among, String expandOne) {
		this.expand = expand;
		this.among = among;
		this.expandOne = expandOne;
	}

	static Ties forRoles(Set<Role> roles) {
		return roles == null ? COLLABORATIONS : CREDITS;
	}

	/** The step's query: {@link #expandOne} for the first step around one seed when there is one. */
	String expand(List<String> frontier, int seen) {
		return (this.expandOne != null && frontier.size() == 1 && seen == 1) ? this.expandOne : this.expand;
	}

	/**
	 * The rows of {@link #expand} in the order a person's collaborators are listed (strongest tie,
	 * then strength, then name as Neo4j orders text, then id), at most {@code take} of them, so that a
	 * network of one person draws the collaborators the list names first.
	 */
	static List<Record> strongest(List<Record> rows, int take) {
		return rows.stream()
			.sorted(Comparator.comparingLong((Record r) -> -r.get("tie").asLong())
				.thenComparingLong((r) -> -r.get("strength").asLong())
				.thenComparing((r) -> r.get("name").asString(null), Comparator.nullsLast(Ties::byCodePoint))
				.thenComparing((r) -> r.get("id").asString(), Ties::byCodePoint))
			.limit(take)
			.toList();
	}

	/**
	 * Text in Neo4j's order, by code point (String.compareTo orders by UTF-16 unit). The peers'
	 * driver, bench/src/Peers.java, has the same comparison: it is a single-file program that cannot
	 * use the service's classes.
	 */
	private static int byCodePoint(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int x = a.codePointAt(i);
			int y = b.codePointAt(j);
			if (x != y) {
				return Integer.compare(x, y);
			}
			i += Character.charCount(x);
			j += Character.charCount(y);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	String among() {
		return this.among;
	}

	/** Credit relationship types, so that expanding a person never walks their COLLABORATED_WITH. */
	static final class CreditTypes {

		static final String ALL = Arrays.stream(Role.values()).map(Role::relationship).collect(Collectors.joining("|"));

		private CreditTypes() {
		}

	}

}
