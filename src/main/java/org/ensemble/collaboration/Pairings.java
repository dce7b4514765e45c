package org.ensemble.collaboration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import org.ensemble.credit.Role;
import org.ensemble.credit.TeamCredit;
import org.ensemble.system.GraphTransactions;

/**
 * Repeat pairings over the whole graph. The range index on the pair's repeat counter (any roles, or
 * one role pair's {@code repeat_…}, see {@link PairStats}) finds the candidates with at least
 * minShared works. A year window or a bill limit can only lower a count, so with one of them each
 * candidate is recounted from its credits.
 *
 * <p>
 * With one role twice, or none, a pair is not ordered: its first person is the one whose name comes
 * first. With two different roles a pairing is ordered: (director, actor) counts the works that {@code a}
 * directed and {@code b} acted in. A relationship runs from the smaller id to the other, so its
 * {@code n_director_actor} counts the pairings where its start person directed, and
 * {@code n_actor_director} those where its end person did: the candidates are read from both
 * counters, each oriented so that {@code a} holds the first role.
 */
@Service
public class Pairings {

	/** One page: the page's lowest count comes from the counters' indexes, then only pairs at or above it are named. */
	private static final String FROM_COUNTERS = """
			CALL () {
			  %1$s
			}
			WITH shared ORDER BY shared DESC LIMIT $offset + $limit
			WITH min(shared) AS cutoff
			CALL (cutoff) {
			  %2$s
			}
			WITH a, b, r, shared
			ORDER BY shared DESC, a.name, b.name, a.id, b.id SKIP $offset LIMIT $limit
			RETURN collect({a: a {.id, .name}, b: b {.id, .name}, shared: shared, first: r.first, last: r.last}) AS page""";

	private static final String COUNT_FROM_COUNTERS = """
			CALL () {
			  %1$s
			}
			RETURN count(*) AS total""";

	/**
	 * The works a pair {@code a}, {@code b} shares, by the question's rules; {@code joined}, both people's
	 * credits joined on the work, as {@link Reunions} does (checking each work of the first for the
	 * second reads every team of a busy person's works). Never joined in {@link #RECOUNTED}: PROFILE on
	 * the peers' data (128,000 candidate pairs) put that query past Neo4j's 4.2 GB limit with the join
	 * only in its last subquery, which names the page's hundred pairs, and at 179 MB and 1.6 s with no
	 * join. Why the plan holds so much there is not known; the join in {@link #YEARS_OF_PAGE}, a query of
	 * its own, was measured within a 16 MB limit for 1,770 pairs ({@code RecountMemoryTests}) and keeps
	 * the (director, actor) page fast.
	 */
	private static String sharedWork(boolean joined) {
		return """
				MATCH (a)-[c1:%s]->(w:Work)<-[c2]-(b)
				%s
				WHERE ($t1 IS NULL OR (type(c1) = $t1 AND type(c2) = $t2))
				  AND ($from IS NULL OR w.year >= $from) AND ($to IS NULL OR w.year <= $to)
				  AND ($topBilled IS NULL OR ((type(c1) <> 'ACTED_IN' OR c1.billing < $topBilled)
				                              AND (type(c2) <> 'ACTED_IN' OR c2.billing < $topBilled)))
				  AND %s""".formatted(Role.CREDIT_TYPES, joined ? "USING JOIN ON w" : "",
				TeamCredit.meetsInCypher("c1", "c2"));
	}

	/** The first and last year of the works a pair {@code a}, {@code b} counts, by the question's rules. */
	private static String yearsOfPair(boolean joined) {
		return """
				CALL (a, b) {
				""" + sharedWork(joined) + """

				  RETURN min(w.year) AS first, max(w.year) AS last
				}
				""";
	}

