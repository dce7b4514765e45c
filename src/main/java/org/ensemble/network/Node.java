package org.ensemble.network;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A node of a drawn network.
 *
 * @param type "person" or "work"
 * @param year a work's year; null for people
 * @param seed true for the people the network was asked around
 * @param role a team member's roles on the work whose network this is ("director,writer"); else null
 * @param mainRole a person's role with the most credits overall ("actor"), for colouring; null for works
 * and for people with no credit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Node(String id, String label, String type, Integer year, boolean seed, String role, String mainRole) {

	static final String PERSON = "person";

	static final String WORK = "work";

}
