package org.ensemble.paths;

import java.util.List;

/**
 * Every shortest path between two people, at most {@link PathFinder#MAX_PATHS} of them;
 * {@code capped} says there were more.
 */
record ShortestPaths(int hops, List<List<PathStep>> paths, boolean capped) {
}
