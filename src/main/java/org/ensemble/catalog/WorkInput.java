package org.ensemble.catalog;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ensemble.credit.Ids;

/** The body of {@code PUT /api/works/{id}}: the work with its complete credit list. */
public record WorkInput(@Pattern(regexp = Ids.PATTERN, message = "must be 1-128 characters from A-Z a-z 0-9 : . _ -") String id,
		@NotBlank @Size(max = 1000) String title, @Size(max = 1000) String originalTitle,
		@Pattern(regexp = "[a-z][a-z_]{0,31}", message = "must be a lower-case kind such as movie, series, short, tv_movie") String kind,
		LocalDate released, @Min(1850) @Max(2100) Integer year, @Size(max = 100) List<@NotNull @Valid CompanyInput> companies,
		@NotNull @Size(max = 10_000) List<@NotNull @Valid CreditInput> credits) {

	public WorkInput {
		kind = (kind == null) ? "movie" : kind;
		companies = (companies == null) ? List.of() : List.copyOf(companies);
		if (year == null && released != null) {
			year = released.getYear();
		}
	}

}
