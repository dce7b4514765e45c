package org.ensemble.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Writers that upsert works over HTTP as fast as the service answers, until it stops answering. Each
 * writer owns its works and writes them one request at a time, new versions round and round, so that
 * for every work the order of its writes is known: after a crash the work must be its last
 * acknowledged version, or one sent after it whose answer never came. The writers share their people,
 * so their transactions contend for the same locks and collaborations.
 */
final class WriteBurst {

	private final List<Thread> threads = new ArrayList<>();

	private final Map<String, History> histories = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

	private final AtomicInteger acknowledged = new AtomicInteger();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private volatile boolean stopped;

	/** What became of the writes of one work. */
	static final class History {

		private WrittenWork lastAcknowledged;

		private final List<WrittenWork> unacknowledged = new ArrayList<>();

		private void acknowledged(WrittenWork work) {
			this.lastAcknowledged = work;
			this.unacknowledged.clear();
		}

		/** The versions the graph may hold for the work; null stands for no work at all. */
		List<StoredWorks.Stored> allowed() {
			List<StoredWorks.Stored> allowed = new ArrayList<>();
			allowed.add((this.lastAcknowledged == null) ? null : this.lastAcknowledged.stored());
			this.unacknowledged.forEach((work) -> allowed.add(work.stored()));
			return allowed;
		}

		boolean acknowledgedAny() {
			return this.lastAcknowledged != null;
		}

		boolean isUnacknowledgedVersion(StoredWorks.Stored stored) {
			return this.unacknowledged.stream().anyMatch((work) -> work.stored().equals(stored));
		}

	}

	/**
	 * @param uri where a work id is written
	 * @param writers how many writers run at once
	 * @param worksPerWriter how many works each one writes, round and round
	 */
	static WriteBurst start(Function<String, URI> uri, int writers, int worksPerWriter, long seed) {
		WriteBurst burst = new WriteBurst();
		for (int w = 0; w < writers; w++) {
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < worksPerWriter; i++) {
				ids.add("burst:w" + w + "-" + i);
			}
			RandomTeams works = new RandomTeams(seed + w, "burst:p", 60);
			Thread thread = new Thread(() -> burst.write(uri, ids, works), "write-burst-" + w);
			thread.setDaemon(true);
			burst.threads.add(thread);
		}
		burst.threads.forEach(Thread::start);
		return burst;
	}

	private void write(Function<String, URI> uri, List<String> ids, RandomTeams works) {
		for (int version = 1; !this.stopped; version++) {
			for (String id : ids) {
				if (this.stopped) {
					return;
				}
				WrittenWork work = works.work(id, id + " v" + version, 8);
				History history = this.histories.computeIfAbsent(id, (key) -> new History());
				HttpRequest put = HttpRequest.newBuilder(uri.apply(id))
					.timeout(Duration.ofMinutes(1))
					.header("X-Api-Key", ServiceProcess.API_KEY)
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString(work.json(false)))
					.build();
				try {
					int status = this.client.send(put, HttpResponse.BodyHandlers.discarding()).statusCode();
					count(String.valueOf(status));
					if (status == 200 || status == 201) {
						history.acknowledged(work);
						this.acknowledged.incrementAndGet();
					}
					else {
						history.unacknowledged.add(work);
					}
				}
				catch (IOException ex) {
					// The service died with this write in flight: it may or may not have been committed.
					count("no answer (" + ex.getClass().getSimpleName() + ")");
					history.unacknowledged.add(work);
					return;
				}
				catch (InterruptedException ex) {
					history.unacknowledged.add(work);
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void count(String answer) {
		this.answers.computeIfAbsent(answer, (key) -> new AtomicInteger()).incrementAndGet();
	}

	int acknowledged() {
		return this.acknowledged.get();
	}

	void awaitAcknowledged(int writes, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.acknowledged.get() < writes) {
			if (System.nanoTime() > deadline || this.threads.stream().noneMatch(Thread::isAlive)) {
				throw new AssertionError("Only " + this.acknowledged.get() + " writes acknowledged within " + timeout
						+ "; answers: " + answers());
			}
			Thread.sleep(20);
		}
	}

	/**
	 * Waits for every writer to end (they end at their first write without an answer, or after
	 * {@link #stop()} once their write in flight is answered); the histories are then final, and the
	 * service has no write of theirs still running.
	 */
	void awaitEnd(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (Thread thread : this.threads) {
			thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
		}
		this.stopped = true;
		if (this.threads.stream().anyMatch(Thread::isAlive)) {
			this.threads.forEach(Thread::interrupt);
			throw new AssertionError("Writers still running " + timeout + " after they were stopped or the service was killed");
		}
	}

	/**
	 * Asks the writers to stop after the write each has in flight. They are not interrupted: an
	 * abandoned request still runs in the service and may commit while the test reads the graph, which
	 * then sees a work's credits from after that commit and its collaborations from before.
	 */
	void stop() {
		this.stopped = true;
	}

	Map<String, History> histories() {
		return this.histories;
	}

	/** How often each answer came: status codes, and the writes that got none. */
	Map<String, Integer> answers() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		this.answers.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue().get()));
		return counts;
	}

	int unacknowledged() {
		return this.histories.values().stream().mapToInt((history) -> history.unacknowledged.size()).sum();
	}

}
