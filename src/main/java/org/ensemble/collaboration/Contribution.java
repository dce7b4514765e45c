package org.ensemble.collaboration;

import java.util.SortedSet;

/**
 * What one shared work adds to a pair's collaboration.
 *
 * @param year the work's year, or null when it has none
 * @param roleKeys the unordered role pairs ({@code actor_director}) in which the two are credited there
 */
record Contribution(Integer year, SortedSet<String> roleKeys) {
}
