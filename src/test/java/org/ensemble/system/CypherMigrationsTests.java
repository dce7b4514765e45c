package org.ensemble.system;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema runner against the shared embedded database. Scripts of the extra locations under
 * {@code src/test/resources/migrations-*} use versions of 900 and above; their records are removed
 * after each test, because the base class keeps migration records between tests.
 */
@ExtendWith(OutputCaptureExtension.class)
class CypherMigrationsTests extends GraphTestSupport {

	private static final String REAL_SCRIPTS = "classpath*:cypher/V*__*.cypher";

	@Autowired
	private CypherMigrations migrations;

	@AfterEach
	void forgetTestScripts() {
		// A failed run of a test here may leave the lease taken; the next test must not wait for it to expire.
		run("MATCH (l:__EnsembleMigrationLock) SET l.owner = null");
		run("MATCH (m:__EnsembleMigration) WHERE m.version >= 900 DELETE m");
		run("MATCH (n) WHERE n:MigrationProbe OR n:MigrationOrderProbe OR n:MigrationDuplicateProbe DETACH DELETE n");
	}

	@Test
	void everyScriptIsAppliedOnceInVersionOrder() {
		assertThat(this.migrations.applied()).containsExactly(1, 2, 3, 4, 6, 7, 8);
		List<Record> records = list("MATCH (m:__EnsembleMigration) RETURN m.version AS v, count(*) AS n ORDER BY v");
		assertThat(records).extracting((r) -> r.get("n").asLong()).containsOnly(1L);
	}

