package org.ensemble.ingest.parse;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 CSV reader that streams record by record. Quoted fields may hold commas, doubled
 * quotes, LFs and CRs; records end at LF or CRLF outside quotes. Blank lines between records are
 * ignored. Lenient where the RFC is silent: a quote inside an unquoted field is text.
 * A record longer than the limit is consumed but not kept, so memory stays bounded whatever the
 * file holds (for example an unterminated quote that swallows the rest of the file).
 */
final class CsvRecordReader {

	/** TMDB's longest record is about 67,000 characters; this leaves room and still bounds memory. */
	static final int MAX_RECORD = 8_000_000;

	private enum State {

		FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED

	}

	private final Reader in;

	private final int maxRecord;

	private final char[] buffer = new char[8192];

	private final StringBuilder field = new StringBuilder();

	private int position;

	private int limit;

	/** Physical line the reader is on, 1-based. */
	private long line = 1;

	/** Where the quoted field being read was opened: its line, and its column (counted even in a record not kept). */
	private long quoteLine;

	private int quoteColumn;

	private int column;

	/** Set when the input ended inside a quoted field: the rest of the file was one field. */
	private String unclosedQuote;

	private long unclosedQuoteLine;

	/** The line the last record read ends on. */
	private long lastLine;

	/** Whether the last character read was an LF: then the input's last line is the one before. */
	private boolean endsWithNewline;

	CsvRecordReader(Reader in, int maxRecord) {
		this.in = in;
		this.maxRecord = maxRecord;
	}

	/** The next record, or {@code null} at the end of the input. */
	CsvRecord next() throws IOException {
		List<String> fields = new ArrayList<>();
		this.field.setLength(0);
		State state = State.FIELD_START;
		long start = this.line;
		long kept = 0;
		String problem = null;
		this.column = 1;
		while (true) {
			if (this.position >= this.limit) {
				this.limit = Math.max(this.in.read(this.buffer), 0);
				this.position = 0;
				if (this.limit == 0) {
					break;
				}
			}
			char c = this.buffer[this.position++];
			this.endsWithNewline = (c == '\n');
			if (c == '\n') {
				this.line++;
			}
			if (++kept > this.maxRecord && problem == null) {
				problem = "record longer than " + this.maxRecord + " characters";
				fields.clear();
				this.field.setLength(0);
			}
			switch (state) {
				case FIELD_START -> {
					if (c == '"') {
						state = State.QUOTED;
						this.quoteLine = this.line;
						this.quoteColumn = this.column;
					}
					else if (c == ',') {
						fields.add("");
						this.column++;
					}
					else if (c == '\n') {
						if (kept == 1) {
							// A blank line: not a record.
							start = this.line;
							kept = 0;
							continue;
						}
						fields.add("");
						return record(start, this.line - 1, fields, problem);
					}
					else {
						append(c, problem);
						state = State.UNQUOTED;
					}
				}
				case UNQUOTED -> {
					if (c == ',') {
						endField(fields, problem);
						state = State.FIELD_START;
					}
					else if (c == '\n') {
						if (kept == 2 && fields.isEmpty() && this.field.length() == 1 && this.field.charAt(0) == '\r') {
							// A blank line ending in CRLF: not a record.
							this.field.setLength(0);
							state = State.FIELD_START;
							start = this.line;
							kept = 0;
							continue;
						}
						dropTrailingCarriageReturn();
						endField(fields, problem);
						return record(start, this.line - 1, fields, problem);
					}
					else {
						append(c, problem);
					}
				}
				case QUOTED -> {
					if (c == '"') {
						state = State.QUOTE_IN_QUOTED;
					}
					else {
						append(c, problem);
					}
				}
				case QUOTE_IN_QUOTED -> {
					if (c == '"') {
						append('"', problem);
						state = State.QUOTED;
					}
					else if (c == ',') {
						endField(fields, problem);
						state = State.FIELD_START;
					}
					else if (c == '\n') {
						endField(fields, problem);
						return record(start, this.line - 1, fields, problem);
					}
					else if (c != '\r') {
						// "ab"c: keep reading to the record's end, but do not trust the record.
						if (problem == null) {
							problem = "unexpected character after the closing quote of column " + (fields.size() + 1);
						}
						state = State.UNQUOTED;
					}
				}
			}
		}
		// End of input.
		if (kept == 0 || (state == State.UNQUOTED && kept == 1 && this.field.toString().equals("\r"))) {
			return null;
		}
		if (state == State.QUOTED) {
			// Said even when the record also grew too long: the missing quote is the cause.
			this.unclosedQuoteLine = this.quoteLine;
			this.unclosedQuote = "the quoted field in column " + this.quoteColumn + ", opened on line " + this.quoteLine
					+ ", is never closed: the rest of the file, to line " + lastLineOfInput() + ", would be that one field";
			problem = this.unclosedQuote;
		}
		if (state == State.UNQUOTED) {
			dropTrailingCarriageReturn();
		}
		endField(fields, problem);
		return record(start, lastLineOfInput(), fields, problem);
	}

	private long lastLineOfInput() {
		return this.endsWithNewline ? this.line - 1 : this.line;
	}

	private CsvRecord record(long start, long end, List<String> fields, String problem) {
		this.lastLine = end;
		return new CsvRecord(start, fields, problem);
	}

	/**
	 * The line the record last read ends on: a bad record spanning more lines than it should is
	 * how an unbalanced quote shows, and the lines it took are not imported.
	 */
	long lastLine() {
		return this.lastLine;
	}

	/** The physical line the reader is on: where a failure happened. */
	long position() {
		return this.line;
	}

	/** Why the input ended inside a quoted field, or {@code null} when it did not. */
	String unclosedQuote() {
		return this.unclosedQuote;
	}

	/** The line where the quoted field that is never closed was opened. */
	long unclosedQuoteLine() {
		return this.unclosedQuoteLine;
	}

	private void append(char c, String problem) {
		if (problem == null) {
			this.field.append(c);
		}
	}

	private void endField(List<String> fields, String problem) {
		this.column++;
		if (problem == null) {
			fields.add(this.field.toString());
		}
		this.field.setLength(0);
	}

	private void dropTrailingCarriageReturn() {
		int end = this.field.length();
		if (end > 0 && this.field.charAt(end - 1) == '\r') {
			this.field.setLength(end - 1);
		}
	}

	/**
	 * @param line the physical line the record starts on
	 * @param fields the fields, unquoted; incomplete when there is a problem
	 * @param problem why the record cannot be trusted, or {@code null}
	 */
	record CsvRecord(long line, List<String> fields, String problem) {
	}

}
