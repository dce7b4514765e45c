package org.ensemble.ingest.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ensemble.ingest.parse.CsvRecordReader.CsvRecord;

/**
 * The few columns we need from {@code tmdb_5000_movies.csv}, by movie id. Held in memory: the map
 * grows with the number of movies (a few thousand), not with the file's bytes, which are mostly
 * overviews and JSON we do not use.
 */
final class TmdbMovies {

	static final List<String> COLUMNS = List.of("id", "title", "original_title", "release_date");

	/**
	 * @param title the title, as given
	 * @param originalTitle the original title, or {@code null} when empty
	 * @param released the release date, or {@code null} when empty
	 */
	record Movie(String title, String originalTitle, LocalDate released) {
	}

	private TmdbMovies() {
	}

	/** Reads every well-formed row; bad ones are reported and their movies fall back to the credits file. */
	static Map<String, Movie> read(CsvTable table, ImportSink sink) {
		int id = table.column("id");
		int title = table.column("title");
		int originalTitle = table.column("original_title");
		int releaseDate = table.column("release_date");
		Map<String, Movie> movies = new HashMap<>();
		for (CsvRecord record = table.next(sink); record != null; record = table.next(sink)) {
			List<String> fields = record.fields();
			String movieId = fields.get(id);
			if (!Text.isWholeNumber(movieId)) {
				sink.skipped(table.name(), record.line(), "id '" + Text.abbreviate(movieId) + "' is not a whole number");
				continue;
			}
			LocalDate released;
			try {
				released = fields.get(releaseDate).isEmpty() ? null : LocalDate.parse(fields.get(releaseDate));
			}
			catch (DateTimeParseException ex) {
				sink.skipped(table.name(), record.line(),
						"release_date '" + Text.abbreviate(fields.get(releaseDate)) + "' is not a YYYY-MM-DD date");
				continue;
			}
			if (movies.containsKey(movieId)) {
				sink.skipped(table.name(), record.line(), "id " + movieId + " appears twice; the first row is used");
				continue;
			}
			String original = fields.get(originalTitle);
			movies.put(movieId, new Movie(fields.get(title), original.isEmpty() ? null : original, released));
		}
		return movies;
	}

}