	@Test
	void appliedScriptsAreRecordedWithTheChecksumOfTheirText() throws IOException {
		Map<Integer, String> checksums = new HashMap<>();
		for (Record r : list("MATCH (m:__EnsembleMigration) RETURN m.version AS v, m.checksum AS c, m.description AS d")) {
			checksums.put(r.get("v").asInt(), r.get("c").asString());
		}
		Resource[] scripts = new PathMatchingResourcePatternResolver().getResources(REAL_SCRIPTS);
		assertThat(scripts).hasSize(7);
		for (Resource resource : scripts) {
			CypherScript script = CypherScript.of(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
			assertThat(checksums.get(script.version())).as("checksum of V%d", script.version())
				.matches("[0-9a-f]{64}")
				.isEqualTo(script.checksum());
		}
	}

	@Test
	void consecutiveSchemaCommandsShareATransactionAndDataChangesStandAlone() {
		String index = "CREATE INDEX a IF NOT EXISTS FOR (w:Work) ON (w.a)";
		String constraint = "create constraint b if not exists for (p:Person) require p.b is unique";
		String fulltext = "CREATE FULLTEXT INDEX c IF NOT EXISTS FOR (p:Person) ON EACH [p.c]";
		String write = "MATCH (n:Work) SET n.indexed = true";
		String drop = "DROP INDEX a IF EXISTS";

		assertThat(CypherMigrations.schemaGroups(List.of(index, constraint, fulltext, write, drop, write)))
			.containsExactly(List.of(index, constraint, fulltext), List.of(write), List.of(drop), List.of(write));
	}

	@Test
	void anIndexThatALaterPendingScriptDropsIsNotCreated() {
		CypherScript first = CypherScript.of("V0001__first.cypher", """
				CREATE CONSTRAINT unique_probe IF NOT EXISTS FOR (p:Person) REQUIRE p.probe IS UNIQUE;
				CREATE INDEX dropped IF NOT EXISTS FOR (w:Work) ON (w.dropped);
				create fulltext index `left out` if not exists for (p:Person) on each [p.g];
				CREATE INDEX kept IF NOT EXISTS FOR (w:Work) ON (w.kept);
				CREATE INDEX again IF NOT EXISTS FOR (w:Work) ON (w.again);
				CREATE INDEX plainly_dropped IF NOT EXISTS FOR (w:Work) ON (w.plain);
				CREATE FULLTEXT INDEX queried IF NOT EXISTS FOR (w:Work) ON EACH [w.title];
				CREATE INDEX IF NOT EXISTS FOR (w:Work) ON (w.unnamed);
				MATCH (w:Work) SET w.touched = true;
				""");
		CypherScript second = CypherScript.of("V0002__second.cypher", """
				CALL db.index.fulltext.queryNodes('queried', 'x') YIELD node SET node.found = true;
				DROP INDEX dropped IF EXISTS;
				DROP INDEX `left out` IF EXISTS;
				DROP INDEX again IF EXISTS;
				CREATE INDEX again IF NOT EXISTS FOR (w:Work) ON (w.again, w.year);
				DROP INDEX plainly_dropped;
				DROP INDEX queried IF EXISTS;
				DROP CONSTRAINT unique_probe IF EXISTS;
				""");

		List<List<String>> planned = CypherMigrations.withoutIndexesDroppedLater(List.of(first, second));

		assertThat(planned.get(0)).as("constraints, indexes kept, a plain DROP's, a queried one's, unnamed ones, data")
			.containsExactly("CREATE CONSTRAINT unique_probe IF NOT EXISTS FOR (p:Person) REQUIRE p.probe IS UNIQUE",
					"CREATE INDEX kept IF NOT EXISTS FOR (w:Work) ON (w.kept)",
					"CREATE INDEX plainly_dropped IF NOT EXISTS FOR (w:Work) ON (w.plain)",
					"CREATE FULLTEXT INDEX queried IF NOT EXISTS FOR (w:Work) ON EACH [w.title]",
					"CREATE INDEX IF NOT EXISTS FOR (w:Work) ON (w.unnamed)", "MATCH (w:Work) SET w.touched = true");
		assertThat(planned.get(1)).isEqualTo(second.statements());
		// Alone, a script keeps every statement: what is applied already is not known to drop anything.
		assertThat(CypherMigrations.withoutIndexesDroppedLater(List.of(first)).get(0)).isEqualTo(first.statements());
	}

	/** On a new database every script is pending: V0003 and V0004's 50 indexes, which V0008 drops, are never created. */
	@Test
	void aNewDatabaseNeverCreatesTheCollaborationIndexesThatV8Drops() throws IOException {
		List<CypherScript> scripts = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(REAL_SCRIPTS)) {
			scripts.add(CypherScript.of(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
		}
		scripts.sort(java.util.Comparator.comparingInt(CypherScript::version));

		List<List<String>> planned = CypherMigrations.withoutIndexesDroppedLater(scripts);

		List<String> left = new ArrayList<>();
		for (int i = 0; i < scripts.size(); i++) {
			List<String> kept = planned.get(i);
			scripts.get(i).statements().stream().filter((statement) -> !kept.contains(statement)).forEach(left::add);
		}
		assertThat(left).hasSize(50).allMatch((statement) -> statement.startsWith("CREATE INDEX collaboration_"));
	}

	@Test
	void aMigrationRunLeavesOutTheIndexesItsLaterScriptsDrop(CapturedOutput output) {
		List<String> statements = new java.util.concurrent.CopyOnWriteArrayList<>();
		new CypherMigrations(recordingStatements(this.driver, statements), "classpath*:migrations-dropped-later/V*__*.cypher");

		assertThat(statements).as("statements sent to the database")
			.anyMatch((statement) -> statement.contains("CREATE INDEX probe_kept"))
			.anyMatch((statement) -> statement.contains("DROP INDEX probe_dropped_later"))
			.noneMatch((statement) -> statement.contains("CREATE INDEX probe_dropped_later"));
		assertThat(output).contains("Migration V940 leaves out 1 index(es) that a later migration drops: probe_dropped_later");
		assertThat(this.migrations.applied()).containsExactly(1, 2, 3, 4, 6, 7, 8, 940, 941);
		assertThat(list("SHOW INDEXES YIELD name WHERE name STARTS WITH 'probe_' RETURN name"))
			.extracting((r) -> r.get("name").asString())
			.containsExactly("probe_kept");
		run("DROP INDEX probe_kept IF EXISTS");
	}

	@Test
	void constraintsOfTheFirstScriptExist() {
		List<Record> constraints = list("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties");
		assertThat(constraints).filteredOn((r) -> List.of("person_id", "work_id", "company_id").contains(r.get("name").asString()))
			.extracting((r) -> r.get("name").asString() + " " + r.get("type").asString() + " "
					+ r.get("labelsOrTypes").asList(Value::asString) + " " + r.get("properties").asList(Value::asString))
			.containsExactlyInAnyOrder("person_id UNIQUENESS [Person] [id]", "work_id UNIQUENESS [Work] [id]",
					"company_id UNIQUENESS [Company] [id]");
	}

	@Test
	void searchYearAndCollaborationIndexesExistAndAreOnline() {
		List<Record> indexes = list("SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties");
		assertThat(indexes)
			.filteredOn((r) -> List.of("person_search", "work_search", "work_year", "pairings_repeat_shared")
				.contains(r.get("name").asString()))
			.extracting((r) -> r.get("name").asString() + " " + r.get("type").asString() + " " + r.get("state").asString()
					+ " " + r.get("labelsOrTypes").asList(Value::asString) + " " + r.get("properties").asList(Value::asString))
			.containsExactlyInAnyOrder("person_search FULLTEXT ONLINE [Person] [searchText]",
					"work_search FULLTEXT ONLINE [Work] [searchText]", "work_year RANGE ONLINE [Work] [year]",
					"pairings_repeat_shared RANGE ONLINE [COLLABORATED_WITH] [repeat_shared]");
	}

	/**
	 * V0008 moved pairings' indexes to repeat copies of the counts: a graph whose repeat pairs have no
	 * copies is marked for the start-up recount, and one written with them (any writer since) is not.
	 */
	@Test
	void repeatPairsWithoutTheirRepeatCopiesAreMarkedForTheRecount() throws IOException {
		Resource script = new PathMatchingResourcePatternResolver().getResource("classpath:cypher/V0008__repeat_pairing_indexes.cypher");
		String markStale = script.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> line.startsWith("OPTIONAL MATCH"))
			.findFirst()
			.orElseThrow();
		run("CREATE (:Person {id: 'x1'})-[:COLLABORATED_WITH {shared: 1, n_actor_actor: 1}]->(:Person {id: 'x2'})");
		run("CREATE (:Person {id: 'x3'})-[:COLLABORATED_WITH {shared: 2, n_actor_actor: 2, repeat_shared: 2, repeat_actor_actor: 2}]->(:Person {id: 'x4'})");
		run(markStale);
		assertThat(list("MATCH (s:__EnsembleState {name: 'collaborations'}) RETURN s")).as("a graph with the copies").isEmpty();

		run("MATCH ()-[r:COLLABORATED_WITH {shared: 2}]->() REMOVE r.repeat_shared, r.repeat_actor_actor");
		run(markStale);
		assertThat(list("MATCH (s:__EnsembleState {name: 'collaborations'}) RETURN s.stale AS stale"))
			.extracting((r) -> r.get("stale").asBoolean())
			.as("a graph written before V0008")
			.containsExactly(true);
	}

	@Test
	void runningTheMigrationsAgainAppliesNothingNew() {
		List<String> before = describeRecordsAndSchema();

		new CypherMigrations(this.driver, REAL_SCRIPTS);

		assertThat(describeRecordsAndSchema()).isEqualTo(before);
		assertThat(this.migrations.applied()).containsExactly(1, 2, 3, 4, 6, 7, 8);
	}

	@Test
	void scriptsRunInNumericVersionOrderNotFileNameOrder() {
		new CypherMigrations(this.driver, "classpath*:migrations-ordered/V*__*.cypher");

		Record probe = list("MATCH (p:MigrationOrderProbe) RETURN p.steps AS steps").get(0);
		assertThat(probe.get("steps").asList(Value::asString)).containsExactly("V902", "V9010");
		assertThat(this.migrations.applied()).containsExactly(1, 2, 3, 4, 6, 7, 8, 902, 9010);
	}

	@Test
	void aChangedAppliedScriptIsRefusedWithAMessageNamingItsVersion() {
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> new CypherMigrations(this.driver, "classpath*:migrations-changed/V*__*.cypher"))
			.withMessageContaining("V1 ")
			.withMessageContaining("constraints")
			.withMessageContaining("changed");

		assertThat(list("SHOW CONSTRAINTS YIELD name WHERE name = 'edited_after_apply' RETURN name")).isEmpty();
		assertThat(list("MATCH (m:__EnsembleMigration {version: 1}) RETURN m.checksum AS c").get(0).get("c").asString())
			.as("the record of V1 is left as it was")
			.isEqualTo(checksumOf("cypher/V0001__constraints.cypher"));
	}

