package org.ensemble.network;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A node of a drawn network.
 *
 * @param type "person" or "work"
 * @param year a work's year; null for people
 * @param seed true for the people the network was asked around
 * @param role a team member's roles on the work whose network this is ("director,writer"); else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Node(String id, String label, String type, Integer year, boolean seed, String role) {

	static final String PERSON = "person";

	static final String WORK = "work";

}
