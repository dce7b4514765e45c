package org.ensemble.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ensemble.credit.Ids;

/** A studio or platform the work is released by, with its part in it (distributor, production, …). */
public record CompanyInput(
		@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.RULE) String id,
		@NotBlank @Size(max = 500) String name, @Size(max = 64) String role) {
}
