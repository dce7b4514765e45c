package org.ensemble.ingest.parse;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.ensemble.ingest.parse.CsvRecordReader.CsvRecord;

/**
 * A CSV file with a header, opened and checked (its header, then the whole file: see
 * {@link WholeFileCheck}) before anything of it reaches a sink. Hands out the
 * well-formed records; reports the others (and a file that breaks off) to the sink itself.
 */
final class CsvTable implements Closeable {

	private final InputFile input;

	private final CsvRecordReader records;

	private final Header header;

	private boolean done;

	private CsvTable(InputFile input, CsvRecordReader records, Header header) {
		this.input = input;
		this.records = records;
		this.header = header;
	}

	static CsvTable open(Path path, List<String> required) {
		InputFile input = InputFile.open(path);
		try {
			CsvRecordReader records = new CsvRecordReader(input.reader(), CsvRecordReader.MAX_RECORD);
			CsvRecord first = records.next();
			if (first == null) {
				throw new ImportFileException(path + ": is empty; expected a header with the columns "
						+ String.join(", ", required));
			}
			if (first.problem() != null) {
				throw new ImportFileException(path + ": wrong header: " + first.problem());
			}
			Header header = Header.check(path, first.fields(), required);
			WholeFileCheck.csv(path);
			return new CsvTable(input, records, header);
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

	String name() {
		return this.input.name();
	}

	int column(String name) {
		return this.header.column(name);
	}

	/**
	 * The next record with the header's number of columns, or {@code null} at the end of the
	 * file, or where it broke off (which is reported).
	 */
	CsvRecord next(ImportSink sink) {
		while (!this.done) {
			CsvRecord record;
			try {
				record = this.records.next();
			}
			catch (IOException ex) {
				sink.skipped(name(), this.records.position(), this.input.describe(ex));
				record = null;
			}
			if (record == null) {
				this.done = true;
				this.input.finished(sink);
				return null;
			}
			this.input.progress(sink);
			if (record.problem() != null) {
				sink.skipped(name(), record.line(), record.problem() + span(record));
			}
			else if (record.fields().size() != this.header.width()) {
				sink.skipped(name(), record.line(), "expected " + this.header.width() + " columns, found "
						+ record.fields().size() + span(record));
			}
			else {
				return record;
			}
		}
		return null;
	}

	/** Names the lines a bad record took when they are several: all of them are left out. */
	private String span(CsvRecord record) {
		long last = this.records.lastLine();
		return (last > record.line()) ? " (the record runs to line " + last + ")" : "";
	}

	@Override
	public void close() throws IOException {
		this.input.close();
	}

}
