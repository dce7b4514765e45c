package org.ensemble.hardening;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.context.ConfigurableApplicationContext;

import org.ensemble.credit.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM ({@code docker stop}, systemd) while writes are in flight: with {@code server.shutdown=graceful}
 * the service stops taking new requests, lets those it has taken finish with their normal answer, then
 * closes Neo4j cleanly, so that the next start needs no recovery. {@link CrashDuringWritesTests} shows
 * the same recovery check turning true after SIGKILL.
 */
class GracefulShutdownTests {

	private static final int IN_FLIGHT = 4;

	/** A big team makes each write do real work (its collaborations) after its body has arrived. */
	private static final int TEAM = 60;

	/** The JVM's status after SIGTERM once its shutdown hooks have run: 128 + 15. */
	private static final int EXIT_AFTER_SIGTERM = 143;

	@TempDir
	private Path dataDir;

	@TempDir
	private Path scratch;

	private ServiceProcess service;

	private final List<HeldRequest> held = new ArrayList<>();

	private final ExecutorService completions = Executors.newFixedThreadPool(IN_FLIGHT);

	@AfterEach
	void stopEverything() throws Exception {
		this.completions.shutdownNow();
		for (HeldRequest request : this.held) {
			request.close();
		}
		if (this.service != null) {
			this.service.close();
		}
	}

	@Test
	void sigtermLetsRequestsInFlightFinishThenClosesNeo4jSoTheNextStartNeedsNoRecovery() throws Exception {
		RecoveryLog life = RecoveryLog.mark(this.dataDir);
		this.service = ServiceProcess.serve(this.dataDir, this.scratch);
		System.out.printf("graceful shutdown: service healthy after %.1f s%n", this.service.uptimeSeconds());
		List<WrittenWork> works = new ArrayList<>();
		for (int i = 0; i < IN_FLIGHT; i++) {
			works.add(bigWork("shutdown:w" + i, i));
			this.held.add(HeldRequest.open(this.service.httpPort(), "/api/works/" + works.get(i).id(), works.get(i).json(false),
					Duration.ofMinutes(2)));
		}

		long sigterm = System.nanoTime();
		this.service.terminate();
		this.service.awaitLine(Pattern.compile("Commencing graceful shutdown"), Duration.ofMinutes(1));
		List<Future<Integer>> statuses = new ArrayList<>();
		for (HeldRequest request : this.held) {
			statuses.add(this.completions.submit(request::complete));
		}
		List<Integer> answered = new ArrayList<>();
		for (Future<Integer> status : statuses) {
			answered.add(status.get(2, TimeUnit.MINUTES));
		}
		double answeredAfter = (System.nanoTime() - sigterm) / 1e9;
		int exit = this.service.awaitExit(Duration.ofMinutes(2));
		System.out.printf("graceful shutdown: %d requests in flight at SIGTERM answered %s within %.1f s; exit %d %.1f s after SIGTERM%n",
				IN_FLIGHT, answered, answeredAfter, exit, (System.nanoTime() - sigterm) / 1e9);

		assertThat(answered).as("answers to the requests in flight").containsOnly(201);
		assertThat(exit).isEqualTo(EXIT_AFTER_SIGTERM);
		assertThat(this.service.output()).contains("Graceful shutdown complete", "Embedded Neo4j stopped cleanly");
		assertThat(life.checkpointedOnShutdownSinceMark()).as("Neo4j checkpointed as it shut down").isTrue();

		RecoveryLog recovery = RecoveryLog.mark(this.dataDir);
		try (ConfigurableApplicationContext restarted = InProcessStart.on(this.dataDir)) {
			assertThat(recovery.recoveredSinceMark()).as("recovery at the start after SIGTERM").isFalse();
			Map<String, StoredWorks.Stored> stored = StoredWorks.read(restarted.getBean(Driver.class));
			works.forEach((work) -> assertThat(stored.get(work.id())).as(work.id()).isEqualTo(work.stored()));
			InProcessStart.assertCollaborationsMatchCredits(restarted);
		}
	}

	/** Sixty actors, two thirds of them shared with the next work, so the writes also wait for each other's locks. */
	private static WrittenWork bigWork(String id, int index) {
		List<WrittenWork.Credit> credits = new ArrayList<>();
		for (int i = 0; i < TEAM; i++) {
			credits.add(new WrittenWork.Credit("shutdown:p" + (index * TEAM / 3 + i), Role.ACTOR, i, "Role " + i, null));
		}
		return new WrittenWork(id, "Work " + id, 2020 + index, credits);
	}

}
