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

import org.ensemble.credit.Role;
import org.ensemble.credit.Team;
import org.ensemble.credit.TeamCredit;

/**
 * Keeps COLLABORATED_WITH exact when a work's team changes, inside the caller's transaction and
 * after the caller has written the new credits. Each pair whose share of this work changed is
 * recounted from the two people's credits, with the same counting as the rebuild, so the two can't
 * drift apart. The caller holds write locks on every person of both teams (taken in id order), so
 * two works sharing people are counted one after the other, never both from a stale view.
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
		if (!changed.isEmpty()) {
			recount(tx, changed);
		}
	}

	/** Recounts the given pairs from their credits and writes (or removes) their relationships. */
	static void recount(TransactionContext tx, Set<Pair> pairs) {
		List<Map<String, Object>> rows = pairs.stream().map((p) -> Map.<String, Object>of("a", p.a(), "b", p.b())).toList();
		Map<Pair, PairStats> stats = new HashMap<>();
		tx.run("""
				UNWIND $rows AS row
				MATCH (a:Person {id: row.a})-[c1:DIRECTED|ACTED_IN|COMPOSED|WROTE|PRODUCED|SHOT|EDITED]->(w:Work)<-[c2]-(b:Person {id: row.b})
				WITH row, w, collect(DISTINCT type(c1)) AS aTypes, collect(DISTINCT type(c2)) AS bTypes
				RETURN row.a AS a, row.b AS b, w.year AS year, aTypes, bTypes""", Map.of("rows", rows))
			.forEachRemaining((record) -> {
				Pair pair = new Pair(record.get("a").asString(), record.get("b").asString());
				List<TeamCredit> credits = new ArrayList<>();
				record.get("aTypes").asList(Value::asString).forEach((t) -> credits.add(credit(pair.a(), t)));
				record.get("bTypes").asList(Value::asString).forEach((t) -> credits.add(credit(pair.b(), t)));
				Team team = new Team(record.get("year").isNull() ? null : record.get("year").asInt(),
						credits.stream().filter((c) -> c.role() != null).toList());
				Contribution contribution = TeamPairs.of(team).get(pair);
				if (contribution != null) {
					stats.computeIfAbsent(pair, (p) -> new PairStats()).add(contribution);
				}
			});
		List<Map<String, Object>> writes = new ArrayList<>();
		List<Map<String, Object>> deletes = new ArrayList<>();
		for (Pair pair : pairs) {
			PairStats pairStats = stats.get(pair);
			if (pairStats == null || pairStats.isEmpty()) {
				deletes.add(Map.of("a", pair.a(), "b", pair.b()));
			}
			else {
				writes.add(Map.of("a", pair.a(), "b", pair.b(), "props", pairStats.toProperties()));
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

	private static TeamCredit credit(String personId, String type) {
		return new TeamCredit(personId, Role.fromRelationship(type).orElse(null));
	}

}
