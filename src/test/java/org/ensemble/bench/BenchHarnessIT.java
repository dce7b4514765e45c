package org.ensemble.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ensemble.bench.BenchHarnessTests.BENCH;
import static org.ensemble.bench.BenchHarnessTests.JAVA;
import static org.ensemble.bench.BenchHarnessTests.JSON;
import static org.ensemble.bench.BenchHarnessTests.QUESTIONS;
import static org.ensemble.bench.BenchHarnessTests.ROOT;
import static org.ensemble.bench.BenchHarnessTests.run;

/**
 * The whole harness as a user runs it, {@code bench/run.sh --scale tiny}: it generates the data,
 * imports it with the packaged service, serves it, drives every question over HTTP from its own
 * JVM and reports. A failsafe test, because it needs {@code target/ensemble.jar}. The runs, warm-ups
 * included, are cut to a second each so that it takes a few minutes; it checks that the results are well
 * formed and complete, never how fast anything was.
 */
class BenchHarnessIT {

	private static final List<Integer> CLIENTS = List.of(1, 2);

	/** Paths may find no chain between two sampled people; every other question names what exists. */
	private static final Set<String> MAY_FIND_NOTHING = Set.of("paths", "mix");

	@Test
	void runShAtTinyScaleWritesWellFormedResultsForEveryQuestion(@TempDir Path dir) throws Exception {
		Path jar = ROOT.resolve("target/ensemble.jar");
		assertThat(jar).as("run by failsafe after package").exists();
		// run.sh is given a copy, as it makes one itself: target/ may be rebuilt while it runs
		Path copy = Files.copy(jar, dir.resolve("ensemble.jar"));
		Path work = dir.resolve("work");
		Path out = dir.resolve("results");
		run(List.of("bash", BENCH.resolve("run.sh").toString(), "--scale", "tiny", "--clients", "1,2", "--duration", "1",
				"--warmup", "1", "--prewarm", "1", "--jar", copy.toString(), "--work", work.toString(), "--out", out.toString(),
				"--no-readme"), ROOT);

		Path result;
		try (var files = Files.list(out)) {
			result = files.filter((f) -> f.getFileName().toString().matches("tiny-\\d{4}-\\d\\d-\\d\\d\\.json"))
				.findFirst()
				.orElseThrow();
		}
		JsonNode json = JSON.readTree(Files.readString(result));
		assertThat(json.get("scale").asString()).isEqualTo("tiny");
		assertThat(json.get("command").asString()).startsWith("bench/run.sh --scale tiny");
		assertThat(json.get("commit").asString()).isNotBlank();
		assertThat(json.get("machine").get("nproc").asInt()).isPositive();

		JsonNode generated = json.get("generator");
		JsonNode imported = json.get("import");
		assertThat(imported.get("exitCode").asInt()).isZero();
		// Series are works, their episodes' credits rolled up onto them (one per person, series and role).
		assertThat(imported.get("worksStored").asLong()).isEqualTo(generated.get("works").asLong()).isPositive();
		assertThat(imported.get("creditsStored").asLong()).isEqualTo(generated.get("storedCredits").asLong());
		assertThat(imported.get("peopleInDatabase").asLong()).isEqualTo(generated.get("creditedPeople").asLong());
		assertThat(imported.get("collaborations").asLong()).isPositive()
			.isLessThanOrEqualTo(generated.get("collaborationPairsUpperBound").asLong());
		assertThat(imported.get("creditsPerSecond").asDouble()).isPositive();
		assertThat(imported.get("relationshipsPerSecond").asDouble()).isPositive();
		assertThat(imported.get("peakRssMiB").asDouble()).isPositive();

		JsonNode load = json.get("load");
		assertThat(load.get("serviceStats").get("collaborations").asLong()).isEqualTo(imported.get("collaborations").asLong());
		assertThat(load.get("serviceMemoryAtEnd").get("rssMiB").asDouble()).isPositive();
		assertThat(load.get("prewarm").get("requests").asLong()).as("pre-warm requests").isPositive();
		assertThat(load.get("prewarm").get("errors").asLong()).as("pre-warm errors").isZero();
		for (String question : QUESTIONS) {
			JsonNode levels = load.get("questions").get(question).get("levels");
			List<Integer> clients = new ArrayList<>();
			levels.forEach((level) -> {
				clients.add(level.get("clients").asInt());
				assertWellFormed(question, level);
			});
			assertThat(clients).as(question).isEqualTo(CLIENTS);
		}
		assertThat(load.get("questions").get("mix").get("levels").get(0).get("byKind").propertyNames())
			.containsExactlyInAnyOrder("collaborators", "together", "reunions", "network", "paths");
		List<String> targets = new ArrayList<>();
		json.get("targets").forEach((t) -> targets.add(t.get("what").asString()));
		assertThat(targets).contains("import rate, fresh database", "collaborators of a person, 1 client",
				"collaborators of a person, 2 clients", "memory, service + embedded Neo4j");

		// the public table, made from this run's figures
		Path readme = dir.resolve("README.md");
		Files.writeString(readme, "# Bench\n");
		run(List.of(JAVA.toString(), BENCH.resolve("src/Report.java").toString(), "--meta",
				work.resolve("meta.properties").toString(), "--summary", work.resolve("data/summary.txt").toString(),
				"--import-log", work.resolve("import.log").toString(), "--import-time", work.resolve("import.time").toString(),
				"--load", work.resolve("load.json").toString(), "--out", dir.resolve("again.json").toString(), "--readme",
				readme.toString(), "--results", out.toString()), ROOT);
		assertThat(Files.readString(readme)).contains("### `tiny` scale")
			.contains("| collaborators | 2 | ")
			.contains("| mix | 1 | ");
	}

	private static void assertWellFormed(String question, JsonNode level) {
		String what = question + " at " + level.get("clients").asInt() + " clients";
		long requests = level.get("requests").asLong();
		assertThat(requests).as(what).isPositive();
		assertThat(level.get("errors").asLong()).as(what + ": errors").isZero();
		assertThat(level.get("failed").asLong()).as(what + ": failed").isZero();
		assertThat(level.get("requestsPerSecond").asDouble()).as(what).isPositive();
		double p50 = level.get("p50Ms").asDouble();
		double p99 = level.get("p99Ms").asDouble();
		assertThat(p50).as(what + ": p50").isPositive().isLessThanOrEqualTo(p99);
		assertThat(p99).as(what + ": p99").isLessThanOrEqualTo(level.get("maxMs").asDouble());
		long answered = 0;
		for (String status : level.get("status").propertyNames()) {
			assertThat(status).as(what + ": status").isIn(MAY_FIND_NOTHING.contains(question) ? Set.of("200", "404") : Set.of("200"));
			answered += level.get("status").get(status).asLong();
		}
		assertThat(answered).as(what + ": every request answered").isEqualTo(requests);
		assertThat(level.get("serviceMemory").get("rssMiB").asDouble()).as(what).isPositive();
		// the service's CPU from /proc in clock ticks, per request; the load generator's may round to 0 in a short run
		assertThat(level.get("serviceCpuMsPerRequest").asDouble()).as(what + ": service CPU per request").isPositive();
		assertThat(level.get("loadGeneratorCpuMsPerRequest").asDouble()).as(what + ": load generator CPU per request")
			.isNotNegative();
	}

}
