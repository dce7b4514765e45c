package org.ensemble.ingest.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes on the bytes of an import file only while they are UTF-8 text: a NUL byte, a byte that
 * cannot start or continue a character, or a file that ends inside a character fails the read with
 * the line and byte where it happened. Without this, the decoder would quietly turn a binary file,
 * or one saved in another encoding, into names full of U+FFFD. Also counts lines, so that a failure
 * further down (a gzip stream that breaks off) can say how far the text went.
 */
final class TextBytes extends FilterInputStream {

	private long bytes;

	private long newlines;

	/** Continuation bytes the current character still needs. */
	private int needed;

	/** Bounds of the next continuation byte; narrower than 80..BF right after some lead bytes. */
	private int lower = 0x80;

	private int upper = 0xBF;

	/** The first byte of the character being read, and where it is: what a report should point at. */
	private int lead;

	private long leadOffset;

	TextBytes(InputStream in) {
		super(in);
	}

	/** The line the next byte belongs to, 1-based: where a failure happened. */
	long line() {
		return this.newlines + 1;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n < 0) {
			if (this.needed > 0) {
				throw new NotTextException("not UTF-8 text: the file ends inside a character", this.leadOffset);
			}
			return n;
		}
		for (int i = off; i < off + n; i++) {
			check(b[i] & 0xFF);
			this.bytes++;
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		// Skipped bytes would go unchecked and uncounted.
		throw new IOException("skip is not supported");
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	/** RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF. */
	private void check(int b) throws NotTextException {
		if (this.needed > 0) {
			if (b < this.lower || b > this.upper) {
				throw new NotTextException("not UTF-8 text: byte 0x%02X followed by 0x%02X is not a character"
					.formatted(this.lead, b), this.leadOffset);
			}
			this.needed--;
			this.lower = 0x80;
			this.upper = 0xBF;
			return;
		}
		if (b == '\n') {
			this.newlines++;
		}
		else if (b == 0) {
			throw new NotTextException("not a text file: a NUL byte", this.bytes);
		}
		else if (b >= 0x80) {
			lead(b);
		}
	}

	private void lead(int b) throws NotTextException {
		this.lead = b;
		this.leadOffset = this.bytes;
		if (b >= 0xC2 && b <= 0xDF) {
			this.needed = 1;
		}
		else if (b >= 0xE0 && b <= 0xEF) {
			this.needed = 2;
			this.lower = (b == 0xE0) ? 0xA0 : 0x80;
			this.upper = (b == 0xED) ? 0x9F : 0xBF;
		}
		else if (b >= 0xF0 && b <= 0xF4) {
			this.needed = 3;
			this.lower = (b == 0xF0) ? 0x90 : 0x80;
			this.upper = (b == 0xF4) ? 0x8F : 0xBF;
		}
		else {
			throw new NotTextException("not UTF-8 text: byte 0x%02X cannot start a character".formatted(b), this.bytes);
		}
	}

	/** Thrown while reading bytes that are not UTF-8 text; the message says what and where. */
	static final class NotTextException extends IOException {

		NotTextException(String what, long offset) {
			super(what + " (byte " + offset + " of the text)");
		}

	}

}
