package org.ensemble.ingest.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ensemble.ingest.parse.CsvRecordReader.CsvRecord;

/**
 * Reads the Kaggle "TMDB 5000" pair of CSV files. The movies file (titles, release dates and
 * production companies) is read first into a small map; the credits file is then streamed, one work
 * per row: its work, its companies, its people, then its complete credit list.
 */
public final class TmdbParser implements ImportParser {

	static final List<String> CREDIT_COLUMNS = List.of("movie_id", "title", "cast", "crew");

	private final Path credits;

	private final Path movies;

	/**
	 * @param credits {@code tmdb_5000_credits.csv}, plain or gzip
	 * @param movies {@code tmdb_5000_movies.csv}, plain or gzip
	 */
	public TmdbParser(Path credits, Path movies) {
		this.credits = credits;
		this.movies = movies;
	}

	@Override
	public void checkFiles() {
		InputFile.openAndClose(() -> CsvTable.open(this.movies, TmdbMovies.COLUMNS));
		InputFile.openAndClose(() -> CsvTable.open(this.credits, CREDIT_COLUMNS));
	}

	/**
	 * Pushes every movie of the credits file to the sink.
	 * @throws ImportFileException when a file cannot be opened, has the wrong header or is broken
	 * further down, before anything reaches the sink
	 */
	@Override
	public void parse(ImportSink sink) {
		try (CsvTable movieTable = CsvTable.open(this.movies, TmdbMovies.COLUMNS);
				CsvTable creditTable = CsvTable.open(this.credits, CREDIT_COLUMNS)) {
			Map<String, TmdbMovies.Movie> byId = TmdbMovies.read(movieTable, sink);
			readCredits(creditTable, byId, sink);
		}
		catch (IOException ex) {
			// Only close() can get here, after everything was read.
			throw new UncheckedIOException(ex);
		}
	}

	private static void readCredits(CsvTable table, Map<String, TmdbMovies.Movie> movies, ImportSink sink) {
		int movieId = table.column("movie_id");
		int title = table.column("title");
		int cast = table.column("cast");
		int crew = table.column("crew");
		for (CsvRecord record = table.next(sink); record != null; record = table.next(sink)) {
			List<String> fields = record.fields();
			String id = fields.get(movieId);
			if (!Text.isWholeNumber(id)) {
				sink.skipped(table.name(), record.line(), "movie_id '" + Text.abbreviate(id) + "' is not a whole number");
				continue;
			}
			TmdbCredits.Parsed parsed;
			try {
				parsed = TmdbCredits.parse(fields.get(cast), fields.get(crew));
			}
			catch (BadRowException ex) {
				sink.skipped(table.name(), record.line(), ex.getMessage());
				continue;
			}
			String workId = "tmdb:movie:" + id;
			sink.position(table.name(), record.line());
			TmdbMovies.Movie movie = movies.get(id);
			sink.work(work(workId, id, fields.get(title), movie));
			sink.companies(workId, (movie == null) ? List.of() : movie.companies());
			parsed.people().forEach(sink::person);
			sink.credits(workId, parsed.credits());
		}
	}

	/** A movie missing from the movies file still imports, titled as the credits file says. */
	private static WorkRow work(String workId, String tmdbId, String creditsTitle, TmdbMovies.Movie movie) {
		if (movie == null) {
			return new WorkRow(workId, creditsTitle, null, "movie", null, null, null, tmdbId);
		}
		String title = movie.title().isEmpty() ? creditsTitle : movie.title();
		return new WorkRow(workId, title, movie.originalTitle(), "movie", movie.released(), null, null, tmdbId);
	}

}
