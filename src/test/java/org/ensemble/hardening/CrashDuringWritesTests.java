package org.ensemble.hardening;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md §6 "Reliable", for single writes: the service is SIGKILLed in the middle of a burst of
 * concurrent {@code PUT /api/works/{id}}, then started again on its folder. Every write it had
 * acknowledged is there as acknowledged, no work is half-written, and the collaborations agree with
 * the credits. The restart has to recover Neo4j from its transaction logs, which is also the control
 * for the check of {@link GracefulShutdownTests} that a clean stop needs no recovery.
 */
class CrashDuringWritesTests {

	private static final int WRITERS = 4;

	private static final int WORKS_PER_WRITER = 10;

	/** Acknowledged writes before the kill: two and a half rounds over every writer's works, so most are overwritten. */
	private static final int ACKNOWLEDGED_BEFORE_KILL = 100;

	@TempDir
	private Path dataDir;

	@TempDir
	private Path scratch;

	private ServiceProcess service;

	private WriteBurst burst;

	@AfterEach
	void stopEverything() throws InterruptedException {
		if (this.burst != null) {
			this.burst.stop();
		}
		if (this.service != null) {
			this.service.close();
		}
	}

	@Test
	void everyAcknowledgedWriteSurvivesASigkillAndNoWorkIsHalfWritten() throws Exception {
		this.service = ServiceProcess.serve(this.dataDir, this.scratch);
		System.out.printf("crash during writes: service healthy after %.1f s%n", this.service.uptimeSeconds());
		long burstStart = System.nanoTime();
		this.burst = WriteBurst.start((id) -> this.service.uri("/api/works/" + id), WRITERS, WORKS_PER_WRITER, 20261125);

		try {
			this.burst.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL, Duration.ofMinutes(2));
		}
		catch (AssertionError ex) {
			throw new AssertionError(ex.getMessage() + "\n--- the service's threads ---\n" + this.service.threadDump()
					+ "\n--- the service's output ---\n" + this.service.output(), ex);
		}
		this.service.kill();
		double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
		this.burst.awaitEnd(Duration.ofMinutes(1));
		System.out.printf("crash during writes: SIGKILL after %.1f s of burst; %d writes acknowledged, %d without acknowledgement; answers %s%n",
				burstSeconds, this.burst.acknowledged(), this.burst.unacknowledged(), this.burst.answers());
		assertThat(this.burst.unacknowledged()).as("writes in flight when the service was killed").isPositive();

		RecoveryLog recovery = RecoveryLog.mark(this.dataDir);
		long restart = System.nanoTime();
		try (ConfigurableApplicationContext restarted = InProcessStart.on(this.dataDir)) {
			System.out.printf("crash during writes: restarted in %.1f s%n", (System.nanoTime() - restart) / 1e9);
			assertThat(recovery.recoveredSinceMark()).as("Neo4j recovered its transaction logs after SIGKILL").isTrue();

			Map<String, StoredWorks.Stored> stored = StoredWorks.read(restarted.getBean(Driver.class));
			assertThat(this.burst.histories()).containsKeys(stored.keySet().toArray(String[]::new));
			int acknowledgedWorks = 0;
			int unacknowledgedStored = 0;
			for (var entry : this.burst.histories().entrySet()) {
				WriteBurst.History history = entry.getValue();
				StoredWorks.Stored work = stored.get(entry.getKey());
				assertThat(history.allowed()).as("%s: stored as %s", entry.getKey(), work).contains(work);
				acknowledgedWorks += history.acknowledgedAny() ? 1 : 0;
				unacknowledgedStored += (work != null && history.isUnacknowledgedVersion(work)) ? 1 : 0;
			}
			System.out.printf("crash during writes: %d works stored, %d of them acknowledged at least once; "
					+ "%d hold a version whose write was in flight at the kill%n", stored.size(), acknowledgedWorks,
					unacknowledgedStored);

			InProcessStart.assertCollaborationsMatchCredits(restarted);
		}
	}

}
