package org.ensemble.collaboration;

import java.util.List;
import java.util.SortedMap;

/**
 * What one shared work adds to a pair's collaboration, seen from the pair's first person (the one
 * with the smaller id).
 *
 * @param year the work's year, {@link #UNKNOWN_YEAR} when it has none
 * @param bill the smallest billing limit under which the pair still shares this work: a work counts
 * for {@code topBilled=N} when {@code bill < N}; {@link #ANY_BILL} when a non-acting credit suffices
 * @param orientedRoles distinct role pairs {@code "director>actor"}, first person's role first
 * @param roleKeyBills for each unordered role pair ({@code actor_director}) in which the two are
 * credited, the bill for that pair alone
 */
record Contribution(int year, int bill, List<String> orientedRoles, SortedMap<String, Integer> roleKeyBills) {

	static final int UNKNOWN_YEAR = -1;

	static final int ANY_BILL = -1;

	/** An actor credit without a billing position never passes a {@code topBilled} limit. */
	static final int UNBILLED = 1_000_000_000;

}
