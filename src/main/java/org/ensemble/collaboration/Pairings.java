package org.ensemble.collaboration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import org.ensemble.credit.Role;
import org.ensemble.system.GraphTransactions;

/**
 * Repeat pairings over the whole graph. The range index on the pair's counter property (any roles,
 * or one role pair) finds the candidates with at least minShared works; a year window or a bill
 * limit can only lower a count, so they filter those candidates' per-work lists.
 */
@Service
public class Pairings {

	/** The counter, years and bills properties are named by code (the role-pair key), never by input. */
	private static final String QUERY = """
			MATCH (a:Person)-[r:COLLABORATED_WITH]->(b:Person)
			WHERE r.%1$s >= $minShared
			WITH a, b, r.%2$s AS ys, r.%3$s AS bs
			WITH a, b, CASE WHEN $from IS NULL AND $to IS NULL AND $topBilled IS NULL THEN ys ELSE
			     [i IN range(0, size(ys) - 1)
			      WHERE ($from IS NULL OR ys[i] >= $from) AND ($to IS NULL OR (ys[i] >= 0 AND ys[i] <= $to))
			        AND ($topBilled IS NULL OR bs[i] < $topBilled) | ys[i]] END AS years
			WHERE size(years) >= $minShared
			WITH a, b, years ORDER BY size(years) DESC, a.name, b.name, a.id, b.id
			WITH collect({a: a {.id, .name}, b: b {.id, .name}, years: years}) AS rows
			RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page""";

	private final GraphTransactions graph;

	Pairings(GraphTransactions graph) {
		this.graph = graph;
	}

	public record Page(List<Pairing> pairings, int total) {
	}

	/** @param roles the two roles of the pair, or null for any roles */
	public Page of(Role first, Role second, int minShared, Integer from, Integer to, Integer topBilled, int limit, int offset) {
		String query = (first == null) ? QUERY.formatted("shared", "years", "bills") : keyed(new RolePairKey(first, second));
		Map<String, Object> params = new HashMap<>();
		params.put("minShared", minShared);
		params.put("from", from);
		params.put("to", to);
		params.put("topBilled", topBilled);
		params.put("limit", limit);
		params.put("offset", offset);
		return this.graph.read((tx) -> {
			var record = tx.run(query, params).single();
			return new Page(record.get("page").asList(Pairings::pairing), record.get("total").asInt());
		});
	}

	private static String keyed(RolePairKey key) {
		return QUERY.formatted(key.countProperty(), key.yearsProperty(), key.billsProperty());
	}

	private static Pairing pairing(Value row) {
		List<Integer> known = row.get("years").asList(Value::asInt).stream().filter((y) -> y >= 0).toList();
		return new Pairing(Reunions.person(row.get("a")), Reunions.person(row.get("b")), row.get("years").size(),
				known.isEmpty() ? null : known.stream().min(Integer::compare).get(),
				known.isEmpty() ? null : known.stream().max(Integer::compare).get());
	}

}