	@Test
	void aRefusedStartReleasesTheMigrationLock() {
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> new CypherMigrations(this.driver, "classpath*:migrations-changed/V*__*.cypher"));

		assertThat(list("MATCH (l:__EnsembleMigrationLock) WHERE l.owner IS NOT NULL RETURN l")).isEmpty();
	}

	@Test
	void aChangedScriptBecomesAShortStartupMessage() {
		MigrationException failure = org.junit.jupiter.api.Assertions.assertThrows(MigrationException.class,
				() -> new CypherMigrations(this.driver, "classpath*:migrations-changed/V*__*.cypher"));

		FailureAnalysis analysis = new StartupFailureAnalyzer(new StandardEnvironment()).analyze(new IllegalStateException("context failed", failure));

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("V1 (constraints)");
		assertThat(analysis.getAction()).contains("new script with a higher version");
	}

	@Test
	void twoScriptsWithTheSameVersionAreRefused() {
		assertThatExceptionOfType(MigrationException.class)
			.isThrownBy(() -> new CypherMigrations(this.driver, "classpath*:migrations-duplicate/V*__*.cypher"))
			.withMessageContaining("version 100");

		assertThat(list("MATCH (p:MigrationDuplicateProbe) RETURN p")).isEmpty();
	}

	@Test
	void aTransientErrorRunsTheWholeMigrationAgain() {
		AtomicInteger failures = new AtomicInteger();
		Driver flaky = failingToReadTheAppliedScripts(this.driver, 2, failures);

		new CypherMigrations(flaky, "classpath*:migrations-ordered/V*__*.cypher", Duration.ofMillis(10));

		assertThat(failures).as("attempts that met the error").hasValue(2);
		assertThat(this.migrations.applied()).containsExactly(1, 2, 3, 4, 6, 7, 8, 902, 9010);
		assertThat(list("MATCH (p:MigrationOrderProbe) RETURN p.steps AS steps").get(0).get("steps").asList(Value::asString))
			.as("each script applied once")
			.containsExactly("V902", "V9010");
		assertThat(list("MATCH (l:__EnsembleMigrationLock) WHERE l.owner IS NOT NULL RETURN l")).isEmpty();
	}

	@Test
	void aTransientErrorOnEveryAttemptFailsTheStartAndReleasesTheLock() {
		AtomicInteger failures = new AtomicInteger();
		Driver broken = failingToReadTheAppliedScripts(this.driver, Integer.MAX_VALUE, failures);

		assertThatExceptionOfType(TransientException.class)
			.isThrownBy(() -> new CypherMigrations(broken, "classpath*:migrations-ordered/V*__*.cypher", Duration.ofMillis(1)));

		assertThat(failures).hasValue(CypherMigrations.ATTEMPTS);
		assertThat(this.migrations.applied()).containsExactly(1, 2, 3, 4, 6, 7, 8);
		assertThat(list("MATCH (l:__EnsembleMigrationLock) WHERE l.owner IS NOT NULL RETURN l")).isEmpty();
	}

	/**
	 * The driver, but the migration's read of the applied scripts fails with a transient error the
	 * first {@code times} times (after the lease is taken, so that each attempt must give it back).
	 */
	private static Driver failingToReadTheAppliedScripts(Driver driver, int times, AtomicInteger failures) {
		return proxy(Driver.class, driver, (method, args) -> {
			if (!method.getName().equals("session")) {
				return null;
			}
			Session session = (Session) method.invoke(driver, args);
			return proxy(Session.class, session, (sessionMethod, sessionArgs) -> {
				if (sessionMethod.getName().equals("run") && sessionArgs[0] instanceof String cypher
						&& cypher.contains("RETURN m.version AS v, m.checksum AS c") && failures.get() < times) {
					failures.incrementAndGet();
					throw new TransientException("Neo.TransientError.General.DatabaseUnavailable", "injected");
				}
				return null;
			});
		});
	}

	/** The driver, noting every statement its sessions and their transactions run. */
	private static Driver recordingStatements(Driver driver, List<String> statements) {
		return proxy(Driver.class, driver, (method, args) -> {
			if (!method.getName().equals("session")) {
				return null;
			}
			Session session = (Session) method.invoke(driver, args);
			return proxy(Session.class, session, (sessionMethod, sessionArgs) -> {
				if (sessionMethod.getName().equals("run") && sessionArgs[0] instanceof String cypher) {
					statements.add(cypher);
				}
				if (sessionMethod.getName().equals("beginTransaction")) {
					Transaction tx = (Transaction) sessionMethod.invoke(session, sessionArgs);
					return proxy(Transaction.class, tx, (txMethod, txArgs) -> {
						if (txMethod.getName().equals("run") && txArgs[0] instanceof String cypher) {
							statements.add(cypher);
						}
						return null;
					});
				}
				return null;
			});
		});
	}

	/** A proxy that answers what {@code intercept} returns, or the target's answer where it returns null. */
	private static <T> T proxy(Class<T> type, T target, Interceptor intercept) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (p, method, args) -> {
			Object answer = intercept.apply(method, args);
			if (answer != null) {
				return answer;
			}
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}));
	}

	private interface Interceptor {

		Object apply(java.lang.reflect.Method method, Object[] args) throws Exception;

	}

	/** Repeated because a race shows only sometimes; each repetition starts four runners at the same instant. */
	@RepeatedTest(5)
	void concurrentStartsApplyANewScriptExactlyOnce() throws Exception {
		int starts = 4;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(starts);
		List<Future<CypherMigrations>> runs = new ArrayList<>();
		for (int i = 0; i < starts; i++) {
			runs.add(pool.submit(() -> {
				go.await();
				return new CypherMigrations(this.driver, "classpath*:migrations-concurrent/V*__*.cypher");
			}));
		}
		go.countDown();
		// Never interrupt a runner: one stopped inside its finally block would keep the lock for the whole lease.
		pool.shutdown();
		List<String> failures = new ArrayList<>();
		for (Future<CypherMigrations> run : runs) {
			try {
				run.get();
			}
			catch (ExecutionException ex) {
				failures.add(String.valueOf(ex.getCause()));
			}
		}

		assertThat(failures).as("starts that failed").isEmpty();
		assertThat(count("MATCH (p:MigrationProbe) RETURN count(p) AS n")).isEqualTo(1);
		assertThat(count("MATCH (m:__EnsembleMigration {version: 9001}) RETURN count(m) AS n")).isEqualTo(1);
		assertThat(list("MATCH (l:__EnsembleMigrationLock) WHERE l.owner IS NOT NULL RETURN l")).isEmpty();
	}

	private List<String> describeRecordsAndSchema() {
		List<String> state = new ArrayList<>();
		list("MATCH (m:__EnsembleMigration) RETURN m.version AS v, m.checksum AS c, toString(m.appliedAt) AS at ORDER BY v")
			.forEach((r) -> state.add("migration " + r.get("v") + " " + r.get("c") + " " + r.get("at")));
		list("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name").forEach((r) -> state.add("constraint " + r.get("name")));
		list("SHOW INDEXES YIELD name RETURN name ORDER BY name").forEach((r) -> state.add("index " + r.get("name")));
		return state;
	}

	private static String checksumOf(String classpathLocation) {
		try {
			Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:" + classpathLocation);
			return CypherScript.of(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)).checksum();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Record> list(String cypher) {
		try (Session session = this.driver.session()) {
			return session.run(cypher).list();
		}
	}

	private long count(String cypher) {
		return list(cypher).get(0).get("n").asLong();
	}

	private void run(String cypher) {
		try (Session session = this.driver.session()) {
			session.run(cypher).consume();
		}
	}

}
