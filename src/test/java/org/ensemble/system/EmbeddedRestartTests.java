package org.ensemble.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

import org.ensemble.EnsembleApplication;
import org.ensemble.catalog.CatalogReads;
import org.ensemble.catalog.CreditInput;
import org.ensemble.catalog.PersonInput;
import org.ensemble.catalog.WorkInput;
import org.ensemble.catalog.WorkWrites;
import org.ensemble.catalog.WorkView;
import org.ensemble.credit.Role;

import org.ensemble.support.MigrationScripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The embedded database on disk: each test starts the whole application (no web server) on its own
 * temporary data folder, separate from the shared test database, and closes what it started.
 */
class EmbeddedRestartTests {

	private final List<ConfigurableApplicationContext> running = new ArrayList<>();

	private Path dataDir;

	private Path processOutput;

	@BeforeEach
	void newDataFolder() throws IOException {
		this.dataDir = Files.createTempDirectory("ensemble-restart-");
		this.processOutput = Files.createTempFile("ensemble-second-process-", ".log");
	}

	@AfterEach
	void stopAndRemove() throws IOException {
		this.running.forEach(ConfigurableApplicationContext::close);
		try (Stream<Path> files = Files.walk(this.dataDir)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		Files.deleteIfExists(this.processOutput);
	}

	@Test
	void aWorkWrittenBeforeARestartIsThereAfterIt() {
		ConfigurableApplicationContext first = start(false);
		assertThat(works(first)).as("no demo when it is switched off").isEmpty();
		first.getBean(WorkWrites.class).upsert("netflix:the-call", theCall());
		first.close();

		// Starting again also shows that stopping freed the folder.
		ConfigurableApplicationContext second = start(false);

		WorkView work = second.getBean(CatalogReads.class).work("netflix:the-call").orElseThrow();
		assertThat(work.title()).isEqualTo("The Call");
		assertThat(work.released()).isEqualTo(LocalDate.of(2020, 11, 27));
		assertThat(work.credits()).extracting((c) -> c.person().id() + " " + c.role())
			.containsExactlyInAnyOrder("lee-chung-hyun director", "jeon-jong-seo actor");
		assertThat(second.getBean(CypherMigrations.class).applied()).isEqualTo(MigrationScripts.versions());
	}

	@Test
	void aSecondStartOnTheSameFolderFailsNamingTheFolder() {
		ConfigurableApplicationContext first = start(false);
		first.getBean(WorkWrites.class).upsert("netflix:the-call", theCall());

		Throwable failure = catchThrowable(() -> start(false));

		DataFolderInUseException busy = causeOfType(failure, DataFolderInUseException.class);
		assertThat(busy).as("cause chain of %s", failure).isNotNull();
		assertThat(busy.getMessage()).contains(folder());
		assertThat(busy.dataDir()).isEqualTo(this.dataDir.toAbsolutePath().normalize());
		assertThat(first.getBean(CatalogReads.class).work("netflix:the-call")).as("the first instance still serves").isPresent();

		FailureAnalysis analysis = new StartupFailureAnalyzer(new StandardEnvironment()).analyze(failure);
		assertThat(analysis).as("failure analysis").isNotNull();
		assertThat(analysis.getDescription()).contains(folder()).contains("in use");
		assertThat(analysis.getAction()).contains("ENSEMBLE_DATA_DIR");
	}

	@Test
	void aSecondProcessOnTheSameFolderStopsWithAClearMessage() throws Exception {
		start(false);

		Process second = startSecondProcess();
		String output = outputOf(second);

		assertThat(second.exitValue()).as(output).isNotZero();
		assertThat(output).contains(folder() + " is in use by another Ensemble process");
		assertThat(output.lines().filter((line) -> line.startsWith("\tat ")).count()).as("stack trace lines in:%n%s", output)
			.isLessThan(5);
	}

	/**
	 * The folder lock is an OS file lock, which belongs to the process: a refused start in the same JVM
	 * must not release it for the instance that holds it (closing any channel on the lock file would).
	 */
	@Test
	void aRefusedSecondStartLeavesTheFolderLockedAgainstOtherProcesses() throws Exception {
		start(false);
		assertThat(causeOfType(catchThrowable(() -> start(false)), DataFolderInUseException.class)).isNotNull();

		Process second = startSecondProcess();
		String output = outputOf(second);

		assertThat(second.exitValue()).as(output).isNotZero();
		assertThat(output).contains(folder() + " is in use by another Ensemble process");
	}

	@Test
	void aNewEmptyDatabaseGetsTheDemoOnceAndARestartDoesNotLoadItAgain() {
		ConfigurableApplicationContext first = start(true);
		assertThat(works(first)).containsExactlyInAnyOrder("netflix:ballerina", "netflix:the-call", "netflix:money-heist-korea",
				"drive-my-car", "netflix:hellbound", "netflix:dp");
		first.getBean(WorkWrites.class).delete("drive-my-car");
		first.close();

		ConfigurableApplicationContext second = start(true);

		assertThat(works(second)).hasSize(5).doesNotContain("drive-my-car");
		try (Session session = second.getBean(Driver.class).session()) {
			long touched = session.run("MATCH (w:Work) WHERE w.updatedAt IS NOT NULL RETURN count(w) AS n").single().get("n").asLong();
			assertThat(touched).as("works written again by a second demo load").isZero();
		}
	}

	private ConfigurableApplicationContext start(boolean demo) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(EnsembleApplication.class)
			.web(WebApplicationType.NONE)
			.properties("ensemble.data-dir=" + this.dataDir, "ensemble.bolt-port=0", "ensemble.api-key=restart-test-key",
					"ensemble.demo-on-first-start=" + demo, "ensemble.page-cache=16m")
			.run();
		this.running.add(context);
		return context;
	}

	/** The packaged entry point in a JVM of its own, on the same folder and the test's class path. */
	private Process startSecondProcess() throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				EnsembleApplication.class.getName(), "--ensemble.data-dir=" + this.dataDir, "--ensemble.bolt-port=0",
				"--server.port=0", "--ensemble.api-key=restart-test-key", "--ensemble.demo-on-first-start=false",
				"--ensemble.page-cache=16m")
			.redirectErrorStream(true)
			.redirectOutput(this.processOutput.toFile())
			.start();
	}

	/** Waits for the process to end; one still running after two minutes took the folder, and is stopped. */
	private String outputOf(Process process) throws Exception {
		boolean ended = process.waitFor(2, TimeUnit.MINUTES);
		if (!ended) {
			process.destroyForcibly().waitFor();
		}
		String output = Files.readString(this.processOutput, StandardCharsets.UTF_8);
		assertThat(ended).as("the second process ended by itself; its output:%n%s", output).isTrue();
		return output;
	}

	private String folder() {
		return this.dataDir.toAbsolutePath().normalize().toString();
	}

	private static List<String> works(ConfigurableApplicationContext context) {
		try (Session session = context.getBean(Driver.class).session()) {
			return session.run("MATCH (w:Work) RETURN w.id AS id").list((r) -> r.get("id").asString());
		}
	}

	private static WorkInput theCall() {
		return new WorkInput("netflix:the-call", "The Call", null, "movie", LocalDate.of(2020, 11, 27), null, List.of(),
				List.of(new CreditInput(person("lee-chung-hyun", "Lee Chung-hyun"), Role.DIRECTOR, List.of(), null, null),
						new CreditInput(person("jeon-jong-seo", "Jeon Jong-seo"), Role.ACTOR, List.of(), null, null)));
	}

	private static PersonInput person(String id, String name) {
		return new PersonInput(id, name, List.of(), null, null, null, null);
	}

	private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
