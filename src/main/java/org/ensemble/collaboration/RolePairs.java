package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	/**
	 * The role pairs a collaboration's counters hold, as the person at one end sees them: a counter
	 * names the start's role, then the end's, so from the end the pair reads the other way round.
	 */
	static List<String> fromCounters(Map<String, Object> counters, boolean mineFirst) {
		List<String> pairs = new ArrayList<>();
		for (Role start : Role.values()) {
			for (Role end : Role.values()) {
				if (counters.get(new RolePairKey(start, end).countProperty()) instanceof Number n && n.longValue() > 0) {
					pairs.add(mineFirst ? start.json() + ">" + end.json() : end.json() + ">" + start.json());
				}
			}
		}
		return pairs;
	}

	private static String name(String type) {
		return Role.fromRelationship(type).map(Role::json).orElse(type);
	}

}
