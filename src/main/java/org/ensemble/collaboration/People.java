package org.ensemble.collaboration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import org.ensemble.credit.ExternalIds;
import org.ensemble.credit.PersonSummary;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.NotFoundException;

/**
 * Looks up the people a question names, in the order given, by any id they are known by; an unknown one
 * is a 404 naming it. The summaries carry the node ids the question is then asked with.
 */
@Service
public class People {

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
		List<Map<String, Object>> rows = ids.stream().map((id) -> ExternalIds.PERSON.row(id, null, null, null)).toList();
		Map<String, PersonSummary> found = new HashMap<>();
		tx.run(ExternalIds.PERSON.lookup(), Map.of("rows", rows)).forEachRemaining((record) -> {
			Value first = record.get("found").get(0);
			found.put(record.get("key").asString(), new PersonSummary(first.get("id").asString(), first.get("name").asString(null)));
		});
		List<String> missing = ids.stream().filter((id) -> !found.containsKey(id)).distinct().toList();
		if (!missing.isEmpty()) {
			throw new NotFoundException("No person with id " + String.join(", ", missing));
		}
		return ids.stream().map(found::get).toList();
	}

}
