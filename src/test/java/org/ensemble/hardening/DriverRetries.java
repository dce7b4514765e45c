package org.ensemble.hardening;

import java.util.Map;
import java.util.TreeMap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Counts the transactions the Neo4j driver retried (it logs a one-line warning for each retry inside
 * {@code executeRead}/{@code executeWrite}), by the error that caused them: the only way to see
 * deadlocks and other transients that the client was right never to hear about.
 */
final class DriverRetries implements AutoCloseable {

	private static final String RETRY_LOGGER = "org.neo4j.driver.internal.retry";

	private final Logger logger = (Logger) LoggerFactory.getLogger(RETRY_LOGGER);

	private final ListAppender<ILoggingEvent> events = new ListAppender<>();

	DriverRetries() {
		this.events.start();
		this.logger.addAppender(this.events);
	}

	/** Retries so far, by the error's code (or class). */
	Map<String, Integer> byCause() {
		Map<String, Integer> causes = new TreeMap<>();
		synchronized (this.events.list) {
			for (ILoggingEvent event : this.events.list) {
				causes.merge(cause(event), 1, Integer::sum);
			}
		}
		return causes;
	}

	/** The code in the driver's retry line, "<the driver's message>: <code>: <message>" (see DriverLogging). */
	private static String cause(ILoggingEvent event) {
		String[] parts = event.getFormattedMessage().split(": ", 3);
		return (parts.length > 1) ? parts[1] : event.getFormattedMessage();
	}

	@Override
	public void close() {
		this.logger.detachAppender(this.events);
		this.events.stop();
	}

}
