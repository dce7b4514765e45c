package org.ensemble.hardening;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.collaboration.BruteForceCollaborations;
import org.ensemble.collaboration.CollaborationRebuild;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen writers and sixteen readers against the real server on loopback for a bounded time
 * ({@code -Densemble.load.seconds}, default 20). Each writer upserts and deletes works of its own, so
 * the last answer it got for a work is what must be stored; the teams are drawn from one small pool of
 * people, so writers keep locking the same people and updating the same collaborations. The client
 * must never see a server error: a deadlock or other transient is the server's to retry. Afterwards
 * every work is as last acknowledged and the collaborations equal both an independent count from the
 * credits and a rebuild.
 */
class ConcurrentLoadTests extends LoopbackServerSupport {

	private static final int WRITERS = 16;

	private static final int READERS = 16;

	private static final int PEOPLE = 24;

	private static final int WORKS_PER_WRITER = 10;

	private static final Duration READ_DEADLINE = Duration.ofSeconds(30);

	/** Longer than the driver's 30 s of retries, so that a write the server still retries is not cut. */
	private static final Duration WRITE_DEADLINE = Duration.ofSeconds(90);

	/** The reads that may answer 404: a work deleted meanwhile, or no path between two people. */
	private static final Set<String> MAY_NOT_FIND = Set.of("work", "reunions", "paths");

	@Autowired
	private CollaborationRebuild rebuild;

	private final LoadFigures figures = new LoadFigures();

	private final Queue<String> failures = new ConcurrentLinkedQueue<>();

