package org.ensemble.catalog;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ensemble.credit.Ids;
import org.ensemble.credit.Years;

/**
 * A work with its complete credit list: the body of {@code PUT /api/works/{id}}, a JSON Lines row,
 * and what every importer parses its source into. It is validated here, by Bean Validation, and
 * nowhere else; the store writes it the same way whichever road it came by.
 *
 * @param imdbId the IMDb {@code tt…} id, or null
 * @param tmdbId the TMDB id ({@code movie:19995} style ids stay in {@code id}), or null
 * @param wikidataId the Wikidata {@code Q…} id, or null
 */
public record WorkInput(@Pattern(regexp = Ids.PATTERN, message = Ids.RULE) String id,
		@NotBlank @Size(max = 1000) String title, @Size(max = 1000) String originalTitle,
		@Pattern(regexp = "[a-z][a-z_]{0,31}", message = "must be a lower-case kind such as movie, series, short, tv_movie") String kind,
		LocalDate released, @Min(Years.FIRST) @Max(Years.LAST) Integer year, @Size(max = 64) String imdbId,
		@Size(max = 64) String tmdbId, @Size(max = 64) String wikidataId,
		@Size(max = 100) List<@NotNull @Valid CompanyInput> companies,
		@NotNull @Size(max = 10_000) List<@NotNull @Valid CreditInput> credits) {

	public WorkInput {
		kind = (kind == null) ? "movie" : kind;
		companies = (companies == null) ? List.of() : List.copyOf(companies);
		if (year == null && released != null) {
			year = released.getYear();
		}
	}

	/** A work known by no external id. */
	public WorkInput(String id, String title, String originalTitle, String kind, LocalDate released, Integer year,
			List<CompanyInput> companies, List<CreditInput> credits) {
		this(id, title, originalTitle, kind, released, year, null, null, null, companies, credits);
	}

	/** The same work under another id (a JSON Lines row and a path carry it; a source assigns it). */
	public WorkInput withId(String newId) {
		return new WorkInput(newId, this.title, this.originalTitle, this.kind, this.released, this.year, this.imdbId,
				this.tmdbId, this.wikidataId, this.companies, this.credits);
	}

	@AssertTrue(message = "is not the year of released")
	boolean isYearOfRelease() {
		return this.released == null || this.year == null || this.released.getYear() == this.year;
	}

}
