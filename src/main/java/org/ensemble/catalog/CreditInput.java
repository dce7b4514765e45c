package org.ensemble.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.ensemble.credit.Role;

/** One credit of a work: the person inline, the role, and what the role carries. */
public record CreditInput(@NotNull @Valid PersonInput person, @NotNull Role role,
		@Size(max = 50) List<@NotNull @Size(max = 500) String> characters, @PositiveOrZero @Max(100_000) Integer billing,
		@Size(max = 200) String job) {

	public CreditInput {
		characters = (characters == null) ? List.of() : List.copyOf(characters);
	}

	/** A credited person is named by id (a person body of its own may leave the id to its path). */
	@AssertTrue(message = "is required")
	boolean isPersonIdGiven() {
		return this.person == null || this.person.id() != null;
	}

}