	@Test
	void writersAndReadersOverLoopbackSeeNoServerErrorAndLoseNoWriteOrCount() throws Exception {
		Loopback http = http();
		seedEveryPerson(http);
		long seconds = Long.getLong("ensemble.load.seconds", 20);
		Map<String, RandomWorks.Version> acknowledged = new ConcurrentHashMap<>();
		Set<String> deleted = ConcurrentHashMap.newKeySet();

		long start = System.nanoTime();
		long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
		List<Future<?>> running = new ArrayList<>();
		try (DriverRetries retries = new DriverRetries()) {
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				running.add(pool.submit(() -> write(http, writer, deadline, acknowledged, deleted)));
			}
			for (int r = 0; r < READERS; r++) {
				int reader = r;
				running.add(pool.submit(() -> read(http, reader, deadline)));
			}
			for (Future<?> future : running) {
				future.get(seconds + 120, TimeUnit.SECONDS);
			}
			double elapsed = (System.nanoTime() - start) / 1e9;
			System.out.printf("Load over loopback: %d writers, %d readers, %.1f s, %d requests, %.1f requests/s%n%s"
					+ "driver retries by cause: %s%n", WRITERS, READERS, elapsed, this.figures.count(),
					this.figures.count() / elapsed, this.figures.summary(elapsed), retries.byCause());
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.failures).as("answers other than the expected ones").isEmpty();
		assertThat(acknowledged.size() + deleted.size()).as("works written").isGreaterThan(WRITERS);
		assertEveryWorkIsAsLastAcknowledged(http, acknowledged);
		BruteForceCollaborations.assertAgreeWithCreditsAndRebuild(this.driver, this.rebuild);
	}

	/** A chain of works through every person, never touched again, so that every person exists from the start. */
	private void seedEveryPerson(Loopback http) throws Exception {
		for (int i = 0; i + 1 < PEOPLE; i++) {
			String a = RandomWorks.person(i);
			String b = RandomWorks.person(i + 1);
			Loopback.Answer answer = http.put("/api/works/seed-" + i, """
					{"title": "Seed %d", "year": 1999, "credits": [
					  {"person": {"id": "%s", "name": "Person %s"}, "role": "director"},
					  {"person": {"id": "%s", "name": "Person %s"}, "role": "actor"}]}""".formatted(i, a, a, b, b),
					WRITE_DEADLINE);
			assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		}
	}

	/**
	 * Upserts (three in four) and deletes works {@code w<writer>-<n>} until the deadline, checking each
	 * status against what this writer knows is stored, and remembering what was acknowledged last.
	 */
	private void write(Loopback http, int writer, long deadline, Map<String, RandomWorks.Version> acknowledged,
			Set<String> deleted) {
		RandomWorks works = new RandomWorks(1000 + writer, PEOPLE);
		Map<String, RandomWorks.Version> stored = new HashMap<>();
		for (int n = 0; System.nanoTime() < deadline; n++) {
			String id = workId(writer, works.random().nextInt(WORKS_PER_WRITER));
			try {
				if (works.random().nextInt(4) == 0) {
					Loopback.Answer answer = http.delete("/api/works/" + id, WRITE_DEADLINE);
					this.figures.record("DELETE work", answer.nanos());
					expect(answer, stored.containsKey(id) ? 204 : 404);
					stored.remove(id);
				}
				else {
					RandomWorks.Put put = works.work("Work " + id + " version " + n);
					Loopback.Answer answer = http.put("/api/works/" + id, put.json(), WRITE_DEADLINE);
					this.figures.record("PUT work", answer.nanos());
					expect(answer, stored.containsKey(id) ? 200 : 201);
					stored.put(id, put.version());
				}
			}
			catch (Exception ex) {
				this.failures.add("writer " + writer + " on " + id + ": " + ex);
				return;
			}
		}
		acknowledged.putAll(stored);
		for (int k = 0; k < WORKS_PER_WRITER; k++) {
			if (!stored.containsKey(workId(writer, k))) {
				deleted.add(workId(writer, k));
			}
		}
	}

	/** Asks every kind of question in turn until the deadline; only a few may answer 404. */
	private void read(Loopback http, int reader, long deadline) {
		Random random = new Random(2000 + reader);
		for (int n = reader; System.nanoTime() < deadline; n++) {
			String a = RandomWorks.person(random.nextInt(PEOPLE));
			String b = RandomWorks.person(random.nextInt(PEOPLE));
			String work = workId(random.nextInt(WRITERS), random.nextInt(WORKS_PER_WRITER));
			String[] question = switch (n % 9) {
				case 0 -> new String[] { "collaborators", "/api/people/" + a + "/collaborators" };
				case 1 -> new String[] { "collaborators", "/api/people/" + a + "/collaborators?role=director&with=actor&topBilled=3" };
				case 2 -> new String[] { "together", "/api/together?people=" + a + "," + (a.equals(b) ? "p00,p01" : b) };
				case 3 -> new String[] { "reunions", "/api/works/" + work + "/reunions" };
				case 4 -> new String[] { "paths", "/api/paths?from=" + a + "&to=" + b + "&maxHops=4" };
				case 5 -> new String[] { "network", "/api/network?people=" + a + "&depth=2" };
				case 6 -> new String[] { "network", "/api/network?people=" + a + "&depth=2&roles=actor,director&works=true" };
				case 7 -> new String[] { "search", "/api/search?q=person+" + a };
				default -> new String[] { "work", "/api/works/" + work };
			};
			try {
				Loopback.Answer answer = http.get(question[1], READ_DEADLINE);
				this.figures.record(question[0], answer.nanos());
				if (!(answer.status() == 200 || (answer.status() == 404 && answer.isProblem()
						&& MAY_NOT_FIND.contains(question[0])))) {
					this.failures.add(answer.toString());
				}
			}
			catch (Exception ex) {
				this.failures.add("reader " + reader + " on " + question[1] + ": " + ex);
			}
		}
	}

	private void expect(Loopback.Answer answer, int status) {
		if (answer.status() != status) {
			this.failures.add("expected " + status + ": " + answer);
		}
	}

	private static void assertEveryWorkIsAsLastAcknowledged(Loopback http, Map<String, RandomWorks.Version> acknowledged)
			throws Exception {
		for (int writer = 0; writer < WRITERS; writer++) {
			for (int k = 0; k < WORKS_PER_WRITER; k++) {
				String id = workId(writer, k);
				Loopback.Answer answer = http.get("/api/works/" + id, READ_DEADLINE);
				if (acknowledged.containsKey(id)) {
					assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
					assertThat(RandomWorks.Version.of(RandomWorks.JSON.readTree(answer.body()))).as(id)
						.isEqualTo(acknowledged.get(id));
				}
				else {
					assertThat(answer.status()).as("%s was deleted or never written: %s", id, answer).isEqualTo(404);
				}
			}
		}
		Loopback.Answer stats = http.get("/api/stats", READ_DEADLINE);
		assertThat(RandomWorks.JSON.readTree(stats.body()).path("works").asLong()).as(stats.toString())
			.isEqualTo(acknowledged.size() + PEOPLE - 1);
	}

	private static String workId(int writer, int k) {
		return "w%02d-%d".formatted(writer, k);
	}

}
