package org.ensemble.hardening;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * A plain HTTP/1.1 client of the service on 127.0.0.1, as an outside caller sees it. Every request
 * carries a timeout, so a hung request fails the test instead of hanging it. Requests no client would
 * send as written (a path with {@code ..}, a broken request line, a body sent whole before reading) go
 * over a plain socket.
 */
final class Loopback {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	private final String base;

	private final String apiKey;

	Loopback(int port, String apiKey) {
		this.port = port;
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

	/** A PUT whose body comes from the publisher: with a length it is sent with Content-Length, else chunked. */
	Answer put(String path, HttpRequest.BodyPublisher body, Duration timeout) throws IOException, InterruptedException {
		return send(request(path, timeout).header("X-Api-Key", this.apiKey)
			.header("Content-Type", "application/json")
			.PUT(body), "PUT", path);
	}

	/**
	 * Sends the request head exactly as written over a plain socket (no client normalises its path or
	 * checks its syntax), with {@code Connection: close}, and reads the answer to the end.
	 */
	Answer raw(String requestLine, Duration timeout) throws IOException {
		return raw(requestLine, "", null, -1, timeout);
	}

	/**
	 * Sends a PUT with the key and the whole body, with Content-Length when {@code length} is not
	 * negative and chunked otherwise, before reading a byte of the answer, as the simplest clients do:
	 * a server that stops reading early makes such a client fail on a reset instead of reading its
	 * answer.
	 */
	Answer rawPut(String path, InputStream body, long length, Duration timeout) throws IOException {
		String headers = "X-Api-Key: " + this.apiKey + "\r\nContent-Type: application/json\r\n"
				+ ((length >= 0) ? "Content-Length: " + length : "Transfer-Encoding: chunked") + "\r\n";
		return raw("PUT " + path + " HTTP/1.1", headers, body, length, timeout);
	}

	private Answer raw(String requestLine, String headers, InputStream body, long length, Duration timeout)
			throws IOException {
		long start = System.nanoTime();
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5000);
			socket.setSoTimeout((int) timeout.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: 127.0.0.1:" + this.port + "\r\nConnection: close\r\n" + headers + "\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				byte[] buffer = new byte[64 * 1024];
				for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
					if (length < 0) {
						out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
					}
					out.write(buffer, 0, n);
					if (length < 0) {
						out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
					}
				}
				if (length < 0) {
					out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
				}
			}
			out.flush();
			byte[] answer = socket.getInputStream().readAllBytes();
			long end = System.nanoTime();
			return parse(requestLine, answer, end - start, end);
		}
	}

	private static Answer parse(String requestLine, byte[] answer, long nanos, long end) throws IOException {
		String text = new String(answer, StandardCharsets.ISO_8859_1);
		int headEnd = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
			throw new IOException("Not an HTTP/1.1 answer to " + requestLine + ": " + text);
		}
		String[] head = text.substring(0, headEnd).split("\r\n");
		int status = Integer.parseInt(head[0].substring(9, 12));
		String contentType = "";
		boolean chunked = false;
		for (int i = 1; i < head.length; i++) {
			String name = head[i].substring(0, head[i].indexOf(':')).trim().toLowerCase(Locale.ROOT);
			String value = head[i].substring(head[i].indexOf(':') + 1).trim();
			if (name.equals("content-type")) {
				contentType = value;
			}
			else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
				chunked = true;
			}
		}
		byte[] body = Arrays.copyOfRange(answer, headEnd + 4, answer.length);
		if (chunked) {
			body = dechunk(body);
		}
		String[] words = requestLine.split(" ");
		return new Answer(words[0], (words.length > 1) ? words[1] : "", status, contentType,
				new String(body, StandardCharsets.UTF_8), nanos, end);
	}

	private static byte[] dechunk(byte[] chunked) throws IOException {
		InputStream in = new ByteArrayInputStream(chunked);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		while (true) {
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new IOException("Chunked body ends early");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			int size = Integer.parseInt(line.toString().split(";")[0].trim(), 16);
			if (size == 0) {
				return out.toByteArray();
			}
			out.write(in.readNBytes(size));
			in.skipNBytes(2);
		}
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
