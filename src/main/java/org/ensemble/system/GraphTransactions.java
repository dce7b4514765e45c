package org.ensemble.system;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one way features reach the database: reads in read transactions (routed to secondaries in a
 * cluster), writes in write transactions; both retried by the driver on transient errors and bounded
 * by a timeout. With the embedded database, reads run in this process instead ({@link InProcessReads}:
 * the same callbacks, without the Bolt loopback).
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
 *
 * <p>
 * Reads in this process take turns: at most {@code ensemble.read-concurrency} run at once (twice the
 * processors by default), the others wait in arrival order. With every question running at once, 32
 * clients on two cores shared the processors among all of them, and a busy network's drawing that takes
 * 30 ms alone took ten times as long; in turns, each question waits about as long as the ones ahead of it
 * take: the mix's p99 at 32 clients halved, for about a tenth fewer answers a second (bench/README.md).
 */
@Component
public class GraphTransactions {

	/** The status of a read that found no turn: the database is there, the service is too busy. */
	static final String BUSY = "Neo.TransientError.Request.ResourceExhaustion";

	private final Driver driver;

	private final TransactionConfig readConfig;

	private final TransactionConfig writeConfig;

	private final ReentrantReadWriteLock commits = new ReentrantReadWriteLock();

	private final RequestBookmarks bookmarks;

	private final DatabaseMeters meters;

	/** The embedded database's reads in this process; null in server mode or when switched off. */
	private final InProcessReads inProcess;

	private final Duration readTimeout;

	/** Turns of the reads in this process; null for no limit. */
	private final Semaphore turns;

	/** Whether this thread holds a turn: a read inside a read must not wait for a second one. */
	private final ThreadLocal<Boolean> holdsTurn = ThreadLocal.withInitial(() -> false);

	GraphTransactions(Driver driver, EnsembleProperties properties, RequestBookmarks bookmarks, DatabaseMeters meters,
			ObjectProvider<EmbeddedNeo4jConfiguration.EmbeddedNeo4j> embedded) {
		this.driver = driver;
		this.bookmarks = bookmarks;
		this.meters = meters;
		EmbeddedNeo4jConfiguration.EmbeddedNeo4j neo4j = properties.inProcessReads() ? embedded.getIfAvailable() : null;
		this.inProcess = (neo4j != null) ? new InProcessReads(neo4j.database()) : null;
		this.readTimeout = properties.queryTimeout();
		this.turns = turns(properties.readConcurrency(), Runtime.getRuntime().availableProcessors());
		this.readConfig = TransactionConfig.builder().withTimeout(properties.queryTimeout()).build();
		this.writeConfig = TransactionConfig.builder().withTimeout(properties.writeTimeout()).build();
	}

	static Semaphore turns(int readConcurrency, int processors) {
		if (readConcurrency < -1) {
			throw new IllegalArgumentException("ensemble.read-concurrency must be -1 (no limit), 0 (twice the processors) "
					+ "or a number of reads, not " + readConcurrency);
		}
		if (readConcurrency == -1) {
			return null;
		}
		return new Semaphore((readConcurrency == 0) ? 2 * processors : readConcurrency, true);
	}

	/** How questions reach the database, for the health endpoint: "in-process" or "bolt". */
	String readsThrough() {
		return (this.inProcess != null) ? "in-process" : "bolt";
	}

	public <T> T read(TransactionCallback<T> work) {
		long start = System.nanoTime();
		// Everything that may throw before the read (a malformed bookmark header) comes before the turn.
		BookmarkManager request = this.bookmarks.current();
		// A turn before the commits' lock: a read waiting for its turn must not hold up a commit.
		boolean turn = (this.inProcess != null) && takeTurn();
		try {
			return readWithin(work, request, start);
		}
		finally {
			if (turn) {
				this.holdsTurn.set(false);
				this.turns.release();
			}
		}
	}

	private <T> T readWithin(TransactionCallback<T> work, BookmarkManager request, long start) {
		this.commits.readLock().lock();
		this.meters.started(AccessMode.READ);
		try {
			if (this.inProcess != null) {
				// One database in this process: what a request wrote has committed before it reads, so
				// its bookmarks have nothing to wait for. The time waited for the turn counts against the
				// question's time limit (at least a millisecond is left: a zero would mean no limit).
				long left = this.readTimeout.toMillis() - Duration.ofNanos(System.nanoTime() - start).toMillis();
				return this.inProcess.read(work, Duration.ofMillis(Math.max(1, left)));
			}
			try (Session session = session(AccessMode.READ, request)) {
				return session.executeRead(countingRetries(AccessMode.READ, work), this.readConfig);
			}
		}
		finally {
			this.meters.finished(AccessMode.READ);
			this.commits.readLock().unlock();
			this.bookmarks.answer(request);
		}
	}

	/**
	 * Waits for a turn to read in process, up to the question's time limit; false when this thread
	 * needs none (no limit, or a read inside a read).
	 */
	private boolean takeTurn() {
		if (this.turns == null || this.holdsTurn.get()) {
			return false;
		}
		try {
			if (!this.turns.tryAcquire(this.readTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new TransientException(BUSY, "No turn to read within " + this.readTimeout + ": the service is overloaded");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TransientException(BUSY, "Interrupted while waiting for a turn to read");
		}
		this.holdsTurn.set(true);
		return true;
	}

	public <T> T write(TransactionCallback<T> work) {
		BookmarkManager request = this.bookmarks.current();
		this.meters.started(AccessMode.WRITE);
		try (Session session = session(AccessMode.WRITE, request)) {
			return session.executeWrite(countingRetries(AccessMode.WRITE, (tx) -> {
				// A retry after a failed commit runs the work again: readers need not wait for that.
				releaseCommitLock();
				T result = work.execute(tx);
				// The driver commits when this returns; the lock is let go once executeWrite is done.
				if (!this.commits.isWriteLockedByCurrentThread()) {
					this.commits.writeLock().lock();
				}
				return result;
			}), this.writeConfig);
		}
		finally {
			this.meters.finished(AccessMode.WRITE);
			releaseCommitLock();
			this.bookmarks.answer(request);
		}
	}

	/** The work, counting each run after the first: the driver retries it after a transient error. */
	private <T> TransactionCallback<T> countingRetries(AccessMode mode, TransactionCallback<T> work) {
		boolean[] ran = { false };
		return (tx) -> {
			if (ran[0]) {
				this.meters.retried(mode);
			}
			ran[0] = true;
			return work.execute(tx);
		};
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
