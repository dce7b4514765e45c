package org.ensemble.ingest.parse;

import java.util.Objects;

/**
 * A person as a source file gives them. The name is kept exactly as given (not trimmed): the
 * graph writer decides what to normalise for search.
 *
 * @param id the Ensemble id in the source's namespace, such as {@code imdb:nm0000001}
 * @param name the name as given
 * @param imdbId the IMDb {@code nm…} id, or {@code null}
 * @param tmdbId the TMDB person id, or {@code null}
 * @param wikidataId the Wikidata {@code Q…} id, or {@code null}
 * @param birthYear the year of birth, or {@code null} when the source does not say
 */
public record PersonRow(String id, String name, String imdbId, String tmdbId, String wikidataId, Integer birthYear) {

	public PersonRow {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
	}

	/** A person of a source that gives no Wikidata ids (TMDB, IMDb). */
	public PersonRow(String id, String name, String imdbId, String tmdbId, Integer birthYear) {
		this(id, name, imdbId, tmdbId, null, birthYear);
	}

}
