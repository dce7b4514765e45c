package org.ensemble.collaboration;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

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

	/** Each person by their id, else by an external id their id names ({@code imdb:nm…}, {@code wikidata:Q…}). */
	private static final String LOOKUP = """
			UNWIND range(0, size($rows) - 1) AS i
			WITH i, $rows[i] AS row
			CALL (row) {
			  OPTIONAL MATCH (p:Person {id: row.id}) RETURN p, 0 AS rank
			  UNION
			  OPTIONAL MATCH (p:Person {imdbId: row.imdbId}) RETURN p, 1 AS rank
			  UNION
			  OPTIONAL MATCH (p:Person {tmdbId: row.tmdbId}) RETURN p, 1 AS rank
			  UNION
			  OPTIONAL MATCH (p:Person {wikidataId: row.wikidataId}) RETURN p, 1 AS rank
			}
			WITH i, row, p, rank ORDER BY i, rank, p.id
			WITH i, row, collect(p)[0] AS p
			RETURN row.id AS id, p IS NOT NULL AS found, p.id AS node, p.name AS name ORDER BY i""";

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
		List<Map<String, Object>> lookups = new java.util.ArrayList<>();
		for (String id : ids) {
			Map<String, Object> row = new java.util.HashMap<>();
			row.put("id", id);
			row.put("imdbId", ExternalIds.PERSON.imdbOf(id));
			row.put("tmdbId", ExternalIds.PERSON.tmdbOf(id));
			row.put("wikidataId", ExternalIds.wikidataOf(id));
			lookups.add(row);
		}
		var rows = tx.run(LOOKUP, Map.of("rows", lookups)).list();
		List<String> missing = rows.stream().filter((r) -> !r.get("found").asBoolean()).map((r) -> r.get("id").asString()).toList();
		if (!missing.isEmpty()) {
			throw new NotFoundException("No person with id " + String.join(", ", missing));
		}
		return rows.stream().map((r) -> new PersonSummary(r.get("node").asString(), r.get("name").asString(null))).toList();
	}

}
