package org.ensemble.ingest.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.ensemble.ingest.parse.LineReader.Line;

/**
 * Reads a JSON Lines file, one work per line in the shape of a {@code PUT /api/works/{id}} body
 * plus its {@code id}. Per line: its people (each followed by their aliases when given), the work,
 * its companies, then its complete credit list. A bad line is reported and the next one read.
 */
public final class JsonLinesParser implements ImportParser {

	private final Path file;

	/** @param file the {@code .jsonl} file, plain or gzip */
	public JsonLinesParser(Path file) {
		this.file = file;
	}

	@Override
	public void checkFiles() {
		InputFile.openAndClose(() -> InputFile.open(this.file));
	}

	/**
	 * Pushes every valid line's work to the sink.
	 * @throws ImportFileException when the file cannot be opened or is broken (see
	 * {@link WholeFileCheck}), before anything reaches the sink
	 */
	@Override
	public void parse(ImportSink sink) {
		WholeFileCheck.lines(this.file);
		try (InputFile input = InputFile.open(this.file)) {
			input.eachLine(LineReader.MAX_LINE, sink, (line) -> read(line, input.name(), sink));
		}
		catch (IOException ex) {
			// Only close() can get here, after everything was read.
			throw new UncheckedIOException(ex);
		}
	}

	private static void read(Line line, String file, ImportSink sink) {
		if (line.tooLong()) {
			sink.skipped(file, line.number(), "line too long (over " + LineReader.MAX_LINE + " characters)");
			return;
		}
		if (line.text().isBlank()) {
			return;
		}
		JsonLine row;
		try {
			row = JsonLine.read(Json.parse(line.text(), "the line"));
		}
		catch (BadRowException ex) {
			sink.skipped(file, line.number(), ex.getMessage());
			return;
		}
		for (PersonRow person : row.people()) {
			sink.person(person);
			if (row.aliases().containsKey(person.id())) {
				sink.aliases(person.id(), row.aliases().get(person.id()));
			}
		}
		String workId = row.work().id();
		sink.position(file, line.number());
		sink.work(row.work());
		sink.companies(workId, row.companies());
		sink.credits(workId, row.credits());
	}

}
