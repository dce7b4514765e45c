package org.ensemble.network;

import java.util.List;
import java.util.Set;

import org.ensemble.credit.Role;

/**
 * A checked network question.
 *
 * @param seeds the people to draw around, always kept
 * @param depth how many collaboration steps out from the seeds, 0 (the seeds alone) to {@link #MAX_DEPTH}
 * @param minShared only ties of at least this many shared works are followed and drawn
 * @param roles only credits in these roles count towards a tie, or null for all
 * @param limit at most this many people (seeds count, and are kept even beyond it); with works, at
 * most this many works too
 * @param works also draw the works shared by at least two of the people, with their credits
 */
record NetworkRequest(List<String> seeds, int depth, int minShared, Set<Role> roles, int limit, boolean works) {

	static final int MAX_DEPTH = 3;

	static final int DEFAULT_LIMIT = 200;

	static final int MAX_LIMIT = 1000;

}
