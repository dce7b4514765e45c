package org.ensemble.ingest.parse;

/** The parser of one import's files, whichever format they are in. */
public interface ImportParser {

	/**
	 * Pushes what the files hold to the sink.
	 * @throws ImportFileException when a file cannot be opened, has the wrong header or is broken, before
	 * anything reaches the sink
	 */
	void parse(ImportSink sink);

	/**
	 * Opens each file that {@link #parse} reads first, as it opens it, and closes it again: a missing or
	 * unreadable file or a wrong header is reported in milliseconds, before anything starts that an
	 * import needs (a database, for one).
	 * @throws ImportFileException naming the file and what is wrong with it
	 */
	void checkFiles();

}
