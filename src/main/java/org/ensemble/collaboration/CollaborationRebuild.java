package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import org.ensemble.credit.Role;
import org.ensemble.credit.Team;
import org.ensemble.credit.TeamCredit;
import org.ensemble.system.GraphTransactions;

/**
 * Recomputes every COLLABORATED_WITH from the credits. People are taken in id order, a batch at a
 * time; each batch reads the teams of its people's works and counts the pairs whose first person is
 * in the batch, so each pair is counted once, memory stays bounded and no transaction grows with the
 * graph. While it runs the collaborations are marked stale, so that a crash is repaired at the next start.
 *
 * <p>
 * Two ways, for two situations. {@link #rebuild()} keeps every reader right while it runs: each batch
 * is one write transaction that locks its people (the lock order of every writer), recounts their
 * pairs and replaces only the relationships that differ, so a reader sees every pair before or after,
 * never missing, and a writer's upkeep is never overwritten by an older count. {@link #rebuildInBulk()}
 * deletes everything first and creates the relationships on two writer threads: about twice as fast,
 * and only for a bulk import into a database that no service is serving.
 */
@Service
public class CollaborationRebuild {

	private static final Log logger = LogFactory.getLog(CollaborationRebuild.class);

	private static final int PEOPLE_PER_BATCH = 2_000;

	private static final int ROWS_PER_WRITE = 10_000;

	private static final int WRITERS = 2;

	private static final String TEAMS_OF_PEOPLE = """
			UNWIND $ids AS id
			MATCH (:Person {id: id})-[:%s]->(w:Work)
			WITH DISTINCT w
			MATCH (w)<-[c]-(p:Person)
			RETURN w.id AS work, w.year AS year, collect([p.id, type(c), elementId(p), c.episodes, c.onWork]) AS credits""".formatted(Role.CREDIT_TYPES);

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

	/** Recounts every pair while readers and writers go on; see the class comment. */
	public Result rebuild() {
		return rebuild((done) -> {
		});
	}

	/** @param progress told the number of people processed so far, after each batch */
	public Result rebuild(Consumer<Long> progress) {
		long start = System.currentTimeMillis();
		markStale(true);
		long[] totals = new long[2];
		String after = "";
		while (true) {
			String from = after;
			List<String> ids = this.graph.read((tx) -> nextPeople(tx, from));
			if (ids.isEmpty()) {
				break;
			}
			totals[0] += this.graph.write((tx) -> replaceBatch(tx, ids));
			totals[1] += ids.size();
			progress.accept(totals[1]);
			after = ids.get(ids.size() - 1);
		}
		markStale(false);
		Result result = new Result(totals[0], totals[1], System.currentTimeMillis() - start);
		logger.info("Recounted " + result.relationships() + " collaborations among " + result.people() + " people in "
				+ result.millis() + " ms");
		return result;
	}

	/**
	 * One batch of people in one transaction: locked, their pairs counted from the credits, and only the
	 * relationships that differ from the count written (duplicates removed). Returns the pairs counted.
	 */
	private static long replaceBatch(TransactionContext tx, List<String> ids) {
		tx.run("UNWIND $ids AS id MATCH (p:Person {id: id}) SET p.locked = true REMOVE p.locked", Map.of("ids", ids)).consume();
		Map<Pair, PairStats> counted = count(tx, ids, (personId, elementId) -> {
		});
		Map<Pair, List<Map<String, Object>>> stored = new HashMap<>();
		tx.run("""
				UNWIND $ids AS id
				MATCH (a:Person {id: id})-[r:COLLABORATED_WITH]->(b:Person)
				RETURN a.id AS a, b.id AS b, elementId(r) AS r, properties(r) AS props""", Map.of("ids", ids))
			.forEachRemaining((record) -> stored.computeIfAbsent(new Pair(record.get("a").asString(), record.get("b").asString()),
					(p) -> new ArrayList<>()).add(Map.of("r", record.get("r").asString(), "props", record.get("props").asMap())));
		List<String> deletes = new ArrayList<>();
		List<Map<String, Object>> updates = new ArrayList<>();
		List<Map<String, Object>> creates = new ArrayList<>();
		stored.forEach((pair, relationships) -> {
			PairStats wanted = counted.get(pair);
			int keep = (wanted == null) ? -1 : 0;
			for (int i = 0; i < relationships.size(); i++) {
				if (i == keep) {
					Map<String, Object> props = wanted.toProperties();
					if (!org.neo4j.driver.Values.value(props).asMap().equals(relationships.get(i).get("props"))) {
						updates.add(Map.of("r", relationships.get(i).get("r"), "props", props));
					}
				}
				else {
					deletes.add((String) relationships.get(i).get("r"));
				}
			}
		});
		counted.forEach((pair, stats) -> {
			if (!stored.containsKey(pair)) {
				creates.add(Map.of("a", pair.a(), "b", pair.b(), "props", stats.toProperties()));
			}
		});
		if (!deletes.isEmpty()) {
			tx.run("UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r", Map.of("ids", deletes)).consume();
		}
		if (!updates.isEmpty()) {
			tx.run("UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.r SET r = row.props", Map.of("rows", updates))
				.consume();
		}
		if (!creates.isEmpty()) {
			tx.run(CollaborationUpkeep.CREATE, Map.of("rows", creates)).consume();
		}
		return counted.size();
	}

