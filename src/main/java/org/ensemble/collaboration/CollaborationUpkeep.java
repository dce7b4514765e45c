package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import org.ensemble.credit.Role;
import org.ensemble.credit.Team;
import org.ensemble.credit.TeamChange;
import org.ensemble.credit.TeamCredit;

/**
 * Keeps COLLABORATED_WITH exact when works' teams change, inside the writer's transaction and after
 * it has written the new credits. The writer holds write locks on every person of the old and new
 * teams (taken in id order), so no other writer changes these pairs meanwhile.
 *
 * <p>
 * A pair that only gains works (new works, new members: every pair of a first import) is updated by
 * adding their contributions to what its relationship holds, which reads one relationship per pair.
 * A pair that loses a work, or whose roles or year on a work changed, is recounted from the two
 * people's credits with the rebuild's counting, because a first or last year can't be subtracted.
 */
@Component
public class CollaborationUpkeep {

	private static final String RECOUNT = """
			UNWIND $rows AS row
			MATCH (a:Person {id: row.a})-[c1:%s]->(w:Work)<-[c2]-(b:Person {id: row.b})
			WITH row, w, collect(DISTINCT [type(c1), c1.episodes, c1.onWork]) AS aCredits,
			     collect(DISTINCT [type(c2), c2.episodes, c2.onWork]) AS bCredits
			RETURN row.a AS a, row.b AS b, w.year AS year, aCredits, bCredits""".formatted(Role.CREDIT_TYPES);

	/**
	 * People with no collaboration at all (new to the graph, most of them, in a first import): a pair with
	 * one of them has no relationship to look up. A degree is read from the node's counts, not by
	 * walking relationships.
	 */
	private static final String LONERS = """
			UNWIND $ids AS id
			MATCH (p:Person {id: id})
			WITH p WHERE NOT EXISTS { (p)-[:COLLABORATED_WITH]-() }
			RETURN p.id AS id""";

	/** Both ends found first, so that the relationship is found by expanding into the pair, not out of a busy person. */
	private static final String EXISTING = """
			UNWIND $rows AS row
			MATCH (a:Person {id: row.a})
			MATCH (b:Person {id: row.b})
			MATCH (a)-[r:COLLABORATED_WITH]->(b)
			RETURN row.a AS a, row.b AS b, properties(r) AS props""";

	/** Every duplicate goes too: there is one relationship per pair, and this is where it is made so. */
	private static final String DELETE = """
			UNWIND $rows AS row
			MATCH (:Person {id: row.a})-[r:COLLABORATED_WITH]->(:Person {id: row.b})
			DELETE r""";

	private static final String UPDATE = """
			UNWIND $rows AS row
			MATCH (:Person {id: row.a})-[r:COLLABORATED_WITH]->(:Person {id: row.b})
			SET r = row.props""";

	/** Creates the relationships of pairs known to have none; the rebuild creates with it too. */
	static final String CREATE = """
			UNWIND $rows AS row
			MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
			CREATE (a)-[r:COLLABORATED_WITH]->(b)
			SET r = row.props""";

	public void apply(TransactionContext tx, List<TeamChange> changes) {
		Map<Pair, List<Contribution>> gained = new HashMap<>();
		Set<Pair> recount = new HashSet<>();
		for (TeamChange change : changes) {
			Map<Pair, Contribution> old = TeamPairs.of(change.before());
			Map<Pair, Contribution> now = TeamPairs.of(change.after());
			old.forEach((pair, contribution) -> {
				if (!contribution.equals(now.get(pair))) {
					recount.add(pair);
				}
			});
			now.forEach((pair, contribution) -> {
				if (!old.containsKey(pair)) {
					gained.computeIfAbsent(pair, (p) -> new ArrayList<>()).add(contribution);
				}
			});
		}
		gained.keySet().removeAll(recount);
		if (!recount.isEmpty()) {
			recount(tx, recount);
		}
		if (!gained.isEmpty()) {
			add(tx, gained);
		}
	}

