package org.ensemble.credit;

/** A person as every response names one. */
public record PersonSummary(String id, String name) {
}
