package org.ensemble.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that need the database: every subclass shares one Spring context and so one
 * embedded Neo4j (Bolt on a free port, data in a temporary folder), emptied before each test. The
 * schema migrations stay applied.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class GraphTestSupport {

	public static final String API_KEY = "test-key";

	private static final Path DATA_DIR = temporaryDataDir();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Driver driver;

	@DynamicPropertySource
	static void embeddedDatabase(DynamicPropertyRegistry registry) {
		registry.add("ensemble.data-dir", DATA_DIR::toString);
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

	private static Path temporaryDataDir() {
		try {
			return Files.createTempDirectory("ensemble-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
