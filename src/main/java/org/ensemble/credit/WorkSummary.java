package org.ensemble.credit;

import java.time.LocalDate;

/** A work as every response names one. */
public record WorkSummary(String id, String title, Integer year, LocalDate released) {
}
