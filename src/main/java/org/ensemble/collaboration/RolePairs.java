package org.ensemble.collaboration;

import org.ensemble.credit.Role;

/** Role pairs as the API writes them, "director>actor". */
final class RolePairs {

	private RolePairs() {
	}

	/** "DIRECTED>ACTED_IN" as read from credits becomes "director>actor". */
	static String fromRelationshipTypes(String pair) {
		String[] types = pair.split(">", 2);
		return name(types[0]) + ">" + name(types[1]);
	}

	private static String name(String type) {
		return Role.fromRelationship(type).map(Role::json).orElse(type);
	}

}
