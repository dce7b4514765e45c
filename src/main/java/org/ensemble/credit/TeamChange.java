package org.ensemble.credit;

/** A work's team before and after a write ({@link Team#NONE} for a work that was new, or is gone). */
public record TeamChange(Team before, Team after) {
}
