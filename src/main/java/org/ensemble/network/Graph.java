package org.ensemble.network;

import java.util.List;

/** A subgraph ready to draw: the one shape every export format is written from. */
record Graph(List<Node> nodes, List<Edge> edges, boolean truncated) {

	Graph {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

}
