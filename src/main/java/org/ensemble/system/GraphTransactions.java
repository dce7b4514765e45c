package org.ensemble.system;

import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;

import org.springframework.stereotype.Component;

/**
 * The one way features reach the database: reads in read transactions (routed to secondaries in a
 * cluster), writes in write transactions; both retried by the driver on transient errors and bounded
 * by a timeout.
 */
@Component
public class GraphTransactions {

	private final Driver driver;

	private final TransactionConfig readConfig;

	private final TransactionConfig writeConfig;

	GraphTransactions(Driver driver, EnsembleProperties properties) {
		this.driver = driver;
		this.readConfig = TransactionConfig.builder().withTimeout(properties.queryTimeout()).build();
		this.writeConfig = TransactionConfig.builder().withTimeout(properties.writeTimeout()).build();
	}

	public <T> T read(TransactionCallback<T> work) {
		try (Session session = session(AccessMode.READ)) {
			return session.executeRead(work, this.readConfig);
		}
	}

	public <T> T write(TransactionCallback<T> work) {
		try (Session session = session(AccessMode.WRITE)) {
			return session.executeWrite(work, this.writeConfig);
		}
	}

	/** A session for work that manages its own transactions, such as batched imports. */
	public <T> T inSession(Function<Session, T> work) {
		try (Session session = session(AccessMode.WRITE)) {
			return work.apply(session);
		}
	}

	private Session session(AccessMode mode) {
		return this.driver.session(SessionConfig.builder().withDefaultAccessMode(mode).build());
	}

}
