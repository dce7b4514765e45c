package org.ensemble.paths;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import org.ensemble.collaboration.People;
import org.ensemble.credit.Role;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.NotFoundException;

/**
 * Shortest collaboration paths over the credits, person–work–person–… . Both ends are bound before
 * the path pattern, so the planner answers it with the ShortestPath operator: a bidirectional
 * breadth-first search from both people that stops at the depth where the two searches meet. The role
 * and year filters are predicates on every relationship and node of the path, which that operator
 * checks while it expands (no exhaustive fallback), so they prune the search rather than filter its
 * result.
 *
 * <p>Why {@code shortestPath()} and not {@code SHORTEST 1} over a quantified path pattern
 * {@code ((:Person)-[c1]->(w:Work)<-[c2]-(:Person)){1,n}}: that plans as StatefulShortestPath(Into,
 * Trail), which keeps per-path state for relationship uniqueness; measured on a generated IMDb-like
 * graph (400k people, 250k works, 1.5M credits, power-law degrees) it took 24–38 ms at the median
 * and 2.8–3.5 s at p90, against 3–7 ms and 7–13 ms for this form. {@code SHORTEST 1} over a
 * quantified relationship does plan as ShortestPath, but applies a WHERE after choosing the path,
 * which would turn a filtered question into a wrong 404. Credits only join people to works, so every
 * path alternates person and work, and its length in relationships is twice its hops.
 */
@Service
class PathFinder {

	/** {@code all=true} answers at most this many paths; the rest are counted as "capped". */
	static final int MAX_PATHS = 25;

	/** Credits only: following a person's COLLABORATED_WITH relationships would be wasted work. */

	private static final String PATH = """
			MATCH (a:Person {id: $from}), (b:Person {id: $to})
			MATCH p = %s((a)-[:%s*..%d]-(b))
			%s
			RETURN [n IN nodes(p) | CASE WHEN n:Work THEN n {.id, .title, .year, .released, work: true}
			                             ELSE n {.id, .name, work: false} END] AS steps
			LIMIT %d""";

	/**
	 * The filters, checked on every relationship and node while the search expands. An unfiltered
	 * question has its own query text without them: the search then reads no node's labels or year
	 * on the way (about 7 % of the samples of a path, in a profile at the `imdb` scale, went to those checks).
	 */
	private static final String FILTERS = """
			WHERE all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
			  AND all(n IN nodes(p) WHERE n:Person
			          OR (($yearFrom IS NULL OR n.year >= $yearFrom) AND ($yearTo IS NULL OR n.year <= $yearTo)))""";

	/** Query texts built here from constants only, by [all][filtered][maxHops]. */
	private static final String[][][] QUERIES = {
			{ queries("shortestPath", 1, ""), queries("shortestPath", 1, FILTERS) },
			{ queries("allShortestPaths", MAX_PATHS + 1, ""), queries("allShortestPaths", MAX_PATHS + 1, FILTERS) } };

	private final GraphTransactions graph;

	private final People people;

	PathFinder(GraphTransactions graph, People people) {
		this.graph = graph;
		this.people = people;
	}

	private static String[] queries(String selector, int limit, String filters) {
		String[] queries = new String[PathQuery.MAX_HOPS + 1];
		for (int hops = 1; hops <= PathQuery.MAX_HOPS; hops++) {
			// a hop is two credits: person to work, work to person
			queries[hops] = PATH.formatted(selector, Role.CREDIT_TYPES, 2 * hops, filters, limit);
		}
		return queries;
	}

	ShortestPath shortest(PathQuery query) {
		List<List<PathStep>> found = find(query, false);
		return new ShortestPath(hops(found.get(0)), found.get(0));
	}

	ShortestPaths all(PathQuery query) {
		List<List<PathStep>> found = find(query, true);
		boolean capped = found.size() > MAX_PATHS;
		List<List<PathStep>> paths = capped ? found.subList(0, MAX_PATHS) : found;
		return new ShortestPaths(hops(paths.get(0)), List.copyOf(paths), capped);
	}

	private List<List<PathStep>> find(PathQuery query, boolean all) {
		String cypher = QUERIES[all ? 1 : 0][filtered(query) ? 1 : 0][query.maxHops()];
		List<PathStep.PersonStep> ends = requirePeople(query.from(), query.to());
		return this.graph.read((tx) -> {
			if (ends.size() == 1 || ends.get(0).id().equals(ends.get(1).id())) {
				return List.of(List.<PathStep>of(ends.get(0)));
			}
			Map<String, Object> params = parameters(query);
			params.put("from", ends.get(0).id());
			params.put("to", ends.get(ends.size() - 1).id());
			List<List<PathStep>> paths = tx.run(cypher, params)
				.list((r) -> r.get("steps").asList(PathFinder::step));
			if (paths.isEmpty()) {
				throw new NotFoundException("No path between " + query.from() + " and " + query.to() + " within "
						+ query.maxHops() + (query.maxHops() == 1 ? " hop" : " hops")
						+ (filtered(query) ? " with the given filters" : ""));
			}
			return paths;
		});
	}

	private static Map<String, Object> parameters(PathQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", query.from());
		params.put("to", query.to());
		params.put("types", query.roles() == null ? null : query.roles().stream().map(Role::relationship).toList());
		params.put("yearFrom", query.yearFrom());
		params.put("yearTo", query.yearTo());
		return params;
	}

	private static boolean filtered(PathQuery query) {
		return query.roles() != null || query.yearFrom() != null || query.yearTo() != null;
	}

	private List<PathStep.PersonStep> requirePeople(String from, String to) {
		return this.people.require(from.equals(to) ? List.of(from) : List.of(from, to))
			.stream()
			.map((person) -> new PathStep.PersonStep(person.id(), person.name()))
			.toList();
	}

	private static PathStep step(Value value) {
		if (value.get("work").asBoolean()) {
			return new PathStep.WorkStep(value.get("id").asString(), value.get("title").asString(null),
					value.get("year").as(Integer.class),
					value.get("released").as(java.time.LocalDate.class));
		}
		return new PathStep.PersonStep(value.get("id").asString(), value.get("name").asString(null));
	}

	/** People and works alternate, so a path of n steps holds (n - 1) / 2 works. */
	private static int hops(List<PathStep> path) {
		return (path.size() - 1) / 2;
	}

}
