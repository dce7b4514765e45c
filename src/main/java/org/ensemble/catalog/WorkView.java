package org.ensemble.catalog;

import java.time.LocalDate;
import java.util.List;

import org.ensemble.credit.PersonSummary;

/** A stored work with its credits and companies, as {@code GET /api/works/{id}} answers. */
public record WorkView(String id, String title, String originalTitle, String kind, LocalDate released, Integer year,
		String imdbId, String tmdbId, String wikidataId, List<Company> companies, List<Credit> credits) {

	public record Company(String id, String name, String role) {
	}

	public record Credit(PersonSummary person, String role, List<String> characters, Integer billing, String job) {
	}

}
