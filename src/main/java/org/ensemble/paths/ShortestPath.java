package org.ensemble.paths;

import java.util.List;

/** The shortest path between two people: {@code hops} works, people and works alternating. */
record ShortestPath(int hops, List<PathStep> path) {
}
