package org.ensemble.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The whole graph as text, for comparing two databases: every node (labels and all properties) and
 * every relationship (type, both ends by their {@code id} and all properties), one sorted line each.
 * The migration bookkeeping nodes are left out: no import touches them. So are the timestamps
 * ({@code createdAt}, {@code updatedAt}): they say when, not what.
 */
public record GraphSnapshot(List<String> lines) {

	private static final String DOMAIN = "NOT n:__EnsembleMigration AND NOT n:__EnsembleMigrationLock";

	public static GraphSnapshot of(Driver driver) {
		return of(driver, Set.of("createdAt", "updatedAt"));
	}

	/**
	 * The graph's facts, without who said them: also without {@code factSources}, a credit's or release's
	 * {@code source} and a company's {@code nameRank}. A {@code PUT} and an importer say the same work as
	 * two sources; what they store of it is the same.
	 */
	public static GraphSnapshot facts(Driver driver) {
		return of(driver, Set.of("createdAt", "updatedAt", "factSources", "source", "nameRank"));
	}

	private static GraphSnapshot of(Driver driver, Set<String> leftOut) {
		List<String> lines = new ArrayList<>();
		try (var session = driver.session()) {
			session.run("MATCH (n) WHERE " + DOMAIN + " RETURN labels(n) AS labels, properties(n) AS props")
				.forEachRemaining((r) -> lines.add("node " + r.get("labels").asList(Value::asString).stream().sorted().toList()
						+ " " + without(r.get("props").asMap(), leftOut)));
			session.run("""
					MATCH (a)-[r]->(b)
					RETURN coalesce(a.id, a.name) AS a, type(r) AS type, coalesce(b.id, b.name) AS b, properties(r) AS props""")
				.forEachRemaining((r) -> lines.add("rel (" + r.get("a").asString() + ")-[" + r.get("type").asString() + " "
						+ without(r.get("props").asMap(), leftOut) + "]->(" + r.get("b").asString() + ")"));
		}
		lines.sort(null);
		return new GraphSnapshot(List.copyOf(lines));
	}

	private static Map<String, Object> without(Map<String, Object> props, Set<String> leftOut) {
		Map<String, Object> kept = new TreeMap<>(props);
		kept.keySet().removeAll(leftOut);
		return kept;
	}

	/** SHA-256 of the sorted lines: equal graphs, equal checksums. */
	public String checksum() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			this.lines.forEach((line) -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Empties the database the way {@code GraphTestSupport} does before each test. */
	public static void emptyDatabase(Driver driver) {
		try (var session = driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT n:__EnsembleMigration AND NOT n:__EnsembleMigrationLock
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""").consume();
		}
	}

	public static long count(Driver driver, String cypher, Map<String, Object> parameters) {
		try (var session = driver.session()) {
			return session.run(cypher, parameters).single().get(0).asLong();
		}
	}

	public static long count(Driver driver, String cypher) {
		return count(driver, cypher, Map.of());
	}

}
