package org.ensemble.collaboration;

import java.util.List;

import org.neo4j.driver.Value;

import org.ensemble.credit.Role;
import org.ensemble.credit.TeamCredit;

/** Reads a credit relationship's type, {@code episodes} and {@code onWork} as the counting needs them. */
final class StoredCredit {

	private StoredCredit() {
	}

	/** From {@code [type, episodes, onWork]}. */
	static void add(String personId, Value credit, List<TeamCredit> credits) {
		add(personId, credit.get(0), credit.get(1), credit.get(2), credits);
	}

	static void add(String personId, Value type, Value episodes, Value onWork, List<TeamCredit> credits) {
		Role.fromRelationship(type.asString())
			.ifPresent((role) -> credits.add(TeamCredit.stored(personId, role,
					episodes.isNull() ? null : episodes.asList(Value::asString), onWork.isNull() ? null : onWork.asBoolean())));
	}

}
