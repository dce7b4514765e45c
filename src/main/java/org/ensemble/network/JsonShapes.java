package org.ensemble.network;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON formats other than the node-link default, as records Jackson writes as they are. */
final class JsonShapes {

	private JsonShapes() {
	}

	static Object of(GraphFormat format, Graph graph) {
		return switch (format) {
			case JSON -> graph;
			case CYTOSCAPE -> new Cytoscape(new Elements(graph.nodes().stream().map(Element::new).toList(),
					graph.edges().stream().map(Element::new).toList()), graph.truncated());
			case D3 -> new D3(graph.nodes(),
					graph.edges()
						.stream()
						.map((e) -> new D3Link(e.id(), e.source(), e.target(), e.weight(), e.type(), e.first(), e.last(),
								e.reunion(), e.roles()))
						.toList(),
					graph.truncated());
			default -> throw new IllegalArgumentException(format + " is not a JSON format");
		};
	}

	/** Cytoscape.js takes {@code elements} as they are: {@code cy.add(response.elements)}. */
	record Cytoscape(Elements elements, boolean truncated) {
	}

	record Elements(List<Element> nodes, List<Element> edges) {
	}

	record Element(Object data) {
	}

	/** d3-force: nodes carry {@code id}; links name their ends by id, weight as {@code value}. */
	record D3(List<Node> nodes, List<D3Link> links, boolean truncated) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record D3Link(String id, String source, String target, int value, String type,
			@JsonInclude(JsonInclude.Include.ALWAYS) Integer first, @JsonInclude(JsonInclude.Include.ALWAYS) Integer last,
			Boolean reunion, String roles) {
	}

}