	/**
	 * A bill limit alone (no year window) cannot lower the count of a pair in which both people were
	 * always billed within it: such a pair keeps its counter, and only the pairs of someone billed
	 * beyond it are recounted from their credits. The people billed beyond it come from the index on
	 * {@code ACTED_IN.billing}; an acting credit without a billing counts as beyond, and the index
	 * cannot find those, so when there is one (the index then holds fewer credits than there are) every
	 * pair is recounted. On IMDb's principals, billed up to ten, a limit of ten recounts nothing.
	 */
	private static final String RECOUNTED = """
			CALL () {
			  OPTIONAL MATCH (p:Person)-[c:ACTED_IN]->() WHERE $from IS NULL AND $to IS NULL AND c.billing >= $topBilled
			  WITH collect(DISTINCT p) AS beyond
			  RETURN beyond, CASE WHEN $from IS NULL AND $to IS NULL AND $topBilled IS NOT NULL
			                      THEN COUNT { ()-[c:ACTED_IN]->() WHERE c.billing IS NOT NULL } = COUNT { ()-[:ACTED_IN]->() }
			                      ELSE false END AS shortcut
			}
			CALL (beyond, shortcut) {
			  %2$s
			}
			WITH a, b, shared, shortcut AND NOT a IN beyond AND NOT b IN beyond AS asCounted
			CALL (a, b, asCounted) {
			  WITH a, b WHERE NOT asCounted
			""" + sharedWork(false) + """

			  RETURN count(DISTINCT w) AS recounted
			}
			WITH a, b, CASE WHEN asCounted THEN shared ELSE recounted END AS shared WHERE shared >= $minShared
			ORDER BY shared DESC, a.name, b.name, a.id, b.id
			WITH collect({a: a, b: b, shared: shared}) AS rows
			WITH size(rows) AS total, rows[$offset..($offset + $limit)] AS page
			CALL (page) {
			  UNWIND page AS row
			  WITH row, row.a AS a, row.b AS b
			""" + yearsOfPair(false) + """
			  RETURN collect({a: a {.id, .name}, b: b {.id, .name}, shared: row.shared, first: first, last: last}) AS named
			}
			RETURN total, named AS page""";

	private static final String YEARS_OF_PAGE = """
			UNWIND $pairs AS pair
			MATCH (a:Person {id: pair.a}), (b:Person {id: pair.b})
			""" + yearsOfPair(true) + """
			RETURN pair.a AS a, pair.b AS b, first, last""";

	private final GraphTransactions graph;

	Pairings(GraphTransactions graph) {
		this.graph = graph;
	}

	public record Page(List<Pairing> pairings, int total) {
	}

	/** @param first one role of the pair, or null (with second) for any roles */
	public Page of(Role first, Role second, int minShared, Integer from, Integer to, Integer topBilled, int limit, int offset) {
		List<Counter> counters = counters(first, second, minShared >= PairStats.REPEAT);
		boolean recount = from != null || to != null || topBilled != null;
		Map<String, Object> params = new HashMap<>();
		params.put("minShared", minShared);
		params.put("t1", first == null ? null : first.relationship());
		params.put("t2", second == null ? null : second.relationship());
		params.put("from", from);
		params.put("to", to);
		params.put("topBilled", topBilled);
		params.put("limit", limit);
		params.put("offset", offset);
		String top = union(counters, (c) -> c.counts(true));
		String counts = union(counters, (c) -> c.counts(false));
		String candidates = union(counters, (c) -> c.candidates(recount ? "$minShared" : "cutoff"));
		return this.graph.read((tx) -> {
			var record = tx.run((recount ? RECOUNTED : FROM_COUNTERS).formatted(top, candidates), params).single();
			List<Pairing> page = record.get("page").asList(Pairings::pairing);
			if (!recount && first != null) {
				page = withRolePairYears(tx, page, params);
			}
			int total = recount ? record.get("total").asInt()
					: tx.run(COUNT_FROM_COUNTERS.formatted(counts), params).single().get("total").asInt();
			return new Page(page, total);
		});
	}

