package org.ensemble.ingest.parse;

import java.util.List;
import java.util.Objects;

import org.ensemble.credit.Role;

/**
 * One credit of a person on the work it is reported with. The same person may have several rows
 * on one work (two characters, or two roles); the graph writer merges them.
 *
 * @param personId the Ensemble id of the person
 * @param personName the name as given with the credit, or {@code null} when the source gives none
 * (IMDb principals name people in a separate file)
 * @param role the role
 * @param characters the characters played, never {@code null}, empty when none are given
 * @param billing position on the bill for actors, 0 = top; {@code null} when not given or not an
 * actor
 * @param job the source's own job title where it adds something (e.g. "Screenplay"), or
 * {@code null}
 * @param episodes on a series, the episodes the credit was rolled up from; empty for a credit on the
 * work itself
 */
public record CreditRow(String personId, String personName, Role role, List<String> characters, Integer billing,
		String job, List<String> episodes) {

	public CreditRow {
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(role, "role");
		characters = (characters != null) ? List.copyOf(characters) : List.of();
		episodes = (episodes != null) ? List.copyOf(episodes) : List.of();
	}

	/** A credit on the work itself. */
	public CreditRow(String personId, String personName, Role role, List<String> characters, Integer billing, String job) {
		this(personId, personName, role, characters, billing, job, List.of());
	}

}
