package org.ensemble.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.RetryableException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned scripts of {@code cypher/} in order, each once, and records each applied one
 * with its checksum in the graph. A lease node serialises concurrent starts; an applied script whose
 * text changed stops the start, because the database no longer matches what the code assumes.
 */
@Component
public class CypherMigrations {

	private static final Log logger = LogFactory.getLog(CypherMigrations.class);

	/** CREATE or DROP of a constraint or an index of any kind (RANGE, FULLTEXT, TEXT, POINT, LOOKUP, VECTOR). */
	private static final Pattern SCHEMA_COMMAND = Pattern.compile("(?i)(CREATE|DROP)\\s+(\\w+\\s+)?(CONSTRAINT|INDEX)\\b");

	/** The name of the index a CREATE INDEX (of any kind) makes, or a DROP INDEX removes. */
	private static final Pattern CREATE_INDEX = Pattern.compile("(?i)CREATE\\s+(\\w+\\s+)?INDEX\\s+(`[^`]+`|\\w+)");

	/** Only a drop that tolerates a missing index: a plain DROP INDEX of an index left out would fail. */
	private static final Pattern DROP_INDEX = Pattern.compile("(?i)DROP\\s+INDEX\\s+(`[^`]+`|\\w+)\\s+IF\\s+EXISTS\\b");

	private static final Duration AWAIT_INDEXES = Duration.ofHours(1);

	private static final Duration LEASE = Duration.ofMinutes(10);

	private static final Duration WAIT_FOR_LEASE = Duration.ofMinutes(5);

	/** Runs of the whole migration when one meets a transient error (a lost connection, a deadlock, a database still starting). */
	static final int ATTEMPTS = 5;

	private static final Duration LEASE_POLL = Duration.ofMillis(200);

	private static final Duration FIRST_PAUSE = Duration.ofMillis(500);

	private final Driver driver;

	private final List<CypherScript> scripts;

	/** This instance's name on the lease, the same on every attempt: a retry may take back its own lease. */
	private final String owner = UUID.randomUUID().toString();

	@Autowired
	CypherMigrations(Driver driver) {
		this(driver, "classpath*:cypher/V*__*.cypher");
	}

	CypherMigrations(Driver driver, String location) {
		this(driver, location, FIRST_PAUSE);
	}

	CypherMigrations(Driver driver, String location, Duration firstPause) {
		this.driver = driver;
		this.scripts = load(location);
		migrateRetryingTransientErrors(firstPause);
	}

	/**
	 * A migration is safe to run again from the start (schema commands use IF NOT EXISTS, applied
	 * scripts are recorded): a transient error must not fail the service's start, as it once failed a
	 * test's start on a busy machine.
	 */
	private void migrateRetryingTransientErrors(Duration firstPause) {
		Duration pause = firstPause;
		for (int attempt = 1;; attempt++) {
			try {
				migrate();
				return;
			}
			catch (RuntimeException ex) {
				if (!(ex instanceof RetryableException) || attempt == ATTEMPTS) {
					throw ex;
				}
				logger.warn("Migration met a transient error and runs again in " + pause.toMillis() + " ms (attempt "
						+ (attempt + 1) + " of " + ATTEMPTS + "): " + ex.getMessage());
				sleep(pause);
				pause = pause.multipliedBy(2);
			}
		}
	}