	/**
	 * Of a pair that is not ordered by roles, the person who comes first by name (no name last), then
	 * id: the pair reads and ranks as people are listed, whichever end its relationship starts from.
	 */
	private static final String X_FIRST_BY_NAME = """
			x.name < y.name OR (y.name IS NULL AND x.name IS NOT NULL)
			  OR ((x.name = y.name OR (x.name IS NULL AND y.name IS NULL)) AND x.id < y.id)""".strip();

	/**
	 * A counter property and which end of its relationships holds the first role. Without roles, or
	 * with one role twice, one symmetric counter whose pairs are not ordered ({@code startIsA} null);
	 * with two roles, one counter per direction. For repeats (minShared of {@link PairStats#REPEAT} or
	 * more) the counter is its repeat copy, which a range index holds; minShared 1 asks for every
	 * pair, and is read from the counters of every collaboration.
	 */
	private record Counter(String property, Boolean startIsA) {

		/** The counts at or above minShared; with {@code top}, only the highest (the index gives them in order). */
		String counts(boolean top) {
			return "MATCH ()-[r:COLLABORATED_WITH]->() WHERE r.%1$s >= $minShared RETURN r.%1$s AS shared%2$s".formatted(this.property,
					top ? " ORDER BY shared DESC LIMIT $offset + $limit" : "");
		}

		String candidates(String atLeast) {
			String a = (this.startIsA == null) ? "CASE WHEN " + X_FIRST_BY_NAME + " THEN x ELSE y END" : this.startIsA ? "x" : "y";
			String b = (this.startIsA == null) ? "CASE WHEN " + X_FIRST_BY_NAME + " THEN y ELSE x END" : this.startIsA ? "y" : "x";
			return "MATCH (x:Person)-[r:COLLABORATED_WITH]->(y:Person) WHERE r.%1$s >= %2$s RETURN %3$s AS a, %4$s AS b, r, r.%1$s AS shared"
				.formatted(this.property, atLeast, a, b);
		}

	}

	private static List<Counter> counters(Role first, Role second, boolean repeats) {
		if (first == null) {
			return List.of(new Counter(repeats ? PairStats.repeatOf("shared") : "shared", null));
		}
		java.util.function.Function<RolePairKey, String> property = repeats ? RolePairKey::repeatProperty
				: RolePairKey::countProperty;
		if (first == second) {
			return List.of(new Counter(property.apply(new RolePairKey(first, second)), null));
		}
		return List.of(new Counter(property.apply(new RolePairKey(first, second)), true),
				new Counter(property.apply(new RolePairKey(second, first)), false));
	}

	private static String union(List<Counter> counters, java.util.function.Function<Counter, String> branch) {
		return String.join("\n  UNION ALL\n  ", counters.stream().map(branch).toList());
	}

	/** A role pair's first and last year are those of the works in that role pair, not of all shared works. */
	private static List<Pairing> withRolePairYears(TransactionContext tx, List<Pairing> page, Map<String, Object> params) {
		Map<String, Object> query = new HashMap<>(params);
		query.put("pairs", page.stream().map((p) -> Map.of("a", p.a().id(), "b", p.b().id())).toList());
		Map<String, org.neo4j.driver.Record> years = new HashMap<>();
		tx.run(YEARS_OF_PAGE, query).forEachRemaining((r) -> years.put(r.get("a").asString() + "\u0000" + r.get("b").asString(), r));
		return page.stream().map((p) -> {
			var row = years.get(p.a().id() + "\u0000" + p.b().id());
			return (row == null) ? p : new Pairing(p.a(), p.b(), p.shared(), integer(row.get("first")), integer(row.get("last")));
		}).toList();
	}

	private static Integer integer(Value value) {
		return value.as(Integer.class);
	}

	/** The rows are shaped as {@link Pairing}: the driver maps them. */
	private static Pairing pairing(Value row) {
		return row.as(Pairing.class);
	}

}
