package org.ensemble.catalog;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ensemble.credit.Ids;
import org.ensemble.credit.Years;

/**
 * A person inline in a work's credits, the body of {@code PUT /api/people/{id}} (where id may be left
 * out), or a source's row of a person (IMDb's {@code name.basics}).
 */
public record PersonInput(@Pattern(regexp = Ids.PATTERN, message = Ids.RULE) String id,
		@NotBlank @Size(max = 500) String name, @Size(max = 50) List<@NotBlank @Size(max = 500) String> aliases,
		@Size(max = 64) String imdbId, @Size(max = 64) String tmdbId, @Size(max = 64) String wikidataId,
		@Min(Years.FIRST) @Max(Years.LAST) Integer birthYear) {

	public PersonInput {
		aliases = (aliases == null) ? List.of() : List.copyOf(aliases);
	}

}
