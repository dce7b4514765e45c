package org.ensemble.ingest.parse;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than {@code maxLength} characters of one: a runaway line
 * (a file that is not what it claims, a missing newline) is consumed to its end but not kept.
 * Lines end at LF; a CR right before it (or at the end of the file) is dropped, any other CR is
 * text. Line numbers count LFs, as {@code wc -l} and {@code sed -n Np} do.
 */
final class LineReader {

	/** Longer lines than this in a TSV or JSON Lines file are reported instead of parsed. */
	static final int MAX_LINE = 1_000_000;

	private final Reader in;

	private final int maxLength;

	private final char[] buffer = new char[8192];

	private final StringBuilder line = new StringBuilder();

	private int position;

	private int limit;

	private long lines;

	LineReader(Reader in, int maxLength) {
		this.in = in;
		this.maxLength = maxLength;
	}

	/** The next line, or {@code null} at the end of the input. */
	Line next() throws IOException {
		this.line.setLength(0);
		boolean tooLong = false;
		boolean any = false;
		while (true) {
			if (this.position >= this.limit) {
				this.limit = Math.max(this.in.read(this.buffer), 0);
				this.position = 0;
				if (this.limit == 0) {
					if (!any) {
						return null;
					}
					break;
				}
			}
			any = true;
			int start = this.position;
			while (this.position < this.limit && this.buffer[this.position] != '\n') {
				this.position++;
			}
			int length = this.position - start;
			if (!tooLong && this.line.length() + length > this.maxLength + 1) {
				// One more than the limit may be a CR that is about to be dropped.
				tooLong = true;
				this.line.setLength(0);
			}
			if (!tooLong) {
				this.line.append(this.buffer, start, length);
			}
			if (this.position < this.limit) {
				this.position++;
				break;
			}
		}
		this.lines++;
		int end = this.line.length();
		if (end > 0 && this.line.charAt(end - 1) == '\r') {
			this.line.setLength(end - 1);
		}
		if (!tooLong && this.line.length() > this.maxLength) {
			tooLong = true;
		}
		return new Line(this.lines, tooLong ? "" : this.line.toString(), tooLong);
	}

	/** The line being read, i.e. the one after the last complete line: where a failure happened. */
	long position() {
		return this.lines + 1;
	}

	/**
	 * @param number 1-based physical line number
	 * @param text the line without its line end; empty when it was too long
	 * @param tooLong whether the line exceeded the limit and was skipped
	 */
	record Line(long number, String text, boolean tooLong) {
	}

}
