package org.ensemble.system;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
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
 *
 * <p>
 * Neo4j reads committed data statement by statement, without read locks: a question that runs while
 * another transaction commits can see part of that commit (a pair's collaboration counted before the
 * commit and its credits after). So that every answer is the graph before or after each committed
 * write, the commit of a write and the run of a read exclude each other in this process: a read holds
 * a shared lock while it runs, and a write takes the exclusive lock only once its work is done, for
 * its commit. A write's work runs alongside reads; readers wait only for commits, and commits never
 * wait for Neo4j locks, so the two locks can't deadlock. Another instance on the same database
 * commits outside this lock (see the README's run modes).
 *
 * <p>
 * The transactions of one HTTP request are causally chained by {@link RequestBookmarks}: a read
 * after a write in the same request (the {@code PUT}'s answer) sees the write on any cluster member,
 * and a client can carry the chain to another instance in a header.
 */
@Component
public class GraphTransactions {

	private final Driver driver;

	private final TransactionConfig readConfig;

	private final TransactionConfig writeConfig;

	private final ReentrantReadWriteLock commits = new ReentrantReadWriteLock();

	private final RequestBookmarks bookmarks;

	GraphTransactions(Driver driver, EnsembleProperties properties, RequestBookmarks bookmarks) {
		this.driver = driver;
		this.bookmarks = bookmarks;
		this.readConfig = TransactionConfig.builder().withTimeout(properties.queryTimeout()).build();
		this.writeConfig = TransactionConfig.builder().withTimeout(properties.writeTimeout()).build();
	}

	public <T> T read(TransactionCallback<T> work) {
		BookmarkManager request = this.bookmarks.current();
		this.commits.readLock().lock();
		try (Session session = session(AccessMode.READ, request)) {
			return session.executeRead(work, this.readConfig);
		}
		finally {
			this.commits.readLock().unlock();
			this.bookmarks.answer(request);
		}
	}

	public <T> T write(TransactionCallback<T> work) {
		BookmarkManager request = this.bookmarks.current();
		try (Session session = session(AccessMode.WRITE, request)) {
			return session.executeWrite((tx) -> {
				// A retry after a failed commit runs the work again: readers need not wait for that.
				releaseCommitLock();
				T result = work.execute(tx);
				// The driver commits when this returns; the lock is let go once executeWrite is done.
				if (!this.commits.isWriteLockedByCurrentThread()) {
					this.commits.writeLock().lock();
				}
				return result;
			}, this.writeConfig);
		}
		finally {
			releaseCommitLock();
			this.bookmarks.answer(request);
		}
	}

	private void releaseCommitLock() {
		while (this.commits.isWriteLockedByCurrentThread()) {
			this.commits.writeLock().unlock();
		}
	}

	/**
	 * A session for work that manages its own transactions: the bulk rebuild of a database that no
	 * service is serving.
	 */
	public <T> T inSession(Function<Session, T> work) {
		try (Session session = session(AccessMode.WRITE, null)) {
			return work.apply(session);
		}
	}

	private Session session(AccessMode mode, BookmarkManager request) {
		SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(mode);
		if (request != null) {
			config.withBookmarkManager(request);
		}
		return this.driver.session(config.build());
	}

}