	private static List<CypherScript> load(String location) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
			List<CypherScript> scripts = Arrays.stream(resources).map(CypherMigrations::read)
				.sorted(Comparator.comparingInt(CypherScript::version))
				.toList();
			for (int i = 1; i < scripts.size(); i++) {
				if (scripts.get(i).version() == scripts.get(i - 1).version()) {
					throw new MigrationException("Two migrations have version " + scripts.get(i).version(),
							"Give each script in cypher/ its own version.");
				}
			}
			return scripts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CypherScript read(Resource resource) {
		try {
			return CypherScript.of(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The versions applied so far, in order. */
	public List<Integer> applied() {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (m:__EnsembleMigration) RETURN m.version AS v ORDER BY v")
				.list((r) -> r.get("v").asInt());
		}
	}

	private void migrate() {
		try (Session session = this.driver.session()) {
			ensureLeaseConstraint(session);
			acquireLease(session, this.owner);
			try {
				Map<Integer, String> applied = session
					.run("MATCH (m:__EnsembleMigration) RETURN m.version AS v, m.checksum AS c")
					.stream()
					.collect(Collectors.toMap((r) -> r.get("v").asInt(), (r) -> r.get("c").asString()));
				List<CypherScript> pending = new ArrayList<>();
				for (CypherScript script : this.scripts) {
					String checksum = applied.get(script.version());
					if (checksum == null) {
						pending.add(script);
					}
					else if (!checksum.equals(script.checksum())) {
						throw new MigrationException("Migration V" + script.version() + " (" + script.description()
								+ ") was changed after it was applied to this database",
								"Restore the script as it was and put the change in a new script with a higher version.");
					}
				}
				List<List<String>> statements = withoutIndexesDroppedLater(pending);
				for (int i = 0; i < pending.size(); i++) {
					apply(session, pending.get(i), statements.get(i));
				}
				// A database just written by the bulk importer populates every index here: minutes at IMDb's scale.
				session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", AWAIT_INDEXES.toSeconds())).consume();
			}
			finally {
				session.run("MATCH (l:__EnsembleMigrationLock {name: 'schema'}) WHERE l.owner = $owner SET l.owner = null",
						Map.of("owner", this.owner)).consume();
			}
		}
	}

	/**
	 * Each pending script's statements, less the CREATE INDEX of an index that a later statement of the
	 * pending scripts drops (DROP INDEX ... IF EXISTS) when no statement between them names it. Neo4j
	 * starts populating an index when its creation commits, and on a database just written by the bulk
	 * importer every script is pending: V0003 and V0004 created 50 indexes over every collaboration that
	 * V0008 drops, and their population took the processors from the indexes that stay. A range index
	 * changes no answer, only a query's speed; a statement that names an index (a full-text query, a
	 * hint) needs it, hence the check of the statements between. Constraints are always created, since
	 * they change what a write may do.
	 */
	static List<List<String>> withoutIndexesDroppedLater(List<CypherScript> pending) {
		List<String> all = pending.stream().flatMap((script) -> script.statements().stream()).toList();
		List<List<String>> kept = new ArrayList<>();
		int position = 0;
		for (CypherScript script : pending) {
			List<String> statements = new ArrayList<>();
			List<String> left = new ArrayList<>();
			for (String statement : script.statements()) {
				Matcher create = CREATE_INDEX.matcher(statement);
				if (create.lookingAt() && droppedBeforeUse(all, position, indexName(create.group(2)))) {
					left.add(create.group(2));
				}
				else {
					statements.add(statement);
				}
				position++;
			}
			if (!left.isEmpty()) {
				logger.info("Migration V" + script.version() + " leaves out " + left.size()
						+ " index(es) that a later migration drops: " + String.join(", ", left));
			}
			kept.add(statements);
		}
		return kept;
	}

	/** Whether a statement after {@code created} drops {@code name} before any statement names it. */
	private static boolean droppedBeforeUse(List<String> statements, int created, String name) {
		Pattern named = Pattern.compile("(?<!\\w)" + Pattern.quote(name) + "(?!\\w)");
		for (String statement : statements.subList(created + 1, statements.size())) {
			Matcher drop = DROP_INDEX.matcher(statement);
			if (drop.lookingAt() && indexName(drop.group(1)).equals(name)) {
				return true;
			}
			if (named.matcher(statement).find()) {
				return false;
			}
		}
		return false;
	}

	private static String indexName(String name) {
		return name.startsWith("`") ? name.substring(1, name.length() - 1) : name;
	}

	private void apply(Session session, CypherScript script, List<String> statements) {
		logger.info("Applying migration V" + script.version() + " (" + script.description() + ")");
		try {
			for (List<String> group : schemaGroups(statements)) {
				if (group.size() == 1) {
					session.run(group.get(0)).consume();
					continue;
				}
				// Indexes created in one transaction are populated by one scan of the store, not one scan
				// each: on a database written by the bulk importer, 50 relationship indexes took minutes.
				try (Transaction tx = session.beginTransaction()) {
					group.forEach((statement) -> tx.run(statement).consume());
					tx.commit();
				}
			}
		}
		catch (ClientException ex) {
			throw new MigrationException("Migration V" + script.version() + " (" + script.description() + ") failed: "
					+ ex.getMessage(), "Fix the script; statements that already ran used IF NOT EXISTS and can run again.", ex);
		}
		session.run("""
				CREATE (:__EnsembleMigration {version: $version, description: $description, checksum: $checksum,
				        appliedAt: datetime()})""",
				Map.of("version", script.version(), "description", script.description(), "checksum", script.checksum()))
			.consume();
	}

	/**
	 * The statements in order, consecutive schema commands together: a transaction may hold many schema
	 * changes but no data change beside them.
	 */
	static List<List<String>> schemaGroups(List<String> statements) {
		List<List<String>> groups = new ArrayList<>();
		List<String> schema = new ArrayList<>();
		for (String statement : statements) {
			if (SCHEMA_COMMAND.matcher(statement).lookingAt()) {
				schema.add(statement);
				continue;
			}
			if (!schema.isEmpty()) {
				groups.add(schema);
				schema = new ArrayList<>();
			}
			groups.add(List.of(statement));
		}
		if (!schema.isEmpty()) {
			groups.add(schema);
		}
		return groups;
	}

	private static void ensureLeaseConstraint(Session session) {
		try {
			// In managed transactions, which the driver retries: an instance creating a constraint while
			// another merges the lease node can deadlock on the label's lock (ServerModeProcessIT's two
			// starts at once did), a transient error that the next try does not meet.
			for (String constraint : List.of("""
					CREATE CONSTRAINT ensemble_migration_lock IF NOT EXISTS
					FOR (l:__EnsembleMigrationLock) REQUIRE l.name IS UNIQUE""", """
					CREATE CONSTRAINT ensemble_migration_version IF NOT EXISTS
					FOR (m:__EnsembleMigration) REQUIRE m.version IS UNIQUE""")) {
				session.executeWriteWithoutResult((tx) -> tx.run(constraint).consume());
			}
		}
		catch (ClientException ex) {
			// Another instance created the same constraint at the same moment: it exists now, which is all we need.
			logger.debug("Migration bookkeeping constraint created concurrently: " + ex.getMessage());
		}
	}

	private static void acquireLease(Session session, String owner) {
		long deadline = System.nanoTime() + WAIT_FOR_LEASE.toNanos();
		while (true) {
			// Writing the node first takes its write lock, so the check below sees the last owner's commit.
			boolean acquired = session.executeWrite((tx) -> tx.run("""
					MERGE (l:__EnsembleMigrationLock {name: 'schema'})
					SET l.locking = true
					REMOVE l.locking
					WITH l WHERE l.owner IS NULL OR l.owner = $owner OR l.expires < datetime()
					SET l.owner = $owner, l.expires = datetime() + duration({seconds: $lease})
					RETURN count(l) AS n""", Map.of("owner", owner, "lease", LEASE.toSeconds()))
				.single()
				.get("n")
				.asInt() == 1);
			if (acquired) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new MigrationException("Another instance has held the migration lock for over " + WAIT_FOR_LEASE,
						"Wait for it to finish, or remove the (:__EnsembleMigrationLock) node if that instance died.");
			}
			sleep(LEASE_POLL);
		}
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrationException("Interrupted while migrating the schema", "Start again.");
		}
	}

}
