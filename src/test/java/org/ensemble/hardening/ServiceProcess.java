package org.ensemble.hardening;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import org.ensemble.EnsembleApplication;

/**
 * The real service in a JVM of its own, started the way an operator starts it (environment variables
 * only) on the test's class path, so that the test can kill it as an operator's machine would: SIGKILL
 * ({@link #kill()}) or SIGTERM ({@link #terminate()}). Its output goes to a file, which is also how the
 * test learns its ports: HTTP and Bolt both listen on ports the service picked itself, so that a port
 * taken by someone else's build on the shared machine cannot fail the test.
 */
final class ServiceProcess implements AutoCloseable {

	static final String API_KEY = "hardening-key";

	/** Generous: a first start creates the store and applies the migrations, on a machine shared with other builds. */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern BOLT_PORT = Pattern.compile("Bolt on bolt://127\\.0\\.0\\.1:(\\d+)");

	private final Process process;

	private final Path output;

	private final long startedAt = System.nanoTime();

	private URI base;

	private ServiceProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/**
	 * Starts {@code serve} on the data folder and waits until {@code /actuator/health} is UP.
	 * @param scratch the test's folder for the output ({@code service.log}) and the process's temporary
	 * files: a killed service cannot remove its uploads, and they must not pile up in the shared /tmp
	 */
	static ServiceProcess serve(Path dataDir, Path scratch) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path output = scratch.resolve("service.log");
		Path tmp = Files.createDirectories(scratch.resolve("tmp"));
		List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
				"-Djava.io.tmpdir=" + tmp, "-cp", classPath(), EnsembleApplication.class.getName()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment()
			.putAll(Map.of("ENSEMBLE_DATA_DIR", dataDir.toString(), "ENSEMBLE_BOLT_PORT", "0", "ENSEMBLE_API_KEY", API_KEY,
					"ENSEMBLE_DEMO_ON_FIRST_START", "false", "PORT", "0", "ENSEMBLE_PAGE_CACHE", "256m"));
		ServiceProcess service = new ServiceProcess(builder.start(), output);
		try {
			service.awaitHealthy();
		}
		catch (IOException | InterruptedException | RuntimeException | AssertionError ex) {
			service.close();
			throw ex;
		}
		return service;
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

	private void awaitHealthy() throws IOException, InterruptedException {
		int port = Integer.parseInt(awaitLine(HTTP_PORT, START_TIMEOUT).group(1));
		this.base = URI.create("http://127.0.0.1:" + port);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		HttpRequest health = HttpRequest.newBuilder(this.base.resolve("/actuator/health")).timeout(Duration.ofSeconds(30)).build();
		long deadline = this.startedAt + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			ensureAlive();
			try {
				HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The service was not healthy within " + START_TIMEOUT + "; its output:\n" + output());
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
				throw new AssertionError("No line matching '" + pattern + "' within " + timeout + "; the output:\n" + output());
			}
			Thread.sleep(100);
		}
	}

	private void ensureAlive() {
		if (!this.process.isAlive()) {
			throw new AssertionError("The service ended (exit " + this.process.exitValue() + "); its output:\n" + output());
		}
	}

	URI uri(String path) {
		return this.base.resolve(path);
	}

	int httpPort() {
		return this.base.getPort();
	}

	int boltPort() throws InterruptedException {
		return Integer.parseInt(awaitLine(BOLT_PORT, Duration.ofSeconds(1)).group(1));
	}

	/** Seconds since the process was started. */
	double uptimeSeconds() {
		return (System.nanoTime() - this.startedAt) / 1e9;
	}

	/** SIGKILL: no shutdown hook runs, nothing is flushed; as a power cut is to the database's files. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
			throw new AssertionError("The service survived SIGKILL for a minute");
		}
	}

	/** SIGTERM, as {@code docker stop} or systemd send it; the service shuts down by itself from there. */
	void terminate() {
		this.process.destroy();
	}

	/** Waits for the process to end; returns its exit code, or fails after the timeout. */
	int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("The service did not stop within " + timeout + "; its output:\n" + output());
		}
		return this.process.exitValue();
	}

	/**
	 * What every thread of the service is doing, from {@code jcmd} beside the JDK that runs it: for a
	 * failure in which the service stopped answering, the only way to see where it waited.
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
