package org.ensemble.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.ensemble.credit.Ids;
import org.ensemble.credit.Role;

/**
 * One credit of a work: the person inline, the role, and what the role carries.
 *
 * @param episodes on a series, the episodes (by id) this credit was earned on; empty when the person is
 * credited on the work itself. Two people pair on a series only when both are credited on the series
 * itself or they share an episode.
 */
public record CreditInput(@NotNull @Valid PersonInput person, @NotNull Role role,
		@Size(max = MAX_CHARACTERS) List<@NotNull @Size(max = 500) String> characters,
		@PositiveOrZero @Max(100_000) Integer billing, @Size(max = MAX_JOB) String job,
		@Size(max = 50_000) List<@NotNull @Size(min = 1, max = 128) String> episodes) {

	/** The most characters one credit names. */
	public static final int MAX_CHARACTERS = 50;

	/** The longest job a credit names, in characters. */
	public static final int MAX_JOB = 200;

	public CreditInput {
		characters = (characters == null) ? List.of() : List.copyOf(characters);
		episodes = (episodes == null) ? List.of() : List.copyOf(episodes);
	}

	/** A credit on the work itself. */
	public CreditInput(PersonInput person, Role role, List<String> characters, Integer billing, String job) {
		this(person, role, characters, billing, job, List.of());
	}

	/** A credited person is named by id (a person body of its own may leave the id to its path). */
	@AssertTrue(message = "is required")
	boolean isPersonIdGiven() {
		return this.person == null || this.person.id() != null;
	}

	/** Episodes are named like every other id. */
	@AssertTrue(message = "must each be an id of 1 to 128 characters from [A-Za-z0-9:._-]")
	boolean isEpisodesValid() {
		return this.episodes.stream().allMatch((episode) -> episode == null || Ids.valid(episode));
	}

}
