package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import org.ensemble.credit.Team;

/**
 * Keeps COLLABORATED_WITH exact when a work's team changes, inside the caller's transaction. The
 * caller must hold write locks on every person of both teams (taken in id order), so that two works
 * sharing people are folded into the same relationship one after the other, never both from the
 * same stale value.
 */
@Component
public class CollaborationUpkeep {

	public void replace(TransactionContext tx, Team before, Team after) {
		Map<Pair, Contribution> old = TeamPairs.of(before);
		Map<Pair, Contribution> now = TeamPairs.of(after);
		Set<Pair> changed = new HashSet<>();
		old.forEach((pair, contribution) -> {
			if (!Objects.equals(contribution, now.get(pair))) {
				changed.add(pair);
			}
		});
		now.forEach((pair, contribution) -> {
			if (!Objects.equals(contribution, old.get(pair))) {
				changed.add(pair);
			}
		});
		if (changed.isEmpty()) {
			return;
		}
		Map<Pair, PairStats> current = read(tx, changed);
		List<Map<String, Object>> writes = new ArrayList<>();
		List<Map<String, Object>> deletes = new ArrayList<>();
		for (Pair pair : changed) {
			PairStats stats = current.getOrDefault(pair, new PairStats());
			if (old.containsKey(pair)) {
				stats.remove(old.get(pair));
			}
			if (now.containsKey(pair)) {
				stats.add(now.get(pair));
			}
			if (stats.isEmpty()) {
				deletes.add(Map.of("a", pair.a(), "b", pair.b()));
			}
			else {
				writes.add(Map.of("a", pair.a(), "b", pair.b(), "props", stats.toProperties()));
			}
		}
		if (!deletes.isEmpty()) {
			tx.run("""
					UNWIND $rows AS row
					MATCH (:Person {id: row.a})-[r:COLLABORATED_WITH]->(:Person {id: row.b})
					DELETE r""", Map.of("rows", deletes)).consume();
		}
		if (!writes.isEmpty()) {
			tx.run("""
					UNWIND $rows AS row
					MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
					MERGE (a)-[r:COLLABORATED_WITH]->(b)
					SET r = row.props""", Map.of("rows", writes)).consume();
		}
	}

	private static Map<Pair, PairStats> read(TransactionContext tx, Set<Pair> pairs) {
		List<Map<String, Object>> rows = pairs.stream().map((p) -> Map.<String, Object>of("a", p.a(), "b", p.b())).toList();
		Map<Pair, PairStats> current = new HashMap<>();
		tx.run("""
				UNWIND $rows AS row
				MATCH (:Person {id: row.a})-[r:COLLABORATED_WITH]->(:Person {id: row.b})
				RETURN row.a AS a, row.b AS b, properties(r) AS props""", Map.of("rows", rows))
			.forEachRemaining((record) -> current.put(new Pair(record.get("a").asString(), record.get("b").asString()),
					PairStats.fromProperties(record.get("props").asMap(Value::asObject))));
		return current;
	}

}
