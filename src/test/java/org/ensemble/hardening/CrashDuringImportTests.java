package org.ensemble.hardening;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import org.ensemble.collaboration.CollaborationRebuild;
import org.ensemble.ingest.ImportProgress;
import org.ensemble.ingest.ImportReport;
import org.ensemble.ingest.ImportRequest;
import org.ensemble.ingest.Imports;
import org.ensemble.support.GraphSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md §6 "Reliable", for imports: the service is SIGKILLed while an uploaded import job is
 * writing its batches. Started again on its folder, it has nothing to repair: each batch kept the
 * collaborations exact in its own transaction, so they agree with the credits at once; nothing the
 * job reported stored is lost; every work is whole (all of its
 * credits from the file, or absent); and running the same import again gives the very graph of one
 * clean import into a fresh folder.
 */
@ExtendWith(OutputCaptureExtension.class)
class CrashDuringImportTests {

	/** The importer commits works in batches of at most 2,000. */
	private static final int WORKS = 10_000;

	private static final int BATCH = 2_000;

	/** Killed once this many batches are committed, while the job is still reading. */
	private static final int BATCHES_BEFORE_KILL = 2;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	private Path dataDir;

	@TempDir
	private Path cleanDataDir;

	@TempDir
	private Path files;

	private ServiceProcess service;

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	@AfterEach
	void stopEverything() throws InterruptedException {
		if (this.service != null) {
			this.service.close();
		}
		InProcessStart.closeTogether(this.started);
	}

	private ConfigurableApplicationContext start(Path folder) {
		ConfigurableApplicationContext context = InProcessStart.on(folder);
		this.started.add(context);
		return context;
	}

	@Test
	void anImportKilledMidwayLosesNothingCommittedAndRunningItAgainConvergesToACleanImport(CapturedOutput output)
			throws Exception {
		Map<String, WrittenWork> works = new HashMap<>();
		Path fixture = writeFixture(works);
		this.service = ServiceProcess.serve(this.dataDir, this.files);
		System.out.printf("crash during import: service healthy after %.1f s%n", this.service.uptimeSeconds());

		long importStart = System.nanoTime();
		String job = upload(fixture);
		JsonNode progress = awaitBatches(job, BATCHES_BEFORE_KILL * BATCH);
		this.service.kill();
		long worksStored = progress.path("worksStored").asLong();
		long creditsStored = progress.path("creditsStored").asLong();
		System.out.printf("crash during import: SIGKILL %.1f s after the upload; the job had reported %,d of %,d works and "
				+ "%,d credits stored%n", (System.nanoTime() - importStart) / 1e9, worksStored, WORKS, creditsStored);

		RecoveryLog recovery = RecoveryLog.mark(this.dataDir);
		long restart = System.nanoTime();
		ConfigurableApplicationContext restarted = start(this.dataDir);
		System.out.printf("crash during import: restarted (recovery and collaboration repair included) in %.1f s%n",
				(System.nanoTime() - restart) / 1e9);
		assertThat(recovery.recoveredSinceMark()).as("Neo4j recovered its transaction logs after SIGKILL").isTrue();
		assertNoRepairNeeded(output.getOut(), restarted);
		assertNothingCommittedLostAndNoWorkHalfWritten(restarted.getBean(Driver.class), works, worksStored, creditsStored);
		InProcessStart.assertCollaborationsMatchCredits(restarted);

		ImportReport again = restarted.getBean(Imports.class).run(new ImportRequest.JsonLines(fixture), new ImportProgress());
		System.out.printf("crash during import: the import run again took %.1f s%n", again.millis() / 1e3);
		GraphSnapshot resumed = GraphSnapshot.of(restarted.getBean(Driver.class));

		// The first one stays open: closing an embedded Neo4j takes seconds (its Bolt server), so both close together.
		ConfigurableApplicationContext fresh = start(this.cleanDataDir);
		ImportReport clean = fresh.getBean(Imports.class).run(new ImportRequest.JsonLines(fixture), new ImportProgress());
		System.out.printf("crash during import: a clean import of %,d works, %,d credits and %,d collaborations took %.1f s%n",
				clean.worksInDatabase(), clean.creditsStored(), clean.collaborations(), clean.millis() / 1e3);
		GraphSnapshot cleanRun = GraphSnapshot.of(fresh.getBean(Driver.class));
		assertThat(resumed.lines()).containsExactlyElementsOf(cleanRun.lines());
		assertThat(resumed.checksum()).isEqualTo(cleanRun.checksum());
	}

