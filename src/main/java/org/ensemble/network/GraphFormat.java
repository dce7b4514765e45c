package org.ensemble.network;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import org.ensemble.system.BadRequestException;
import org.ensemble.system.Params;

/** The export formats, each with the media type it is sent as. */
enum GraphFormat {

	/** Node-link JSON: {@code {"nodes", "edges", "truncated"}}. */
	JSON(MediaType.APPLICATION_JSON),

	/** Cytoscape.js elements: {@code {"elements": {"nodes": [{"data"}], "edges": [{"data"}]}}}. */
	CYTOSCAPE(MediaType.APPLICATION_JSON),

	/** D3 force layout input: {@code {"nodes": [{"id"}], "links": [{"source", "target", "value"}]}}. */
	D3(MediaType.APPLICATION_JSON),

	/** GraphML for yEd, networkx, Gephi and Cytoscape desktop. */
	GRAPHML(MediaType.parseMediaType("application/graphml+xml")),

	/** GEXF 1.3 for Gephi and sigma.js. */
	GEXF(MediaType.parseMediaType("application/gexf+xml"));

	private final MediaType mediaType;

	GraphFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * {@code format=} wins; else the first of the Accept header's types (by quality) that names an
	 * XML format; else JSON, which is also what a browser's {@code *}{@code /*} gets.
	 */
	static GraphFormat choose(String format, String accept) {
		if (format != null && !format.isBlank()) {
			return Arrays.stream(values())
				.filter((f) -> f.extension().equals(format.strip().toLowerCase(Locale.ROOT)))
				.findFirst()
				.orElseThrow(() -> new BadRequestException("format", "must be one of " + known() + ", was '"
						+ Params.abbreviate(format) + "'"));
		}
		if (accept == null || accept.isBlank()) {
			return JSON;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return JSON;
		}
		accepted = accepted.stream().sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
		for (MediaType type : accepted) {
			if (type.isWildcardType() || type.isWildcardSubtype() || type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				return JSON;
			}
			if (type.equalsTypeAndSubtype(GRAPHML.mediaType)) {
				return GRAPHML;
			}
			if (type.equalsTypeAndSubtype(GEXF.mediaType)) {
				return GEXF;
			}
		}
		return JSON;
	}

	static String known() {
		return Arrays.stream(values()).map(GraphFormat::extension).collect(Collectors.joining(", "));
	}

}
