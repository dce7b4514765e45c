package org.ensemble.ingest.parse;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ensemble.ingest.parse.LineReader.Line;

/**
 * An IMDb-style TSV file with a header: fields split on tabs only (quotes are text, there is no
 * escaping), {@code \N} for null. Opened and checked (its header, then the whole file: see
 * {@link WholeFileCheck}) before anything of it reaches a sink; hands out well-formed rows and
 * reports the others to the sink itself.
 */
final class TsvTable implements Closeable {

	private static final String NULL = "\\N";

	private final InputFile input;

	private final LineReader lines;

	private final Header header;

	private boolean done;

	private boolean brokeOff;

	private TsvTable(InputFile input, LineReader lines, Header header) {
		this.input = input;
		this.lines = lines;
		this.header = header;
	}

	static TsvTable open(Path path, List<String> required) {
		InputFile input = InputFile.open(path);
		try {
			LineReader lines = new LineReader(input.reader(), LineReader.MAX_LINE);
			Line first = lines.next();
			if (first == null) {
				throw new ImportFileException(path + ": is empty; expected a header with the columns "
						+ String.join("\t", required));
			}
			if (first.tooLong()) {
				throw new ImportFileException(path + ": wrong header: the first line is too long to be one");
			}
			Header header = Header.check(path, split(first.text()), required);
			WholeFileCheck.lines(path);
			return new TsvTable(input, lines, header);
		}
		catch (IOException ex) {
			input.closeQuietly();
			throw input.refused(ex);
		}
		catch (RuntimeException ex) {
			input.closeQuietly();
			throw ex;
		}
	}

	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		int start = 0;
		for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
			fields.add(line.substring(start, tab));
			start = tab + 1;
		}
		fields.add(line.substring(start));
		return fields;
	}

	String name() {
		return this.input.name();
	}

	int column(String name) {
		return this.header.column(name);
	}

	/**
	 * The next row with the header's number of columns, or {@code null} at the end of the file, or
	 * where it broke off (which is reported). Empty lines are ignored.
	 */
	Row next(ImportSink sink) {
		while (!this.done) {
			Line line;
			try {
				line = this.lines.next();
			}
			catch (IOException ex) {
				sink.skipped(name(), this.lines.position(), this.input.describe(ex));
				this.brokeOff = true;
				line = null;
			}
			if (line == null) {
				this.done = true;
				this.input.finished(sink);
				return null;
			}
			this.input.progress(sink);
			if (line.tooLong()) {
				sink.skipped(name(), line.number(), "line too long (over " + LineReader.MAX_LINE + " characters)");
				continue;
			}
			if (line.text().isEmpty()) {
				continue;
			}
			List<String> fields = split(line.text());
			if (fields.size() != this.header.width()) {
				sink.skipped(name(), line.number(), "expected " + this.header.width() + " tab-separated columns, found "
						+ fields.size());
				continue;
			}
			return new Row(line.number(), fields);
		}
		return null;
	}

	/** The line being read: after a break-off, the line where it happened. */
	long position() {
		return this.lines.position();
	}

	/** Whether reading stopped at a corrupt or unreadable part rather than at the end. */
	boolean brokeOff() {
		return this.brokeOff;
	}

	@Override
	public void close() throws IOException {
		this.input.close();
	}

	/**
	 * @param line the physical line number
	 * @param fields the raw fields, {@code \N} included
	 */
	record Row(long line, List<String> fields) {

		/** The field, or {@code null} where IMDb writes {@code \N}. */
		String value(int column) {
			String value = this.fields.get(column);
			return NULL.equals(value) ? null : value;
		}

	}

}
