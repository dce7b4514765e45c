package org.ensemble.hardening;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;

import org.ensemble.collaboration.BruteForceCollaborations;

import org.ensemble.support.MigrationScripts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server mode on a real Neo4j server that runs on every machine (a {@link Neo4jServerProcess}, no
 * Docker), with two Ensemble processes on it: {@code a} on {@code bolt://}, {@code b} on
 * {@code neo4j://} (routing against a single instance). One server and the two services serve the whole
 * class, in order: the overlapping starts, writes on one read on the other, a burst on both, the
 * server killed under load and restarted. Wrong credentials need a start of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerModeProcessIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final Pattern APPLYING = Pattern.compile("Applying migration V(\\d+)");

	@TempDir
	static Path folder;

	private Neo4jServerProcess server;

	private ServiceProcess a;

	private ServiceProcess b;

	private Driver driver;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	void startServerAndTwoInstancesAtOnce() throws Exception {
		long start = System.nanoTime();
		this.server = Neo4jServerProcess.start(folder);
		System.out.printf("server mode: Neo4j server ready in %.1f s%n", this.server.uptimeSeconds());
		this.a = ServiceProcess.startOn(this.server.boltUri(), Neo4jServerProcess.PASSWORD, folder.resolve("a"));
		this.b = ServiceProcess.startOn(this.server.routingUri(), Neo4jServerProcess.PASSWORD, folder.resolve("b"));
		this.a.awaitHealthy();
		this.b.awaitHealthy();
		System.out.printf("server mode: both instances healthy %.1f s after the server started%n",
				(System.nanoTime() - start) / 1e9);
		this.driver = GraphDatabase.driver(this.server.boltUri(),
				AuthTokens.basic(Neo4jServerProcess.USERNAME, Neo4jServerProcess.PASSWORD));
	}

	@AfterAll
	void stopEverything() throws InterruptedException {
		if (this.driver != null) {
			this.driver.close();
		}
		for (AutoCloseable process : new AutoCloseable[] { this.a, this.b, this.server }) {
			try {
				if (process != null) {
					process.close();
				}
			}
			catch (Exception ex) {
				// Closing the others matters more.
			}
		}
	}

	@Test
	@Order(1)
	void twoInstancesStartedAtOnceApplyEachMigrationOnce() {
		List<Integer> appliedByA = applied(this.a.output());
		List<Integer> appliedByB = applied(this.b.output());
		System.out.printf("server mode: migrations applied by a %s, by b %s%n", appliedByA, appliedByB);
		List<Integer> both = new ArrayList<>(appliedByA);
		both.addAll(appliedByB);
		both.sort(null);
		List<Integer> stored = this.driver.executableQuery("MATCH (m:__EnsembleMigration) RETURN m.version AS v ORDER BY v")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("v").asInt())
			.toList();
		assertThat(stored).as("migrations recorded on the server").isEqualTo(MigrationScripts.versions());
		assertThat(both).as("migrations applied by the two instances together").isEqualTo(stored);
	}

	private static List<Integer> applied(String output) {
		List<Integer> versions = new ArrayList<>();
		Matcher matcher = APPLYING.matcher(output);
		while (matcher.find()) {
			versions.add(Integer.parseInt(matcher.group(1)));
		}
		return versions;
	}

	@Test
	@Order(2)
	void everyWriteOnOneInstanceIsReadOnTheNextRequestOnTheOtherAndCountsAreExactAfterTheBurst() throws Exception {
		int writersPerInstance = 2;
		int worksPerWriter = 6;
		Map<String, WrittenWork> written = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		try (ExecutorService writers = Executors.newFixedThreadPool(2 * writersPerInstance)) {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < 2 * writersPerInstance; w++) {
				boolean onA = w % 2 == 0;
				ServiceProcess writer = onA ? this.a : this.b;
				ServiceProcess reader = onA ? this.b : this.a;
				RandomTeams teams = new RandomTeams(20261214L + w, "two:p", 25);
				String prefix = "two:w" + w + "-";
				done.add(writers.submit(() -> {
					// Each work twice: first through the writer, then its new version through the reader, so
					// that both instances update the same people's collaborations.
					for (int version = 1; version <= 2; version++) {
						for (int i = 0; i < worksPerWriter; i++) {
							WrittenWork work = teams.work(prefix + i, prefix + i + " v" + version, 6);
							ServiceProcess from = (version == 1) ? writer : reader;
							ServiceProcess to = (version == 1) ? reader : writer;
							HttpResponse<String> put = put(from, work);
							assertThat(put.statusCode()).as("PUT %s: %s", work.id(), put.body()).isIn(200, 201);
							assertThat(put.body()).contains(work.title());
							HttpResponse<String> get = send(to, HttpRequest.newBuilder(to.uri("/api/works/" + work.id())));
							assertThat(get.statusCode()).as("GET %s on the other instance", work.id()).isEqualTo(200);
							assertThat(RandomWorks.JSON.readTree(get.body()).path("title").asString())
								.as("the next read of %s on the other instance", work.id())
								.isEqualTo(work.title());
							written.put(work.id(), work);
						}
					}
					return null;
				}));
			}
			for (Future<?> writer : done) {
				writer.get();
			}
		}
		System.out.printf("server mode: %d PUTs, each read back on the other instance, in %.1f s%n",
				2 * written.size(), (System.nanoTime() - start) / 1e9);

		Map<String, StoredWorks.Stored> stored = StoredWorks.read(this.driver);
		assertThat(stored).hasSize(written.size());
		written.forEach((id, work) -> assertThat(stored.get(id)).as(id).isEqualTo(work.stored()));
		JsonNode statsA = RandomWorks.JSON.readTree(send(this.a, HttpRequest.newBuilder(this.a.uri("/api/stats"))).body());
		JsonNode statsB = RandomWorks.JSON.readTree(send(this.b, HttpRequest.newBuilder(this.b.uri("/api/stats"))).body());
		assertThat(statsA.path("works").asInt()).isEqualTo(written.size());
		assertThat(statsB).isEqualTo(statsA);
		assertThat(BruteForceCollaborations.differences(this.driver)).as("collaborations against the credits").isEmpty();
	}

	@Test
	@Order(3)
	void theBookmarkHeaderComesWithEveryAnswerAndIsAcceptedByTheOtherInstance() throws Exception {
		WrittenWork work = new RandomTeams(7, "two:p", 25).work("two:bookmarked", "Bookmarked", 4);
		HttpResponse<String> put = put(this.a, work);
		String bookmark = put.headers().firstValue("X-Ensemble-Bookmark").orElseThrow();

		HttpResponse<String> get = send(this.b,
				HttpRequest.newBuilder(this.b.uri("/api/works/two:bookmarked")).header("X-Ensemble-Bookmark", bookmark));
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.body()).contains("Bookmarked");
		assertThat(get.headers().firstValue("X-Ensemble-Bookmark")).isPresent();

		for (String notABookmark : List.of("%%%", "bm90IGEgYm9va21hcms")) {
			HttpResponse<String> bad = send(this.b,
					HttpRequest.newBuilder(this.b.uri("/api/works/two:bookmarked")).header("X-Ensemble-Bookmark", notABookmark));
			assertThat(bad.statusCode()).as("header %s: %s", notABookmark, bad.body()).isEqualTo(400);
			assertThat(bad.body()).contains("X-Ensemble-Bookmark");
		}
	}

	@Test
	@Order(4)
	void healthAndMetricsSayWhichDatabaseEachInstanceUsesAndHowItGoes() throws Exception {
		Map<ServiceProcess, List<String>> expected = Map.of(this.a, List.of("server", this.server.boltUri()), this.b,
				List.of("cluster", this.server.routingUri()));
		for (var instance : expected.entrySet()) {
			ServiceProcess service = instance.getKey();
			JsonNode neo4j = RandomWorks.JSON
				.readTree(send(service, HttpRequest.newBuilder(service.uri("/actuator/health"))).body())
				.path("components")
				.path("neo4j");
			assertThat(neo4j.path("status").asString()).isEqualTo("UP");
			assertThat(neo4j.path("details").path("mode").asString()).isEqualTo(instance.getValue().get(0));
			assertThat(neo4j.path("details").path("address").asString()).isEqualTo(instance.getValue().get(1));
		}
		String metrics = send(this.a, HttpRequest.newBuilder(this.a.uri("/actuator/prometheus"))
			.header("X-Api-Key", ServiceProcess.API_KEY)).body();
		assertThat(metrics).contains("http_server_requests_seconds_bucket{")
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/works/\\{id}\"")
			.contains("ensemble_database_transactions_active{access=\"read\"")
			.contains("ensemble_database_transactions_retries_total{access=\"write\"");
	}

	@Test
	@Order(5)
	void aServerKilledUnderLoadGivesProblemsWhileDownAndTheInstancesRecoverWithoutLosingAcknowledgedWrites()
			throws Exception {
		WriteBurst burst = WriteBurst.start((id) -> this.a.uri("/api/works/" + id), 2, 10, 20261214);
		QuestionLoop questions = QuestionLoop.start(this.b.uri("/api/stats"), this.http);
		try {
			burst.awaitAcknowledged(30, TIMEOUT);
			this.server.kill();
			long killed = System.nanoTime();
			int acknowledgedAtKill = burst.acknowledged();

			for (ServiceProcess instance : List.of(this.a, this.b)) {
				HttpResponse<String> down = send(instance, HttpRequest.newBuilder(instance.uri("/api/works/burst:w0-0")));
				assertThat(down.statusCode()).as("%s while the server is down", down.body()).isEqualTo(503);
				assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(
						(type) -> assertThat(type).startsWith("application/problem+json"));
				assertThat(down.headers().firstValue("Retry-After")).isPresent();
				HttpResponse<String> health = send(instance, HttpRequest.newBuilder(instance.uri("/actuator/health")));
				assertThat(health.statusCode()).isEqualTo(503);
				assertThat(health.body()).contains("\"DOWN\"").contains("127.0.0.1:");
			}
			questions.awaitAnswer(503, TIMEOUT);
			double downFor = (System.nanoTime() - killed) / 1e9;

			long restart = System.nanoTime();
			this.server.restart();
			double restartSeconds = (System.nanoTime() - restart) / 1e9;
			int acknowledgedAtRestart = burst.acknowledged();
			burst.awaitAcknowledged(acknowledgedAtRestart + 20, TIMEOUT);
			double writesBack = (System.nanoTime() - restart) / 1e9;
			questions.awaitAnswerAfter(200, System.nanoTime(), TIMEOUT);
			double readsBack = (System.nanoTime() - restart) / 1e9;
			burst.stop();
			burst.awaitEnd(TIMEOUT);
			questions.stop();
			System.out.printf("server mode: server SIGKILLed after %d acknowledged writes, down %.1f s (%d more acknowledged "
					+ "meanwhile), restarted in %.1f s; writes back %.1f s and reads back %.1f s after the restart began; "
					+ "writes answered %s, reads answered %s%n", acknowledgedAtKill, downFor,
					acknowledgedAtRestart - acknowledgedAtKill, restartSeconds, writesBack, readsBack, burst.answers(),
					questions.answers());
			assertThat(burst.answers().keySet()).as("answers to the writes").isSubsetOf("200", "201", "503");
			assertThat(questions.answers().keySet()).as("answers to the questions").isSubsetOf("200", "503");
		}
		finally {
			burst.stop();
			questions.stop();
		}

		Map<String, StoredWorks.Stored> stored = StoredWorks.read(this.driver);
		for (var entry : burst.histories().entrySet()) {
			assertThat(entry.getValue().allowed()).as("%s: stored as %s", entry.getKey(), stored.get(entry.getKey()))
				.contains(stored.get(entry.getKey()));
		}
		assertThat(BruteForceCollaborations.differences(this.driver)).as("collaborations against the credits").isEmpty();
	}

	private HttpResponse<String> put(ServiceProcess service, WrittenWork work) throws IOException, InterruptedException {
		return send(service, HttpRequest.newBuilder(service.uri("/api/works/" + work.id()))
			.header("X-Api-Key", ServiceProcess.API_KEY)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(work.json(false))));
	}

	private HttpResponse<String> send(ServiceProcess service, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		return this.http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	@Order(10)
	void wrongCredentialsStopTheStartWithAClearMessage() throws Exception {
		Path scratch = Files.createDirectories(folder.resolve("wrong"));
		try (ServiceProcess wrong = ServiceProcess.startOn(this.server.boltUri(), "not-the-password", scratch)) {
			int exit = wrong.awaitExit(Duration.ofMinutes(2));
			assertThat(exit).isNotZero();
			System.out.println("server mode: wrong credentials said:\n" + wrong.output().lines()
				.filter((line) -> line.contains("credentials") || line.contains("NEO4J_"))
				.limit(10)
				.reduce("", (x, y) -> x + y + "\n"));
			assertThat(wrong.output()).contains("NEO4J_PASSWORD");
		}
	}

}
