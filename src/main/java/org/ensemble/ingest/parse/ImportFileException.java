package org.ensemble.ingest.parse;

/**
 * A file that cannot be imported at all: missing, unreadable, empty, with a header that is not the
 * one expected, or broken further down (a truncated gzip, bytes that are not UTF-8 text, a CSV
 * quote never closed), then as {@code path:line: reason}. Parsers open and check every file first,
 * so this comes before anything of that file reaches the sink. Malformed rows are never reported
 * this way: they go to {@link ImportSink#skipped}.
 */
public final class ImportFileException extends RuntimeException {

	public ImportFileException(String message) {
		super(message);
	}

	public ImportFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
