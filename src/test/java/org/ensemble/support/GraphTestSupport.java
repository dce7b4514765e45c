package org.ensemble.support;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that need the database: every subclass shares one Spring context and so one
 * embedded Neo4j (Bolt on a free port, data in a temporary folder deleted when the context
 * closes), emptied before each test. The schema migrations stay applied.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TemporaryDataDir.class)
public abstract class GraphTestSupport {

	public static final String API_KEY = "test-key";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Driver driver;

	@DynamicPropertySource
	static void embeddedDatabase(DynamicPropertyRegistry registry) {
		Path dataDir = TemporaryDataDir.create("graph");
		registry.add("ensemble.data-dir", dataDir::toString);
		registry.add("ensemble.bolt-port", () -> "0");
		registry.add("ensemble.api-key", () -> API_KEY);
		registry.add("ensemble.demo-on-first-start", () -> "false");
	}

	@BeforeEach
	void emptyDatabase() {
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT n:__EnsembleMigration AND NOT n:__EnsembleMigrationLock
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""").consume();
		}
	}

}
