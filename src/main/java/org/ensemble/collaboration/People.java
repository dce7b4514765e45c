package org.ensemble.collaboration;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

import org.ensemble.credit.PersonSummary;
import org.ensemble.system.NotFoundException;

/** Looks up the people a question names, in the order given; an unknown one is a 404 naming it. */
public final class People {

	private People() {
	}

	public static List<PersonSummary> require(TransactionContext tx, List<String> ids) {
		var rows = tx.run("""
				UNWIND range(0, size($ids) - 1) AS i
				OPTIONAL MATCH (p:Person {id: $ids[i]})
				RETURN $ids[i] AS id, p IS NOT NULL AS found, p.name AS name ORDER BY i""", Map.of("ids", ids)).list();
		List<String> missing = rows.stream().filter((r) -> !r.get("found").asBoolean()).map((r) -> r.get("id").asString()).toList();
		if (!missing.isEmpty()) {
			throw new NotFoundException("No person with id " + String.join(", ", missing));
		}
		return rows.stream().map((r) -> new PersonSummary(r.get("id").asString(), r.get("name").asString(null))).toList();
	}

}
