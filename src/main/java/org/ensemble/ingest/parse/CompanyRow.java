package org.ensemble.ingest.parse;

import java.util.Objects;

/**
 * A company credited on a work, as a source gives it (a JSON Lines row, a TMDB movie).
 *
 * @param id the company id, such as {@code netflix} or {@code tmdb:company:289}
 * @param name the name as given
 * @param role what the company did, such as {@code distributor}, or {@code null}
 */
public record CompanyRow(String id, String name, String role) {

	public CompanyRow {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
	}

}
