package org.ensemble.collaboration;

import org.ensemble.credit.Role;

/**
 * The ordered pair of roles that names a counter property on COLLABORATED_WITH: on a pair a → b
 * (the smaller id first), {@code n_director_actor} counts the works that a directed and b acted in.
 * {@code (r, r)} pairs are symmetric. Property names come only from the Role enum, never from input.
 */
record RolePairKey(Role ofStart, Role ofEnd) {

	String key() {
		return this.ofStart.json() + "_" + this.ofEnd.json();
	}

	String countProperty() {
		return "n_" + key();
	}

	/** The same count on a repeat pair only ({@link PairStats#REPEAT}): the property that pairings' index holds. */
	String repeatProperty() {
		return PairStats.repeatOf(countProperty());
	}

}
