package org.ensemble.network;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An edge of a drawn network: a collaboration between two people (undirected, source has the
 * smaller id), or a credit from a person to a work.
 *
 * @param type "collaboration" or "credit"
 * @param weight shared works for a collaboration, 1 for a credit
 * @param first the first year the two shared a work (a credit: the work's year); null when unknown
 * @param last the last such year
 * @param reunion in a work's network: true when the pair had shared an earlier work; else null
 * @param roles a credit's roles on the work ("director,writer"); else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Edge(String id, String source, String target, String type, int weight,
		@JsonInclude(JsonInclude.Include.ALWAYS) Integer first, @JsonInclude(JsonInclude.Include.ALWAYS) Integer last,
		Boolean reunion, String roles) {

	static final String COLLABORATION = "collaboration";

	static final String CREDIT = "credit";

	static Edge collaboration(String a, String b, int shared, Integer first, Integer last) {
		return new Edge(a + "|" + b, a, b, COLLABORATION, shared, first, last, null, null);
	}

	static Edge credit(String person, String work, Integer year, String roles) {
		return new Edge(person + ">" + work, person, work, CREDIT, 1, year, year, null, roles);
	}

	Edge asReunion(boolean reunion) {
		return new Edge(this.id, this.source, this.target, this.type, this.weight, this.first, this.last, reunion, this.roles);
	}

}
