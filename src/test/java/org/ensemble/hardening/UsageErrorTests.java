package org.ensemble.hardening;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ensemble.EnsembleApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong command line is answered by the launcher alone, as an operator runs it: the usage error and
 * exit code 2, with no Spring and no database started (which took ~25 s before the answer), so no data
 * folder is made.
 */
class UsageErrorTests {

	@Test
	void aWrongCommandLineIsAnsweredWithoutStartingAnything(@TempDir Path scratch) throws Exception {
		for (List<String> args : List.of(List.of("import", "nosuchformat", "DIR"), List.of("import", "jsonl", "missing.jsonl"),
				List.of("demo", "--fast"), List.of("imprt"))) {
			Path dataDir = scratch.resolve("data");
			try (ChildJvm jvm = ChildJvm.start("launcher", EnsembleApplication.class, args, "256m",
					Map.of("ENSEMBLE_DATA_DIR", dataDir.toString()), scratch)) {
				// The JVM's own start and exit, on a busy machine; Spring with the database takes far longer.
				assertThat(jvm.awaitExit(Duration.ofSeconds(20))).as(args + "\n" + jvm.output()).isEqualTo(2);
				String output = jvm.output();
				assertThat(output).as(String.valueOf(args)).containsPattern("^(" + args.get(0) + ": |unknown command)")
					.contains("usage: java -jar ensemble.jar")
					// Spring's and the database's first lines
					.doesNotContain("Starting EnsembleApplication")
					.doesNotContain("Embedded Neo4j")
					.doesNotContain("Exception");
				assertThat(dataDir).as(String.valueOf(args)).doesNotExist();
			}
		}
	}

}
