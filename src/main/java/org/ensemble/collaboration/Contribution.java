package org.ensemble.collaboration;

import java.util.SortedSet;

/**
 * What one shared work adds to a pair's collaboration.
 *
 * @param year the work's year, or null when it has none
 * @param roleKeys the role pairs in which the two are credited there, the first role the pair's first person's
 * ({@code director_actor}: the smaller id directed, the other acted)
 */
record Contribution(Integer year, SortedSet<String> roleKeys) {
}