	/** An import on a served database never marks the collaborations stale: the restart repairs nothing. */
	private static void assertNoRepairNeeded(String log, ConfigurableApplicationContext restarted) {
		assertThat(log).as("the start's log").doesNotContain("Collaborations are stale");
		assertThat(restarted.getBean(CollaborationRebuild.class).isStale()).isFalse();
	}

	/** At least what the job reported stored is there, and every work is exactly as the file has it. */
	private static void assertNothingCommittedLostAndNoWorkHalfWritten(Driver driver, Map<String, WrittenWork> works,
			long worksStored, long creditsStored) {
		Map<String, StoredWorks.Stored> stored = StoredWorks.read(driver);
		long credits = stored.values().stream().mapToLong((work) -> work.credits().size()).sum();
		System.out.printf("crash during import: after the restart %,d works and %,d credits%n", stored.size(), credits);
		assertThat(stored.size()).as("works").isGreaterThanOrEqualTo((int) worksStored).isLessThan(WORKS);
		assertThat(credits).as("credits").isGreaterThanOrEqualTo(creditsStored);
		stored.forEach((id, work) -> assertThat(work).as(id).isEqualTo(works.get(id).stored()));
	}

	/** JSON Lines, one work a line; big enough that the import commits several batches. */
	private Path writeFixture(Map<String, WrittenWork> works) throws IOException {
		Path file = this.files.resolve("works.jsonl");
		RandomTeams random = new RandomTeams(42, "import:p", 8_000);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < WORKS; i++) {
				String id = "import:w%05d".formatted(i);
				WrittenWork work = random.work(id, "Work " + i, 5);
				works.put(id, work);
				out.write(work.json(true));
				out.newLine();
			}
		}
		return file;
	}

	/** {@code POST /api/imports} with the file; returns the job's id. */
	private String upload(Path fixture) throws IOException, InterruptedException {
		String boundary = UUID.randomUUID().toString();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\njsonl\r\n").getBytes());
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"works.jsonl\"\r\n"
				+ "Content-Type: application/x-ndjson\r\n\r\n").getBytes());
		body.writeBytes(Files.readAllBytes(fixture));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes());
		HttpRequest post = HttpRequest.newBuilder(this.service.uri("/api/imports"))
			.timeout(Duration.ofMinutes(2))
			.header("X-Api-Key", ServiceProcess.API_KEY)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		HttpResponse<String> response = client().send(post, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return JSON.readTree(response.body()).path("id").asString();
	}

	/** Polls the job until it has committed the works, while it is still reading; returns its progress then. */
	private JsonNode awaitBatches(String job, long works) throws IOException, InterruptedException {
		HttpRequest get = HttpRequest.newBuilder(this.service.uri("/api/imports/" + job)).timeout(Duration.ofSeconds(30)).build();
		HttpClient client = client();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode view = JSON.readTree(client.send(get, HttpResponse.BodyHandlers.ofString()).body());
			JsonNode progress = view.path("progress");
			assertThat(view.path("state").asString()).as("the job ended before it could be killed midway: %s", view)
				.isIn("queued", "running");
			assertThat(progress.path("phase").asString()).as("the job left its reading phase before it could be killed: %s", view)
				.isEqualTo("reading");
			if (progress.path("worksStored").asLong() >= works) {
				return progress;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("The import did not store " + works + " works within 3 minutes");
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
	}

}
