package org.ensemble.hardening;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that Tomcat raises itself, before any filter or controller runs, reach the client as RFC 9457
 * problems like every other error, over a real server on loopback (MockMvc never sees them): a path
 * with {@code ..} above the root, a {@code %00} or an encoded {@code ..}, and a malformed request line
 * answer 400 with a problem body, not Tomcat's HTML page. A body eight times over the limit answers 413
 * with a problem body, with Content-Length and chunked alike, and the client receives it: both one that
 * reads while it sends (the JDK's HttpClient) and one that sends the whole body before reading a byte
 * (without {@code server.tomcat.max-swallow-size=-1} the latter fails on a broken pipe). The service
 * answers as before after each of them.
 */
class ContainerErrorsTests extends LoopbackServerSupport {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Eight times the default limit of 8 MiB. */
	private static final long HUGE = 64L * 1024 * 1024;

	@AfterEach
	void serviceStillAnswers() throws Exception {
		Loopback.Answer health = http().get("/actuator/health", TIMEOUT);
		assertThat(health.status()).as(health.toString()).isEqualTo(200);
		Loopback.Answer unknown = http().get("/api/works/no-such-work", TIMEOUT);
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
		assertThat(unknown.isProblem()).as(unknown.toString()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "GET /api/../../etc/passwd HTTP/1.1", "GET /api/works/a%00b HTTP/1.1",
			"GET /%2e%2e/%2e%2e/x HTTP/1.1", "GET /api/works/a{b HTTP/1.1", "GET /api/stats HTTP/1.1 trailing" })
	void aPathOrRequestLineTomcatRefusesIsA400Problem(String requestLine) throws Exception {
		assertProblem(http().raw(requestLine, TIMEOUT), 400);
	}

	@Test
	void aHugeBodyWithContentLengthIsA413ProblemTheStreamingClientReceives() throws Exception {
		Loopback.Answer answer = timed("HttpClient, Content-Length", () -> http().put("/api/works/x",
				HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> jsonOf(HUGE)), HUGE),
				TIMEOUT));
		assertProblem(answer, 413);
	}

	@Test
	void aHugeChunkedBodyIsA413ProblemTheStreamingClientReceives() throws Exception {
		Loopback.Answer answer = timed("HttpClient, chunked",
				() -> http().put("/api/works/x", HttpRequest.BodyPublishers.ofInputStream(() -> jsonOf(HUGE)), TIMEOUT));
		assertProblem(answer, 413);
	}

	@Test
	@Timeout(60)
	void aHugeBodyWithContentLengthIsA413ProblemEvenForAClientThatSendsItAllBeforeReading() throws Exception {
		Loopback.Answer answer = timed("send all, then read, Content-Length",
				() -> http().rawPut("/api/works/x", jsonOf(HUGE), HUGE, TIMEOUT));
		assertProblem(answer, 413);
	}

	@Test
	@Timeout(60)
	void aHugeChunkedBodyIsA413ProblemEvenForAClientThatSendsItAllBeforeReading() throws Exception {
		Loopback.Answer answer = timed("send all, then read, chunked",
				() -> http().rawPut("/api/works/x", jsonOf(HUGE), -1, TIMEOUT));
		assertProblem(answer, 413);
	}

	private static Loopback.Answer timed(String how, Callable<Loopback.Answer> send) throws Exception {
		long start = System.nanoTime();
		Loopback.Answer answer = send.call();
		System.out.printf("A %d MiB body (%s): %d after %d ms%n", HUGE >> 20, how, answer.status(),
				(System.nanoTime() - start) / 1_000_000);
		return answer;
	}

	private static void assertProblem(Loopback.Answer answer, int status) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.isProblem()).as(answer.toString()).isTrue();
		assertThat(answer.body()).as(answer.toString())
			.doesNotContainIgnoringCase("<html")
			.doesNotContainIgnoringCase("<!doctype");
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.path("status").asInt()).as(answer.toString()).isEqualTo(status);
		assertThat(problem.path("title").asString("")).as(answer.toString()).isNotBlank();
	}

	/**
	 * A work whose title alone makes the body {@code size} bytes long: well-formed as far as it goes, so
	 * that a reader stops at the limit, not at a syntax error.
	 */
	private static InputStream jsonOf(long size) {
		byte[] head = "{\"title\": \"".getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "\", \"credits\": []}".getBytes(StandardCharsets.US_ASCII);
		long titleEnd = size - tail.length;
		return new InputStream() {

			private long position;

			@Override
			public int read() {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : one[0];
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.position >= size) {
					return -1;
				}
				int n = (int) Math.min(length, size - this.position);
				for (int i = 0; i < n; i++) {
					long at = this.position + i;
					buffer[offset + i] = (at < head.length) ? head[(int) at]
							: (at < titleEnd) ? (byte) 'x' : tail[(int) (at - titleEnd)];
				}
				this.position += n;
				return n;
			}
		};
	}

}
