package org.ensemble.collaboration;

import org.ensemble.credit.PersonSummary;

/** A repeat pairing: two people and how many works they shared, first and last year. */
public record Pairing(PersonSummary a, PersonSummary b, int shared, Integer first, Integer last) {
}
