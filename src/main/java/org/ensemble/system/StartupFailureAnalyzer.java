package org.ensemble.system;

import org.neo4j.configuration.helpers.PortBindException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Turns the failures a user can fix (busy data folder, edited migration) into a short message. */
class StartupFailureAnalyzer implements FailureAnalyzer {

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
		}
		return null;
	}

}
