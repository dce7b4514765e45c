package org.ensemble.catalog;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ensemble.credit.Ids;

/** A person inline in a work's credits, or the body of {@code PUT /api/people/{id}} (where id may be left out). */
public record PersonInput(@Pattern(regexp = Ids.PATTERN, message = "must be 1-128 characters from A-Z a-z 0-9 : . _ -") String id,
		@NotBlank @Size(max = 500) String name, @Size(max = 50) List<@NotBlank @Size(max = 500) String> aliases,
		@Size(max = 64) String imdbId, @Size(max = 64) String tmdbId, @Size(max = 64) String wikidataId,
		@Min(1800) @Max(2100) Integer birthYear) {

	public PersonInput {
		aliases = (aliases == null) ? List.of() : List.copyOf(aliases);
	}

}
