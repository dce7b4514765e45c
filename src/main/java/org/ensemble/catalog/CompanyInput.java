package org.ensemble.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ensemble.credit.Ids;

/** A studio or platform the work is released by, with its part in it (distributor, production, …). */
public record CompanyInput(
		@NotNull @Pattern(regexp = Ids.PATTERN, message = "must be 1-128 characters from A-Z a-z 0-9 : . _ -") String id,
		@NotBlank @Size(max = 500) String name, @Size(max = 64) String role) {
}
