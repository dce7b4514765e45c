package org.ensemble.hardening;

import java.nio.file.Path;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.ensemble.support.GraphTestSupport;
import org.ensemble.support.TemporaryDataDir;

/**
 * Base of the tests that need a real HTTP server on loopback (threads, sockets and timeouts as in
 * production, which MockMvc does not have). Each distinct configuration is its own Spring context
 * with its own embedded Neo4j, so every context gets its own data folder: two databases cannot share one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TemporaryDataDir.class)
abstract class LoopbackServerSupport {

	@LocalServerPort
	private int port;

	@Autowired
	protected Driver driver;

	@DynamicPropertySource
	static void embeddedDatabase(DynamicPropertyRegistry registry) {
		Path dataDir = TemporaryDataDir.create("loopback");
		registry.add("ensemble.data-dir", dataDir::toString);
		registry.add("ensemble.bolt-port", () -> "0");
		registry.add("ensemble.api-key", () -> GraphTestSupport.API_KEY);
		registry.add("ensemble.demo-on-first-start", () -> "false");
	}

	protected Loopback http() {
		return new Loopback(this.port, GraphTestSupport.API_KEY);
	}

}
