package org.ensemble.system;

/** The schema can't be brought up to date; the message says which script and why. */
public final class MigrationException extends RuntimeException {

	private final String action;

	MigrationException(String message, String action) {
		super(message);
		this.action = action;
	}

	MigrationException(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	String action() {
		return this.action;
	}

}
