package org.ensemble.collaboration;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Service;

import org.ensemble.credit.PersonSummary;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.NotFoundException;

/** Looks up the people a question names, in the order given; an unknown one is a 404 naming it. */
@Service
public class People {

	private static final String LOOKUP = """
			UNWIND range(0, size($ids) - 1) AS i
			OPTIONAL MATCH (p:Person {id: $ids[i]})
			RETURN $ids[i] AS id, p IS NOT NULL AS found, p.name AS name ORDER BY i""";

	private final GraphTransactions graph;

	People(GraphTransactions graph) {
		this.graph = graph;
	}

	/** For other features: the lookup in a read transaction of its own. */
	public List<PersonSummary> require(List<String> ids) {
		return this.graph.read((tx) -> require(tx, ids));
	}

	/** Within a question of this feature, in the question's own transaction. */
	static List<PersonSummary> require(TransactionContext tx, List<String> ids) {
		var rows = tx.run(LOOKUP, Map.of("ids", ids)).list();
		List<String> missing = rows.stream().filter((r) -> !r.get("found").asBoolean()).map((r) -> r.get("id").asString()).toList();
		if (!missing.isEmpty()) {
			throw new NotFoundException("No person with id " + String.join(", ", missing));
		}
		return rows.stream().map((r) -> new PersonSummary(r.get("id").asString(), r.get("name").asString(null))).toList();
	}

}
