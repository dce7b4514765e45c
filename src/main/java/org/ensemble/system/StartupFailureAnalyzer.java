package org.ensemble.system;

import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns the failures a user can fix (busy data folder, edited migration, a Neo4j server that refuses
 * the credentials or does not answer) into a short message.
 */
class StartupFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	StartupFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataFolderInUseException busy) {
				return new FailureAnalysis(busy.getMessage() + ".",
						"Stop the other process (a running server or an import), or point ENSEMBLE_DATA_DIR at another folder.",
						busy);
			}
			if (cause instanceof PortBindException port) {
				return new FailureAnalysis("The embedded database's Bolt port is taken: " + port.getMessage(),
						"Stop what uses the port, or set ENSEMBLE_BOLT_PORT to another port (0 picks any free one).", port);
			}
			if (cause instanceof MigrationException migration) {
				return new FailureAnalysis(migration.getMessage(), migration.action(), migration);
			}
			if (cause instanceof AuthenticationException refused) {
				return new FailureAnalysis("The Neo4j server at " + server() + " refused the credentials of user '"
						+ this.environment.getProperty("spring.neo4j.authentication.username") + "': " + refused.getMessage(),
						"Set NEO4J_USERNAME and NEO4J_PASSWORD to a user of that server.", refused);
			}
			if (cause instanceof ServiceUnavailableException away) {
				return new FailureAnalysis("No Neo4j server answered at " + server() + ": " + away.getMessage(),
						"Start the server, or set NEO4J_URI to where it runs (bolt://host:7687, or neo4j://host:7687 for a cluster).",
						away);
			}
		}
		return null;
	}

	private String server() {
		return this.environment.getProperty("spring.neo4j.uri", "NEO4J_URI");
	}

}
