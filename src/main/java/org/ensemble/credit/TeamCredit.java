package org.ensemble.credit;

/**
 * What the collaboration graph needs to know of one credit: who, in which role, and where on the
 * bill (actors only; {@code null} when unbilled).
 */
public record TeamCredit(String personId, Role role, Integer billing) {
}
