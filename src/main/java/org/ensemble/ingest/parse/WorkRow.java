package org.ensemble.ingest.parse;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A work as a source file gives it.
 *
 * @param id the Ensemble id in the source's namespace, such as {@code tmdb:movie:19995}
 * @param title the title as given
 * @param originalTitle the title in its original language, or {@code null}
 * @param kind {@code movie}, {@code series}, {@code short}, {@code tv_movie}, … or {@code null}
 * when a JSON Lines row leaves it out
 * @param released the release date, or {@code null} when the source has none (IMDb never has one)
 * @param year the release year, or {@code null}
 * @param imdbId the IMDb {@code tt…} id, or {@code null}
 * @param tmdbId the TMDB movie id, or {@code null}
 * @param wikidataId the Wikidata {@code Q…} id, or {@code null}
 */
public record WorkRow(String id, String title, String originalTitle, String kind, LocalDate released, Integer year,
		String imdbId, String tmdbId, String wikidataId) {

	public WorkRow {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
	}

	/** A work of a source that gives no Wikidata ids (TMDB, IMDb). */
	public WorkRow(String id, String title, String originalTitle, String kind, LocalDate released, Integer year,
			String imdbId, String tmdbId) {
		this(id, title, originalTitle, kind, released, year, imdbId, tmdbId, null);
	}

}
