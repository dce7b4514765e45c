package org.ensemble.system;

import org.neo4j.driver.Logger;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The driver's logging through SLF4J, which checks the level before the driver formats a message (the
 * driver's default logger formats every Bolt message, parameters included, and made bulk writes
 * twenty times slower); but a retry in one line. The driver warns with the whole stack
 * trace each time it runs a transaction again after a transient error (a deadlock, a lock wait that
 * timed out, a leader change); an import that meets a few deadlocks printed pages of traces for
 * errors it got past. The line keeps what an operator needs: the delay, the error's code and its
 * message. When the retries are used up the error itself is thrown, and whoever reports the failure
 * logs its trace.
 */
final class DriverLogging implements Logging {

	/** The driver's class that retries managed transactions and logs each retry. */
	static final String RETRY_LOGIC = "org.neo4j.driver.internal.retry.ExponentialBackoffRetryLogic";

	private final Logging slf4j = Logging.slf4j();

	@Override
	public Logger getLog(String name) {
		Logger log = this.slf4j.getLog(name);
		return name.equals(RETRY_LOGIC) ? new OneLineWarnings(log) : log;
	}

	/** A message and a failure as one line: the failure's code and its message, without the trace. */
	static String oneLine(String message, Throwable failure) {
		String code = (failure instanceof Neo4jException neo4j && neo4j.code() != null) ? neo4j.code()
				: failure.getClass().getSimpleName();
		String text = (failure.getMessage() != null) ? failure.getMessage().strip().replaceAll("\\s*\\R\\s*", " ") : "";
		return message + ": " + code + (text.isEmpty() ? "" : ": " + Params.abbreviate(text, 500));
	}

	private record OneLineWarnings(Logger log) implements Logger {

		@Override
		public void warn(String message, Throwable cause) {
			this.log.warn("%s", oneLine(message, cause));
		}

		@Override
		public void error(String message, Throwable cause) {
			this.log.error(message, cause);
		}

		@Override
		public void info(String message, Object... params) {
			this.log.info(message, params);
		}

		@Override
		public void warn(String message, Object... params) {
			this.log.warn(message, params);
		}

		@Override
		public void debug(String message, Object... params) {
			this.log.debug(message, params);
		}

		@Override
		public void debug(String message, Throwable cause) {
			this.log.debug(message, cause);
		}

		@Override
		public void trace(String message, Object... params) {
			this.log.trace(message, params);
		}

		@Override
		public boolean isTraceEnabled() {
			return this.log.isTraceEnabled();
		}

		@Override
		public boolean isDebugEnabled() {
			return this.log.isDebugEnabled();
		}

	}

}
