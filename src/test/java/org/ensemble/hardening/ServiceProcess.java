package org.ensemble.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private final ChildJvm jvm;

	private URI base;

	private ServiceProcess(ChildJvm jvm) {
		this.jvm = jvm;
	}

	/**
	 * Starts {@code serve} on the data folder with its embedded database and waits until
	 * {@code /actuator/health} is UP.
	 * @param scratch the test's folder for the output ({@code service.log}) and the process's temporary
	 * files: a killed service cannot remove its uploads, and they must not pile up in the shared /tmp
	 */
	static ServiceProcess serve(Path dataDir, Path scratch) throws IOException, InterruptedException {
		return healthy(start(Map.of("ENSEMBLE_DATA_DIR", dataDir.toString(), "ENSEMBLE_BOLT_PORT", "0"), scratch));
	}

	/** Starts {@code serve} in server mode on the Neo4j server at that URI and waits until it is healthy. */
	static ServiceProcess serveOn(String neo4jUri, String password, Path scratch) throws IOException, InterruptedException {
		return healthy(startOn(neo4jUri, password, scratch));
	}

	/**
	 * Starts {@code serve} in server mode and returns at once: for starts that must overlap, or that
	 * must fail. Its data folder (which server mode leaves empty) and output are in {@code scratch}.
	 */
	static ServiceProcess startOn(String neo4jUri, String password, Path scratch) throws IOException {
		// A request on a server that is away is retried for NEO4J_MAX_RETRY_TIME before its 503: short here.
		return start(Map.of("NEO4J_URI", neo4jUri, "NEO4J_USERNAME", Neo4jServerProcess.USERNAME, "NEO4J_PASSWORD",
				password, "NEO4J_MAX_RETRY_TIME", "3s", "ENSEMBLE_DATA_DIR", scratch.resolve("data").toString()), scratch);
	}

	private static ServiceProcess start(Map<String, String> mode, Path scratch) throws IOException {
		Map<String, String> environment = new HashMap<>(Map.of("ENSEMBLE_API_KEY", API_KEY,
				"ENSEMBLE_DEMO_ON_FIRST_START", "false", "PORT", "0", "ENSEMBLE_PAGE_CACHE", "256m"));
		environment.putAll(mode);
		return new ServiceProcess(ChildJvm.start("service", EnsembleApplication.class, List.of(), "1g", environment,
				Files.createDirectories(scratch)));
	}

	private static ServiceProcess healthy(ServiceProcess service) throws InterruptedException, IOException {
		try {
			service.awaitHealthy();
		}
		catch (IOException | InterruptedException | RuntimeException | AssertionError ex) {
			service.close();
			throw ex;
		}
		return service;
	}

	/** Waits until {@code /actuator/health} answers UP. */
	ServiceProcess awaitHealthy() throws IOException, InterruptedException {
		int port = Integer.parseInt(awaitLine(HTTP_PORT, START_TIMEOUT).group(1));
		this.base = URI.create("http://127.0.0.1:" + port);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		HttpRequest health = HttpRequest.newBuilder(this.base.resolve("/actuator/health")).timeout(Duration.ofSeconds(30)).build();
		long deadline = this.jvm.startedAt() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			this.jvm.ensureAlive();
			try {
				HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return this;
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
		return this.jvm.awaitLine(pattern, timeout);
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
		return this.jvm.uptimeSeconds();
	}

	/** SIGKILL: no shutdown hook runs, nothing is flushed; as a power cut is to the database's files. */
	void kill() throws InterruptedException {
		this.jvm.kill();
	}

	/** SIGTERM, as {@code docker stop} or systemd send it; the service shuts down by itself from there. */
	void terminate() {
		this.jvm.terminate();
	}

	/** Waits for the process to end; returns its exit code, or fails after the timeout. */
	int awaitExit(Duration timeout) throws InterruptedException {
		return this.jvm.awaitExit(timeout);
	}

	/** What every thread of the service is doing: see {@link ChildJvm#threadDump()}. */
	String threadDump() {
		return this.jvm.threadDump();
	}

	String output() {
		return this.jvm.output();
	}

	/** Whatever happened, the process is gone afterwards. */
	@Override
	public void close() throws InterruptedException {
		this.jvm.close();
	}

}
