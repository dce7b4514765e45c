package org.ensemble.ingest.parse;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a file through once before any of it is imported, so that a file broken somewhere down its
 * length is refused whole, naming the line where it breaks, instead of being imported up to the
 * break: a gzip stream that is truncated or corrupt, bytes that are not UTF-8 text and, in a CSV
 * file, a quote that is never closed (the rest of the file would be one field). An interrupted
 * download fixed and imported again then meets a graph the broken copy never touched.
 *
 * <p>
 * Streams and keeps nothing, so memory stays flat; the price is reading each file twice, which is
 * cheap next to writing it to the graph. Rows that are merely malformed pass: they are skipped and
 * reported by the import itself.
 */
final class WholeFileCheck {

	private WholeFileCheck() {
	}

	/** A line-based file: TSV or JSON Lines. */
	static void lines(Path path) {
		InputFile input = InputFile.open(path);
		try {
			char[] buffer = new char[8192];
			while (input.reader().read(buffer) >= 0) {
				// Reading is the check.
			}
		}
		catch (IOException ex) {
			throw input.refused(ex);
		}
		finally {
			input.closeQuietly();
		}
	}

	static void csv(Path path) {
		InputFile input = InputFile.open(path);
		try {
			CsvRecordReader records = new CsvRecordReader(input.reader(), CsvRecordReader.MAX_RECORD);
			while (records.next() != null) {
				// Reading is the check; bad records are the import's to report.
			}
			if (records.unclosedQuote() != null) {
				throw new ImportFileException(path + ":" + records.unclosedQuoteLine() + ": " + records.unclosedQuote());
			}
		}
		catch (IOException ex) {
			throw input.refused(ex);
		}
		finally {
			input.closeQuietly();
		}
	}

}
