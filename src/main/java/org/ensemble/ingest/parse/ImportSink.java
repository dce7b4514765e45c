package org.ensemble.ingest.parse;

import java.util.List;

/**
 * Where a parser pushes what it reads, one call per row, in file order. A parser never holds a
 * whole file: the sink batches and writes.
 *
 * <p>
 * Order guarantees: {@link #credits} comes once per work, after that work's {@link #work} call.
 * TMDB and JSON Lines announce the people of a work before its credits; IMDb cannot (people are in
 * a later file), so for IMDb every {@link #credits} call comes before the {@link #person} calls
 * and the writer must create people on first sight. Wikidata reads its people in a pass of their
 * own, so every {@link #person} call comes before the first {@link #work} call.
 */
public interface ImportSink {

	void person(PersonRow person);

	/** A person with their other names, from a source that gives both at once (Wikidata). */
	default void person(PersonRow person, List<String> aliases) {
		person(person);
		aliases(person.id(), aliases);
	}

	void work(WorkRow work);

	/**
	 * The complete credit list of one work; called once per work, after that work's work(..) call
	 * (IMDb: after title.basics was read). An empty list means the work has no credits we import.
	 * The one exception: when an IMDb principals file breaks off while being read (it passed the
	 * check before the import, then changed on disk or failed to read), the works it did not reach
	 * get no call at all, rather than an empty or partial list, and a skipped(..) says so.
	 */
	void credits(String workId, List<CreditRow> credits);

	/**
	 * A row that was not imported, or the point where a broken file stopped being read.
	 * @param file the file's name (not its full path)
	 * @param line the physical line, 1-based, the header being line 1; for a CSV record spanning
	 * several lines, the line where it starts
	 * @param reason why, naming the field where one is to blame
	 */
	void skipped(String file, long line, String reason);

	/**
	 * Progress hint: bytes of the current file consumed so far and its total size (compressed
	 * size for gzip), for a progress bar.
	 */
	default void progress(String file, long bytesRead, long totalBytes) {
	}

	/**
	 * Where the rows that follow come from: the line a work's record starts on (a JSON Lines line, a
	 * TMDB credits record, the first principals row of an IMDb title), so that a work the writer
	 * refuses is reported with its file and line.
	 */
	default void position(String file, long line) {
	}

	/**
	 * IMDb, at the end of its credits: how many episode credit rows were rolled up onto their series, and
	 * how many were left out because their series is not among the titles read.
	 */
	default void episodeCredits(long rolledUp, long withoutSeries) {
	}

	/**
	 * The complete company list of a work (JSON Lines, TMDB, Wikidata), after that work's work(..) call
	 * and before its credits(..) call.
	 */
	default void companies(String workId, List<CompanyRow> companies) {
	}

	/**
	 * Other names of a person, right after that person's person(..) call, when the source gives
	 * them (a JSON Lines row's {@code aliases} array, an empty one included).
	 */
	default void aliases(String personId, List<String> aliases) {
	}

}
