package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import org.ensemble.credit.Role;
import org.ensemble.credit.Team;
import org.ensemble.credit.TeamCredit;
import org.ensemble.system.GraphTransactions;

/**
 * Recomputes every COLLABORATED_WITH from the credits. People are taken in id order, a batch at a
 * time; each batch reads the teams of its people's works and writes the pairs whose first person is
 * in the batch, so each pair is written once, memory stays bounded and no transaction grows with the
 * graph. While it runs the collaborations are marked stale, so that a crash is repaired at the next start.
 */
@Service
public class CollaborationRebuild {

	private static final Log logger = LogFactory.getLog(CollaborationRebuild.class);

	private static final int PEOPLE_PER_BATCH = 2_000;

	private static final int ROWS_PER_WRITE = 10_000;

	private final GraphTransactions graph;

	CollaborationRebuild(GraphTransactions graph) {
		this.graph = graph;
	}

	/** The outcome of a rebuild: relationships written and the time it took. */
	public record Result(long relationships, long people, long millis) {

		public double relationshipsPerSecond() {
			return this.millis == 0 ? this.relationships : this.relationships * 1000.0 / this.millis;
		}

	}

	public Result rebuild() {
		return rebuild((done) -> {
		});
	}

	/** @param progress told the number of people processed so far, after each batch */
	public Result rebuild(Consumer<Long> progress) {
		long start = System.currentTimeMillis();
		markStale(true);
		long[] totals = new long[2];
		this.graph.inSession((session) -> {
			session.run("""
					MATCH ()-[r:COLLABORATED_WITH]->()
					CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS""").consume();
			String after = "";
			while (true) {
				List<String> ids = nextPeople(session, after);
				if (ids.isEmpty()) {
					break;
				}
				totals[0] += writeBatch(session, ids);
				totals[1] += ids.size();
				progress.accept(totals[1]);
				after = ids.get(ids.size() - 1);
			}
			return null;
		});
		markStale(false);
		Result result = new Result(totals[0], totals[1], System.currentTimeMillis() - start);
		logger.info("Rebuilt " + result.relationships() + " collaborations among " + result.people() + " people in "
				+ result.millis() + " ms");
		return result;
	}

	/** Set by imports before they write credits in bulk, and cleared by the rebuild that ends them. */
	public void markStale(boolean stale) {
		this.graph.write((tx) -> tx.run("MERGE (s:__EnsembleState {name: 'collaborations'}) SET s.stale = $stale",
				Map.of("stale", stale)).consume());
	}

	public boolean isStale() {
		return this.graph.read((tx) -> tx.run("MATCH (s:__EnsembleState {name: 'collaborations'}) RETURN s.stale AS stale")
			.list((r) -> r.get("stale").asBoolean(false))
			.stream()
			.findFirst()
			.orElse(false));
	}

	private static List<String> nextPeople(Session session, String after) {
		return session.executeRead((tx) -> tx.run("""
				MATCH (p:Person) WHERE p.id > $after
				RETURN p.id AS id ORDER BY p.id LIMIT $n""", Map.of("after", after, "n", PEOPLE_PER_BATCH))
			.list((r) -> r.get("id").asString()));
	}

	private static long writeBatch(Session session, List<String> ids) {
		Set<String> batch = new HashSet<>(ids);
		Map<Pair, PairStats> stats = new HashMap<>();
		session.executeRead((tx) -> {
			tx.run("""
					UNWIND $ids AS id
					MATCH (:Person {id: id})-->(w:Work)
					WITH DISTINCT w
					MATCH (w)<-[c]-(p:Person)
					RETURN w.year AS year, collect([p.id, type(c), c.billing]) AS credits""", Map.of("ids", ids))
				.forEachRemaining((record) -> TeamPairs.of(team(record.get("year"), record.get("credits")), batch::contains)
					.forEach((pair, contribution) -> stats.computeIfAbsent(pair, (p) -> new PairStats()).add(contribution)));
			return null;
		});
		List<Map<String, Object>> rows = new ArrayList<>(Math.min(stats.size(), ROWS_PER_WRITE));
		for (var entry : stats.entrySet()) {
			rows.add(Map.of("a", entry.getKey().a(), "b", entry.getKey().b(), "props", entry.getValue().toProperties()));
			if (rows.size() == ROWS_PER_WRITE) {
				write(session, rows);
				rows = new ArrayList<>(ROWS_PER_WRITE);
			}
		}
		if (!rows.isEmpty()) {
			write(session, rows);
		}
		return stats.size();
	}

	private static void write(Session session, List<Map<String, Object>> rows) {
		session.executeWrite((tx) -> tx.run("""
				UNWIND $rows AS row
				MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
				CREATE (a)-[r:COLLABORATED_WITH]->(b)
				SET r = row.props""", Map.of("rows", rows)).consume());
	}

	private static Team team(Value year, Value credits) {
		List<TeamCredit> team = new ArrayList<>();
		for (Value credit : credits.values()) {
			Role.fromRelationship(credit.get(1).asString())
				.ifPresent((role) -> team.add(new TeamCredit(credit.get(0).asString(), role,
						credit.get(2).isNull() ? null : credit.get(2).asInt())));
		}
		return new Team(year.isNull() ? null : year.asInt(), team);
	}

}