	private static void add(TransactionContext tx, Map<Pair, List<Contribution>> gained) {
		Set<String> people = new HashSet<>();
		gained.keySet().forEach((pair) -> {
			people.add(pair.a());
			people.add(pair.b());
		});
		Set<String> loners = new HashSet<>();
		tx.run(LONERS, Map.of("ids", List.copyOf(people))).forEachRemaining((record) -> loners.add(record.get("id").asString()));
		Set<Pair> toLookUp = new HashSet<>();
		gained.keySet().stream().filter((p) -> !loners.contains(p.a()) && !loners.contains(p.b())).forEach(toLookUp::add);
		Map<Pair, PairStats> stats = new HashMap<>();
		tx.run(EXISTING, Map.of("rows", rows(toLookUp))).forEachRemaining((record) -> {
			Pair pair = new Pair(record.get("a").asString(), record.get("b").asString());
			PairStats existing = PairStats.of(record.get("props").asMap());
			if (stats.putIfAbsent(pair, existing) != null) {
				// Two relationships for one pair: only a recount can say what is right.
				stats.put(pair, null);
			}
		});
		Set<Pair> broken = new HashSet<>();
		List<Map<String, Object>> updates = new ArrayList<>();
		List<Map<String, Object>> creates = new ArrayList<>();
		gained.forEach((pair, contributions) -> {
			if (stats.containsKey(pair) && stats.get(pair) == null) {
				broken.add(pair);
				return;
			}
			PairStats pairStats = stats.getOrDefault(pair, new PairStats());
			contributions.forEach(pairStats::add);
			(stats.containsKey(pair) ? updates : creates).add(Map.of("a", pair.a(), "b", pair.b(), "props", pairStats.toProperties()));
		});
		if (!updates.isEmpty()) {
			tx.run(UPDATE, Map.of("rows", updates)).consume();
		}
		if (!creates.isEmpty()) {
			tx.run(CREATE, Map.of("rows", creates)).consume();
		}
		if (!broken.isEmpty()) {
			recount(tx, broken);
		}
	}

	/** Everyone who shares a work with these people, or has a collaboration with them to be checked. */
	private static final String PARTNERS = """
			UNWIND $ids AS id
			MATCH (a:Person {id: id})
			CALL (a) {
			  MATCH (a)-[:%1$s]->(:Work)<-[:%1$s]-(b:Person) WHERE b <> a RETURN b
			  UNION
			  MATCH (a)-[:COLLABORATED_WITH]-(b:Person) RETURN b
			}
			RETURN DISTINCT a.id AS a, b.id AS b""".formatted(Role.CREDIT_TYPES);

	/** Recounts every pair of these people with anyone (after two nodes were found to be one person). */
	public void recountPairsOf(TransactionContext tx, List<String> people) {
		Set<Pair> pairs = new HashSet<>();
		tx.run(PARTNERS, Map.of("ids", people)).forEachRemaining((record) -> {
			String a = record.get("a").asString();
			String b = record.get("b").asString();
			pairs.add((a.compareTo(b) < 0) ? new Pair(a, b) : new Pair(b, a));
		});
		if (!pairs.isEmpty()) {
			recount(tx, pairs);
		}
	}

	/** Recounts every pair among these people (after two nodes were found to be one work). */
	public void recountPairsAmong(TransactionContext tx, List<String> people) {
		List<String> sorted = people.stream().distinct().sorted().toList();
		Set<Pair> pairs = new HashSet<>();
		for (int i = 0; i < sorted.size(); i++) {
			for (int j = i + 1; j < sorted.size(); j++) {
				pairs.add(new Pair(sorted.get(i), sorted.get(j)));
			}
		}
		if (!pairs.isEmpty()) {
			recount(tx, pairs);
		}
	}

	/** Recounts the given pairs from their credits and writes (or removes) their relationships. */
	static void recount(TransactionContext tx, Set<Pair> pairs) {
		List<Map<String, Object>> rows = rows(pairs);
		Map<Pair, PairStats> stats = new HashMap<>();
		tx.run(RECOUNT, Map.of("rows", rows)).forEachRemaining((record) -> {
			Pair pair = new Pair(record.get("a").asString(), record.get("b").asString());
			List<TeamCredit> credits = new ArrayList<>();
			record.get("aCredits").values().forEach((c) -> StoredCredit.add(pair.a(), c, credits));
			record.get("bCredits").values().forEach((c) -> StoredCredit.add(pair.b(), c, credits));
			Team team = new Team(record.get("year").as(Integer.class), credits);
			Contribution contribution = TeamPairs.of(team).get(pair);
			if (contribution != null) {
				stats.computeIfAbsent(pair, (p) -> new PairStats()).add(contribution);
			}
		});
		tx.run(DELETE, Map.of("rows", rows)).consume();
		List<Map<String, Object>> writes = new ArrayList<>();
		stats.forEach((pair, pairStats) -> writes.add(Map.of("a", pair.a(), "b", pair.b(), "props", pairStats.toProperties())));
		if (!writes.isEmpty()) {
			tx.run(CREATE, Map.of("rows", writes)).consume();
		}
	}

	private static List<Map<String, Object>> rows(Set<Pair> pairs) {
		return pairs.stream().map((p) -> Map.<String, Object>of("a", p.a(), "b", p.b())).toList();
	}

}
