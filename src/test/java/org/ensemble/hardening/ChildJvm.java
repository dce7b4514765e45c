package org.ensemble.hardening;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A main class of the test's class path in a JVM of its own (the JDK that runs the test), its output
 * in a file that the test reads to learn what it did, so that the test can kill it as an operator's
 * machine would: SIGKILL ({@link #kill()}) or SIGTERM ({@link #terminate()}).
 */
final class ChildJvm implements AutoCloseable {

	private final String name;

	private final Process process;

	private final Path output;

	private final long startedAt = System.nanoTime();

	private ChildJvm(String name, Process process, Path output) {
		this.name = name;
		this.process = process;
		this.output = output;
	}

	/**
	 * @param scratch the folder for the output ({@code <name>.log}) and the process's temporary files:
	 * a killed process cannot remove them, and they must not pile up in the shared /tmp
	 */
	static ChildJvm start(String name, Class<?> mainClass, List<String> arguments, String maxHeap,
			Map<String, String> environment, Path scratch) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path output = scratch.resolve(name + ".log");
		Path tmp = Files.createDirectories(scratch.resolve("tmp"));
		// --add-opens as the jar's manifest has it: an import into a new database runs Neo4j's bulk importer.
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "--enable-native-access=ALL-UNNAMED",
				"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Djava.io.tmpdir=" + tmp, "-cp", classPath(), mainClass.getName()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().putAll(environment);
		return new ChildJvm(name, builder.start(), output);
	}

	/**
	 * The test's class path without empty entries: Surefire's ends with a separator, which a JVM reads
	 * as the working directory, and there the project's own {@code cypher/} folder would be found beside
	 * the copy in {@code target/classes} (two migrations of each version).
	 */
	private static String classPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.isEmpty())
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** The first match of the pattern in the output, waiting for it while the process lives. */
	Matcher awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Matcher matcher = pattern.matcher(output());
			if (matcher.find()) {
				return matcher;
			}
			ensureAlive();
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No line matching '" + pattern + "' in the " + this.name + "'s output within "
						+ timeout + "; the output:\n" + output());
			}
			Thread.sleep(100);
		}
	}

	void ensureAlive() {
		if (!this.process.isAlive()) {
			throw new AssertionError("The " + this.name + " ended (exit " + this.process.exitValue() + "); its output:\n"
					+ output());
		}
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** Seconds since the process was started. */
	double uptimeSeconds() {
		return (System.nanoTime() - this.startedAt) / 1e9;
	}

	long startedAt() {
		return this.startedAt;
	}

	/** SIGKILL: no shutdown hook runs, nothing is flushed; as a power cut is to the database's files. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
			throw new AssertionError("The " + this.name + " survived SIGKILL for a minute");
		}
	}

	/** SIGTERM, as {@code docker stop} or systemd send it; the process shuts down by itself from there. */
	void terminate() {
		this.process.destroy();
	}

	/** Waits for the process to end; returns its exit code, or fails after the timeout. */
	int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("The " + this.name + " did not stop within " + timeout + "; its output:\n" + output());
		}
		return this.process.exitValue();
	}

	/**
	 * What every thread of the process is doing, from {@code jcmd} beside the JDK that runs it: for a
	 * failure in which it stopped answering, the only way to see where it waited.
	 */
	String threadDump() {
		Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
		try {
			Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(this.process.pid()), "Thread.print")
				.redirectErrorStream(true)
				.start();
			String threads = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			dump.waitFor(30, TimeUnit.SECONDS);
			return threads;
		}
		catch (IOException ex) {
			return "(no thread dump: " + ex.getMessage() + ")";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "(no thread dump: interrupted)";
		}
	}

	String output() {
		try {
			return Files.readString(this.output, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whatever happened, the process is gone afterwards. */
	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			this.process.waitFor(1, TimeUnit.MINUTES);
		}
	}

}
