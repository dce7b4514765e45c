package org.ensemble.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain HTTP/1.1 client of the service on 127.0.0.1, as an outside caller sees it. Every request
 * carries a timeout, so a hung request fails the test instead of hanging it.
 */
final class Loopback {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final String apiKey;

	Loopback(int port, String apiKey) {
		this.base = "http://127.0.0.1:" + port;
		this.apiKey = apiKey;
	}

	/** What came back, how long it took, and when it ended ({@link System#nanoTime()}). */
	record Answer(String method, String path, int status, String contentType, String body, long nanos, long endNanos) {

		boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

		@Override
		public String toString() {
			return this.method + " " + this.path + " -> " + this.status + " " + this.contentType + " "
					+ (this.body.length() > 300 ? this.body.substring(0, 300) + "…" : this.body);
		}

	}

	Answer get(String path, Duration timeout) throws IOException, InterruptedException {
		return send(request(path, timeout).GET(), "GET", path);
	}

	Answer put(String path, String json, Duration timeout) throws IOException, InterruptedException {
		return send(request(path, timeout).header("X-Api-Key", this.apiKey)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)), "PUT", path);
	}

	Answer delete(String path, Duration timeout) throws IOException, InterruptedException {
		return send(request(path, timeout).header("X-Api-Key", this.apiKey).DELETE(), "DELETE", path);
	}

	private HttpRequest.Builder request(String path, Duration timeout) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(timeout);
	}

	private Answer send(HttpRequest.Builder request, String method, String path) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		long end = System.nanoTime();
		return new Answer(method, path, response.statusCode(),
				response.headers().firstValue("Content-Type").orElse(""), response.body(), end - start, end);
	}

}
