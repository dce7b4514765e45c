package org.ensemble.catalog;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import org.ensemble.credit.SearchText;
import org.ensemble.system.BadRequestException;
import org.ensemble.system.GraphTransactions;

/** Upserts a person's own facts; their credits belong to the works. */
@Service
public class PersonWrites {

	private final GraphTransactions graph;

	PersonWrites(GraphTransactions graph) {
		this.graph = graph;
	}

	/** True when the person was new. */
	public boolean upsert(String id, PersonInput person) {
		if (person.id() != null && !person.id().equals(id)) {
			throw new BadRequestException("id", "the body's id " + person.id() + " differs from the path's " + id);
		}
		return this.graph.write((tx) -> tx.run("""
				MERGE (p:Person {id: $id})
				ON CREATE SET p.createdAt = $now
				ON MATCH SET p.updatedAt = $now
				SET p += $props
				RETURN p.updatedAt IS NULL AS created""",
				Map.of("id", id, "now", ZonedDateTime.now(), "props", properties(person)))
			.single()
			.get("created")
			.asBoolean());
	}

	/** The stored properties of a person; absent facts are null so that {@code SET +=} removes them. */
	static Map<String, Object> properties(PersonInput person) {
		Map<String, Object> props = new HashMap<>();
		props.put("name", person.name());
		props.put("aliases", person.aliases());
		props.put("imdbId", person.imdbId());
		props.put("tmdbId", person.tmdbId());
		props.put("wikidataId", person.wikidataId());
		props.put("birthYear", person.birthYear());
		props.put("searchText", SearchText.of(person.name(), person.aliases()));
		return props;
	}

}
