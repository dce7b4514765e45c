package org.ensemble.ingest.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ensemble.ingest.parse.CsvRecordReader.CsvRecord;
import tools.jackson.databind.JsonNode;

/**
 * The few columns we need from {@code tmdb_5000_movies.csv}, by movie id. Held in memory: the map
 * grows with the number of movies (a few thousand), not with the file's bytes, which are mostly
 * overviews and JSON we do not use. A row with a bad value is reported and left out whole, as a
 * credits row with bad JSON is: its movie is then imported as the credits file gives it.
 */
final class TmdbMovies {

	static final List<String> COLUMNS = List.of("id", "title", "original_title", "release_date", "production_companies");

	/** TMDB's production companies produce the movie: that is their part in it. */
	static final String COMPANY_ROLE = "production";

	/**
	 * @param title the title, as given
	 * @param originalTitle the original title, or {@code null} when empty
	 * @param released the release date, or {@code null} when empty
	 * @param companies the production companies, in the source's order
	 */
	record Movie(String title, String originalTitle, LocalDate released, List<CompanyRow> companies) {
	}

	private TmdbMovies() {
	}

	/** Reads every well-formed row; bad ones are reported and their movies fall back to the credits file. */
	static Map<String, Movie> read(CsvTable table, ImportSink sink) {
		int id = table.column("id");
		int title = table.column("title");
		int originalTitle = table.column("original_title");
		int releaseDate = table.column("release_date");
		int productionCompanies = table.column("production_companies");
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
			List<CompanyRow> companies;
			try {
				companies = companies(fields.get(productionCompanies));
			}
			catch (BadRowException ex) {
				sink.skipped(table.name(), record.line(), ex.getMessage());
				continue;
			}
			if (movies.containsKey(movieId)) {
				sink.skipped(table.name(), record.line(), "id " + movieId + " appears twice; the first row is used");
				continue;
			}
			String original = fields.get(originalTitle);
			movies.put(movieId, new Movie(fields.get(title), original.isEmpty() ? null : original, released, companies));
		}
		return movies;
	}

	/** All or nothing, like a credits row: a list with one broken entry is refused whole. */
	private static List<CompanyRow> companies(String json) throws BadRowException {
		if (json.isBlank()) {
			return List.of();
		}
		JsonNode list = Json.parse(json, "production_companies");
		if (!list.isArray()) {
			throw new BadRowException("production_companies is not a JSON array");
		}
		List<CompanyRow> companies = new ArrayList<>(list.size());
		int index = 0;
		for (JsonNode entry : list) {
			Json.Named company = Json.named(entry, "production_companies entry " + (index++));
			companies.add(new CompanyRow("tmdb:company:" + company.id(), company.name(), COMPANY_ROLE));
		}
		return companies;
	}

}
