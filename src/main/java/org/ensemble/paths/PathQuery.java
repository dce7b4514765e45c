package org.ensemble.paths;

import java.util.Set;

import org.ensemble.credit.Role;

/**
 * A checked path question.
 *
 * @param maxHops at most this many works on the path, 1 to {@link #MAX_HOPS}
 * @param roles only credits in these roles link people (both ends of every hop), or null for all
 * @param yearFrom only works from this year on, or null
 * @param yearTo only works up to this year, or null
 */
record PathQuery(String from, String to, int maxHops, Set<Role> roles, Integer yearFrom, Integer yearTo) {

	static final int DEFAULT_HOPS = 6;

	static final int MAX_HOPS = 10;

	PathQuery {
		if (maxHops < 1 || maxHops > MAX_HOPS) {
			throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ", was " + maxHops);
		}
	}

}
