package org.ensemble.network;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.ensemble.credit.Role;

/**
 * Where the weight of a tie between two people comes from. Without a role filter it is read from
 * the materialised COLLABORATED_WITH relationship; with one, a work counts only when both people are
 * credited on it in the given roles, which only the credits can tell, so those ties are counted from
 * the credits (of the people at hand, never of the whole graph).
 */
enum Ties {

	COLLABORATIONS("""
			OPTIONAL MATCH (s:Person) WHERE s.id IN $seen
			WITH collect(s) AS seen
			UNWIND $frontier AS id
			MATCH (:Person {id: id})-[r:COLLABORATED_WITH]-(o)
			WHERE r.shared >= $minShared AND NOT o IN seen
			WITH o, max(r.shared) AS tie, sum(r.shared) AS strength
			WITH collect({o: o, tie: tie, strength: strength}) AS candidates
			CALL (candidates) {
			  UNWIND candidates AS c
			  WITH c ORDER BY c.tie DESC, c.strength DESC LIMIT $take
			  RETURN last(collect(c)) AS cut
			}
			UNWIND candidates AS c
			WITH c WHERE c.tie > cut.tie OR (c.tie = cut.tie AND c.strength >= cut.strength)
			WITH c.o AS o, c.tie AS tie, c.strength AS strength
			ORDER BY tie DESC, strength DESC, o.name, o.id
			LIMIT $take
			RETURN o.id AS id""", """
			UNWIND people AS p
			MATCH (p)-[r:COLLABORATED_WITH]->(o)
			WHERE o IN people AND r.shared >= $minShared
			RETURN collect({source: p.id, target: o.id, weight: r.shared, first: r.first, last: r.last}) AS edges"""),

	CREDITS("""
			UNWIND $frontier AS id
			MATCH (p:Person {id: id})-[c1:%1$s]->(w:Work)<-[c2:%1$s]-(o:Person)
			WHERE o <> p AND type(c1) IN $types AND type(c2) IN $types AND NOT o.id IN $seen
			WITH p, o, count(DISTINCT w) AS shared
			WHERE shared >= $minShared
			WITH o, max(shared) AS tie, sum(shared) AS strength
			ORDER BY tie DESC, strength DESC, o.name, o.id
			LIMIT $take
			RETURN o.id AS id""".formatted(CreditTypes.ALL), """
			UNWIND people AS p
			MATCH (p)-[c1:%1$s]->(w:Work)<-[c2:%1$s]-(o:Person)
			WHERE p.id < o.id AND o.id IN $ids AND type(c1) IN $types AND type(c2) IN $types
			WITH p, o, count(DISTINCT w) AS shared, min(w.year) AS first, max(w.year) AS last
			WHERE shared >= $minShared
			RETURN collect({source: p.id, target: o.id, weight: shared, first: first, last: last}) AS edges"""
		.formatted(CreditTypes.ALL));

	/**
	 * The people one step out from {@code $frontier} and not in {@code $seen}, strongest tie first,
	 * at most {@code $take}; equally strong ties by name, then id, as a person's collaborators are
	 * listed, so that a network of one person draws the collaborators the list names first. A busy
	 * person has thousands of ties: the candidates are compared by node, and only those at or above
	 * the strength of the last place are named and sorted.
	 */
	private final String expand;

	/**
	 * A subquery over {@code people}: every tie among them, each pair once. Membership is tested on
	 * the nodes themselves, not their ids: a busy person has thousands of ties to walk past, and
	 * reading each other end's id cost five times as much.
	 */
	private final String among;

	Ties(String expand, String among) {
		this.expand = expand;
		this.among = among;
	}

	static Ties forRoles(Set<Role> roles) {
		return roles == null ? COLLABORATIONS : CREDITS;
	}

	String expand() {
		return this.expand;
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
