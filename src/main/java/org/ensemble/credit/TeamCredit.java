package org.ensemble.credit;

/**
 * What the collaboration graph needs to know of one credit: who, and in which role. Billing is not
 * here: bill limits are answered from the credits themselves, never from the counters.
 */
public record TeamCredit(String personId, Role role) {
}
