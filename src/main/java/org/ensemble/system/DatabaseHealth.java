package org.ensemble.system;

import java.time.Duration;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * The {@code neo4j} part of {@code /actuator/health}, in every run mode: up or down, the mode, the
 * address the service was given, how questions read (in this process or over Bolt), and the server that answered (in a cluster, the member the read was
 * routed to). It replaces Spring Boot's indicator, which says neither where the database is nor how
 * it is reached.
 *
 * <p>
 * The check runs outside a managed transaction: the driver would retry one for as long as
 * {@code NEO4J_MAX_RETRY_TIME} while the server is away, and a health probe must answer at once.
 */
@Component("neo4jHealthIndicator")
class DatabaseHealth implements HealthIndicator {

	private static final TransactionConfig CHECK = TransactionConfig.builder().withTimeout(Duration.ofSeconds(5)).build();

	private final Driver driver;

	private final String mode;

	private final String address;

	private final GraphTransactions graph;

	DatabaseHealth(Driver driver, ObjectProvider<Neo4jConnectionDetails> server,
			ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedNeo4j> embedded, GraphTransactions graph) {
		this.driver = driver;
		this.graph = graph;
		EmbeddedNeo4jConfiguration.EmbeddedNeo4j local = embedded.getIfAvailable();
		if (local != null) {
			this.mode = "embedded";
			this.address = "bolt://127.0.0.1:" + local.boltPort();
		}
		else {
			Neo4jConnectionDetails details = server.getObject();
			this.mode = details.getUri().getScheme().startsWith("neo4j") ? "cluster" : "server";
			this.address = details.getUri().toString();
		}
	}

	@Override
	public Health health() {
		Health.Builder health = Health.unknown().withDetail("mode", this.mode).withDetail("address", this.address)
			.withDetail("reads", this.graph.readsThrough());
		try (Session session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			Result result = session.run("""
					CALL dbms.components() YIELD name, versions, edition
					WHERE name = 'Neo4j Kernel'
					RETURN versions[0] AS version, edition""", CHECK);
			Record server = result.single();
			return health.up()
				.withDetail("server", result.consume().server().address())
				.withDetail("version", server.get("version").asString())
				.withDetail("edition", server.get("edition").asString())
				.build();
		}
		catch (RuntimeException ex) {
			return health.down().withDetail("error", ex.getClass().getSimpleName() + ": " + ex.getMessage()).build();
		}
	}

}