	/**
	 * The pairs whose first person is one of these, counted from the teams of their works; each credited
	 * person's id and element id are told to {@code seen}.
	 */
	private static Map<Pair, PairStats> count(TransactionContext tx, List<String> ids, BiConsumer<String, String> seen) {
		Set<String> batch = new HashSet<>(ids);
		Map<Pair, PairStats> stats = new HashMap<>();
		tx.run(TEAMS_OF_PEOPLE, Map.of("ids", ids)).forEachRemaining((record) -> {
			record.get("credits").values().forEach((c) -> seen.accept(c.get(0).asString(), c.get(2).asString()));
			TeamPairs.of(team(record.get("year"), record.get("credits")), batch::contains)
				.forEach((pair, contribution) -> stats.computeIfAbsent(pair, (p) -> new PairStats()).add(contribution));
		});
		return stats;
	}

	/**
	 * Deletes every collaboration and writes them all again: for a bulk import into a database that no
	 * service is serving (readers would see them missing meanwhile).
	 */
	public Result rebuildInBulk() {
		return rebuildInBulk((done) -> {
		});
	}

	/** @param progress told the number of people processed so far, after each batch */
	public Result rebuildInBulk(Consumer<Long> progress) {
		long start = System.currentTimeMillis();
		markStale(true);
		long[] totals = new long[2];
		this.graph.inSession((session) -> {
			session.run("""
					MATCH ()-[r:COLLABORATED_WITH]->()
					CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS""").consume();
			String after = "";
			try (ParallelWrites writes = new ParallelWrites()) {
				while (true) {
					String from = after;
					List<String> ids = session.executeRead((tx) -> nextPeople(tx, from));
					if (ids.isEmpty()) {
						break;
					}
					totals[0] += writeBatch(session, ids, writes);
					totals[1] += ids.size();
					progress.accept(totals[1]);
					after = ids.get(ids.size() - 1);
				}
			}
			return null;
		});
		markStale(false);
		Result result = new Result(totals[0], totals[1], System.currentTimeMillis() - start);
		logger.info("Rebuilt " + result.relationships() + " collaborations among " + result.people() + " people in "
				+ result.millis() + " ms");
		return result;
	}

	/**
	 * Set by bulk imports and rebuilds before they start, and cleared when they are done. Cleared, the
	 * marker is gone: a graph whose collaborations are exact holds no bookkeeping node.
	 */
	public void markStale(boolean stale) {
		this.graph.write((tx) -> tx.run(stale ? "MERGE (s:__EnsembleState {name: 'collaborations'}) SET s.stale = true"
				: "MATCH (s:__EnsembleState {name: 'collaborations'}) DELETE s").consume());
	}

	public boolean isStale() {
		return this.graph.read((tx) -> tx.run("MATCH (s:__EnsembleState {name: 'collaborations'}) RETURN s.stale AS stale")
			.list((r) -> r.get("stale").asBoolean(false))
			.stream()
			.findFirst()
			.orElse(false));
	}

	private static List<String> nextPeople(TransactionContext tx, String after) {
		return tx.run("""
				MATCH (p:Person) WHERE p.id > $after
				RETURN p.id AS id ORDER BY p.id LIMIT $n""", Map.of("after", after, "n", PEOPLE_PER_BATCH))
			.list((r) -> r.get("id").asString());
	}

	private long writeBatch(Session session, List<String> ids, ParallelWrites writes) {
		Map<String, String> elementIds = new HashMap<>();
		Map<Pair, PairStats> stats = session.executeRead((tx) -> count(tx, ids, elementIds::putIfAbsent));
		List<Map<String, Object>> rows = new ArrayList<>(Math.min(stats.size(), ROWS_PER_WRITE));
		for (var entry : stats.entrySet()) {
			rows.add(Map.of("a", elementIds.get(entry.getKey().a()), "b", elementIds.get(entry.getKey().b()), "props",
					entry.getValue().toProperties()));
			if (rows.size() == ROWS_PER_WRITE) {
				writes.submit(rows);
				rows = new ArrayList<>(ROWS_PER_WRITE);
			}
		}
		if (!rows.isEmpty()) {
			writes.submit(rows);
		}
		return stats.size();
	}

	/**
	 * Writes batches on two sessions while the next people are read: the machine's cores are the limit,
	 * not one round trip at a time. A deadlock between two writers is transient and retried.
	 */
	private final class ParallelWrites implements AutoCloseable {

		private final ExecutorService executor = Executors.newFixedThreadPool(WRITERS);

		private final Semaphore inFlight = new Semaphore(WRITERS * 2);

		private final List<Future<?>> futures = new ArrayList<>();

		void submit(List<Map<String, Object>> rows) {
			this.inFlight.acquireUninterruptibly();
			this.futures.add(this.executor.submit(() -> {
				try {
					CollaborationRebuild.this.graph.inSession((session) -> session.executeWrite((tx) -> tx.run("""
							UNWIND $rows AS row
							MATCH (a) WHERE elementId(a) = row.a
							MATCH (b) WHERE elementId(b) = row.b
							CREATE (a)-[r:COLLABORATED_WITH]->(b)
							SET r = row.props""", Map.of("rows", rows)).consume()));
				}
				finally {
					this.inFlight.release();
				}
			}));
		}

		@Override
		public void close() {
			try {
				for (Future<?> future : this.futures) {
					future.get();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while writing collaborations", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("Writing collaborations failed: " + ex.getCause().getMessage(), ex.getCause());
			}
			finally {
				this.executor.shutdownNow();
			}
		}

	}

	private static Team team(Value year, Value credits) {
		List<TeamCredit> team = new ArrayList<>();
		for (Value credit : credits.values()) {
			StoredCredit.add(credit.get(0).asString(), credit.get(1), credit.get(3), credit.get(4), team);
		}
		return new Team(year.as(Integer.class), team);
	}

}
