package org.ensemble.collaboration;

import org.ensemble.credit.Role;

/**
 * The unordered pair of roles that names a counter property on COLLABORATED_WITH, such as
 * {@code n_actor_director}. Property names come only from the Role enum, never from input.
 */
record RolePairKey(Role first, Role second) {

	RolePairKey {
		if (first.json().compareTo(second.json()) > 0) {
			Role swap = first;
			first = second;
			second = swap;
		}
	}

	String key() {
		return this.first.json() + "_" + this.second.json();
	}

	String countProperty() {
		return "n_" + key();
	}

	String yearsProperty() {
		return "y_" + key();
	}

	String billsProperty() {
		return "b_" + key();
	}

}
