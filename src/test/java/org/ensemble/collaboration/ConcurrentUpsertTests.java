package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.catalog.WorkInput;
import org.ensemble.catalog.WorkWrites;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients writing different works that share people at the same time must not lose a count: every
 * upsert folds its pairs into relationships other writers are changing too.
 */
class ConcurrentUpsertTests extends GraphTestSupport {

	private static final int THREADS = 8;

	private static final int WORKS_PER_THREAD = 25;

	private static final int PEOPLE = 10;

	@Autowired
	private WorkWrites writes;

	@Autowired
	private CollaborationRebuild rebuild;

	@Test
	void parallelUpsertsOfWorksSharingPeopleLoseNoCount() throws Exception {
		Queue<Throwable> failures = inParallel((thread, catalog) -> {
			for (int i = 0; i < WORKS_PER_THREAD; i++) {
				String id = "t" + thread + "-w" + i;
				this.writes.upsert(id, teamOfAtLeastTwo(catalog, id, catalog.year()));
			}
		});

		assertThat(failures).isEmpty();
		assertThat(workCount()).isEqualTo(THREADS * WORKS_PER_THREAD);
		assertCollaborationsEqualCreditsAndRebuild();
	}

	@Test
	void parallelReplacementsAndDeletesOfWorksSharingPeopleLoseNoCount() throws Exception {
		Map<String, Integer> years = new HashMap<>();
		RandomCatalog setup = new RandomCatalog(7, PEOPLE);
		for (int thread = 0; thread < THREADS; thread++) {
			for (int i = 0; i < WORKS_PER_THREAD; i++) {
				String id = "t" + thread + "-w" + i;
				years.put(id, setup.year());
				this.writes.upsert(id, teamOfAtLeastTwo(setup, id, years.get(id)));
			}
		}
		assertThat(BruteForceCollaborations.differences(this.driver)).as("before the parallel writes").isEmpty();

		// Each thread rewrites its own works with new teams (same year) and deletes every fifth.
		Queue<Throwable> failures = inParallel((thread, catalog) -> {
			for (int i = 0; i < WORKS_PER_THREAD; i++) {
				String id = "t" + thread + "-w" + i;
				if (i % 5 == 4) {
					this.writes.delete(id);
				}
				else {
					this.writes.upsert(id, teamOfAtLeastTwo(catalog, id, years.get(id)));
				}
			}
		});

		assertThat(failures).isEmpty();
		assertThat(workCount()).isEqualTo(THREADS * (WORKS_PER_THREAD - WORKS_PER_THREAD / 5));
		assertCollaborationsEqualCreditsAndRebuild();
	}

	private interface Writer {

		void write(int thread, RandomCatalog catalog) throws Exception;

	}

	/** Runs one writer per thread, all released at once; returns what they threw. */
	private static Queue<Throwable> inParallel(Writer writer) throws Exception {
		Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				futures.add(pool.submit(() -> {
					try {
						start.await();
						writer.write(thread, new RandomCatalog(100 + thread, PEOPLE));
					}
					catch (Throwable ex) {
						failures.add(ex);
					}
				}));
			}
			start.countDown();
			for (Future<?> future : futures) {
				future.get(10, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		return failures;
	}

	/** Random teams, but at least two people, so that every work makes pairs. */
	private static WorkInput teamOfAtLeastTwo(RandomCatalog catalog, String id, Integer year) {
		WorkInput work = catalog.work(id, year, 6);
		while (work.credits().stream().map((c) -> c.person().id()).distinct().count() < 2) {
			work = catalog.work(id, year, 6);
		}
		return work;
	}

	private long workCount() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (w:Work) RETURN count(w) AS n").single().get("n").asLong();
		}
	}

	private void assertCollaborationsEqualCreditsAndRebuild() {
		BruteForceCollaborations.assertAgreeWithCreditsAndRebuild(this.driver, this.rebuild);
	}

}
