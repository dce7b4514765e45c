package org.ensemble.ingest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs an import's write transactions one after another on a thread of their own, so that the
 * files are parsed while the database writes the previous batch: the parser and the database each
 * keep a core busy instead of taking turns. At most {@value #IN_FLIGHT} batches wait, which bounds
 * memory, and they run in the order given, so a later listing of a work still wins. The first
 * failure stops everything: the next {@link #submit} or {@link #await} throws it.
 */
final class BackgroundWrites implements AutoCloseable {

	private static final int IN_FLIGHT = 2;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "ensemble-import-writer");
		thread.setDaemon(true);
		return thread;
	});

	private final Semaphore slots = new Semaphore(IN_FLIGHT);

	private volatile RuntimeException failure;

	private volatile boolean closed;

	void submit(Runnable write) {
		throwIfFailed();
		this.slots.acquireUninterruptibly();
		throwIfFailed();
		this.executor.execute(() -> {
			try {
				if (this.failure == null && !this.closed) {
					write.run();
				}
			}
			catch (RuntimeException ex) {
				this.failure = ex;
			}
			finally {
				this.slots.release();
			}
		});
	}

	/** Waits until every submitted write is committed, and throws the first failure if there was one. */
	void await() {
		this.slots.acquireUninterruptibly(IN_FLIGHT);
		this.slots.release(IN_FLIGHT);
		throwIfFailed();
	}

	private void throwIfFailed() {
		RuntimeException ex = this.failure;
		if (ex != null) {
			throw ex;
		}
	}

	/** Lets a write in progress finish (its session closes after this) but starts no other. */
	@Override
	public void close() {
		this.closed = true;
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(5, TimeUnit.MINUTES)) {
				throw new IllegalStateException("An import write did not finish within 5 minutes of the import ending");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
