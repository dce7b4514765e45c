package org.ensemble.credit;

import java.util.Set;

/**
 * What the collaboration graph needs to know of one credit: who, in which role, and on what part of
 * the work. Billing is not here: bill limits are answered from the credits themselves, never from the
 * counters.
 *
 * @param personId the person
 * @param role the role
 * @param onWork whether the person is credited on the work itself (every credit of a film; on a series,
 * a credit on the series title rather than on its episodes)
 * @param episodes the episodes of a series the credit was rolled up from, empty when none
 */
public record TeamCredit(String personId, Role role, boolean onWork, Set<String> episodes) {

	public TeamCredit {
		episodes = Set.copyOf(episodes);
	}

	/** A credit on the work itself, as every credit of a film is. */
	public TeamCredit(String personId, Role role) {
		this(personId, role, true, Set.of());
	}

	/**
	 * The rule that keeps a long-running series from pairing everyone ever credited on it: two credits
	 * on one work meet when both are on the work itself or they share an episode.
	 */
	public boolean meets(TeamCredit other) {
		if (this.onWork && other.onWork) {
			return true;
		}
		Set<String> small = (this.episodes.size() <= other.episodes.size()) ? this.episodes : other.episodes;
		Set<String> large = (small == this.episodes) ? other.episodes : this.episodes;
		for (String episode : small) {
			if (large.contains(episode)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@link #meets} as a Cypher predicate on two credit relationships, for the queries that answer from
	 * the credits themselves; a credit without {@code episodes} is on the work itself. Built from the
	 * variable names a query passes, never from input.
	 */
	public static String meetsInCypher(String a, String b) {
		return ("((%1$s.episodes IS NULL OR %1$s.onWork) AND (%2$s.episodes IS NULL OR %2$s.onWork)"
				+ " OR coalesce(any(e IN %1$s.episodes WHERE e IN %2$s.episodes), false))").formatted(a, b);
	}

	/** A credit as stored on its relationship: {@code episodes} when rolled up from episodes, {@code onWork} when also on the work. */
	public static TeamCredit stored(String personId, Role role, java.util.List<String> episodes, Boolean onWork) {
		if (episodes == null || episodes.isEmpty()) {
			return new TeamCredit(personId, role);
		}
		return new TeamCredit(personId, role, Boolean.TRUE.equals(onWork), Set.copyOf(episodes));
	}

}
