package org.ensemble.credit;

import java.util.List;

/** A work's year (null when unknown) and its credits, the input of collaboration upkeep. */
public record Team(Integer year, List<TeamCredit> credits) {

	public static final Team NONE = new Team(null, List.of());

	public Team {
		credits = List.copyOf(credits);
	}

}
