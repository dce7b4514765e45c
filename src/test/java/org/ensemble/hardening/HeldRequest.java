package org.ensemble.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A {@code PUT} sent in two steps over a plain socket: the headers with {@code Expect: 100-continue}
 * first, then the body when the test says so. The service's "100 Continue" proves it has taken the
 * request in, so a test can stop the service knowing the request is in flight there, not queued in a
 * client or a socket buffer.
 */
final class HeldRequest implements AutoCloseable {

	private final Socket socket;

	private final byte[] body;

	private HeldRequest(Socket socket, byte[] body) {
		this.socket = socket;
		this.body = body;
	}

	/** Sends the headers and returns once the service has answered "100 Continue". */
	static HeldRequest open(int port, String path, String json, Duration timeout) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		Socket socket = new Socket("127.0.0.1", port);
		try {
			socket.setSoTimeout((int) timeout.toMillis());
			String headers = "PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Api-Key: " + ServiceProcess.API_KEY
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
					+ "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
			socket.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			String interim = readHead(socket.getInputStream());
			if (!interim.startsWith("HTTP/1.1 100")) {
				throw new IOException("Expected 100 Continue, got: " + interim);
			}
			return new HeldRequest(socket, body);
		}
		catch (IOException | RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	/** Sends the body and returns the final status; a reset connection throws. */
	int complete() throws IOException {
		this.socket.getOutputStream().write(this.body);
		this.socket.getOutputStream().flush();
		String head = readHead(this.socket.getInputStream());
		if (!head.startsWith("HTTP/1.1 ")) {
			throw new IOException("No HTTP answer, got: '" + head + "'");
		}
		return Integer.parseInt(head.substring(9, 12));
	}

	/** The status line and headers, up to the blank line. */
	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return head.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
