package org.ensemble.credit;

/** A company as responses name one. */
public record CompanySummary(String id, String name) {
}
