package org.ensemble.catalog;

import java.util.List;

import org.ensemble.credit.WorkSummary;

/** A stored person with their credits in release order, as {@code GET /api/people/{id}} answers. */
public record PersonView(String id, String name, List<String> aliases, String imdbId, String tmdbId, String wikidataId,
		Integer birthYear, List<Credit> credits) {

	public record Credit(WorkSummary work, String role, List<String> characters, Integer billing, String job) {
	}

}
