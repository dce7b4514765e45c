package org.ensemble.collaboration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Service;

import org.ensemble.credit.PersonSummary;
import org.ensemble.credit.Role;
import org.ensemble.credit.TeamCredit;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.NotFoundException;

/**
 * "Who worked together before": the works on which all the given people are credited, earliest
 * first. Starts from the first person's credits and checks the others on each of those works. The
 * others are looked up once and then checked on each work from their nodes: looking each one up
 * again per work was half of what a busy person's question allocated.
 */
@Service
public class Together {

	private static final String QUERY = """
			MATCH (first:Person {id: $first})
			OPTIONAL MATCH (other:Person) WHERE other.id IN $others
			WITH first, collect(DISTINCT other) AS others
			MATCH (first)-[c:%1$s]->(w:Work)
			WHERE ($types IS NULL OR type(c) IN $types)
			WITH first, others, w, collect(c) AS firstCredits
			WHERE all(other IN others WHERE EXISTS {
			        MATCH (w)<-[c2:%1$s]-(other)
			        WHERE ($types IS NULL OR type(c2) IN $types) AND any(c IN firstCredits WHERE %2$s) })
			  AND ($beforeYear IS NULL OR CASE WHEN w.released IS NOT NULL AND $beforeDate IS NOT NULL
			                                   THEN w.released < $beforeDate ELSE w.year < $beforeYear END)
			CALL (first, others, w) {
			  UNWIND [first] + others AS p
			  WITH DISTINCT p
			  MATCH (p)-[c:%1$s]->(w)
			  WHERE $types IS NULL OR type(c) IN $types
			  RETURN p.id AS person, type(c) AS type ORDER BY person, type
			}
			WITH w, collect({person: person, type: type}) AS credits
			RETURN w.id AS id, w.title AS title, w.year AS year, w.released AS released, credits
			ORDER BY coalesce(w.released, date({year: coalesce(w.year, 9999), month: 12, day: 31})), w.title, w.id"""
		.formatted(Role.CREDIT_TYPES, TeamCredit.meetsInCypher("c", "c2"));

	private final GraphTransactions graph;

	Together(GraphTransactions graph) {
		this.graph = graph;
	}

	public record Answer(List<PersonSummary> people, List<SharedWork> works) {
	}

	public record SharedWork(String id, String title, Integer year, LocalDate released, List<Credit> credits) {
	}

	public record Credit(String person, String role) {
	}

	/**
	 * @param before only works released strictly before this date, or null
	 * @param beforeWork only works released strictly before this work, or null
	 */
	public Answer of(List<String> named, Set<Role> roles, LocalDate before, String beforeWork) {
		return this.graph.read((tx) -> {
			List<PersonSummary> found = People.require(tx, named);
			List<String> people = found.stream().map(PersonSummary::id).toList();
			Map<String, Object> params = new HashMap<>();
			params.put("first", people.get(0));
			params.put("others", people.subList(1, people.size()));
			params.put("people", people);
			params.put("types", roles == null ? null : roles.stream().map(Role::relationship).toList());
			params.put("beforeDate", before);
			params.put("beforeYear", before == null ? null : before.getYear());
			if (beforeWork != null) {
				referenceWork(tx, beforeWork, params);
			}
			List<SharedWork> works = tx.run(QUERY, params).list((r) -> new SharedWork(r.get("id").asString(),
					r.get("title").asString(null), r.get("year").as(Integer.class),
					r.get("released").as(LocalDate.class),
					r.get("credits").asList((c) -> new Credit(c.get("person").asString(),
							Role.fromRelationship(c.get("type").asString()).map(Role::json).orElse(c.get("type").asString())))));
			return new Answer(found, works);
		});
	}

	private static void referenceWork(TransactionContext tx, String id, Map<String, Object> params) {
		var rows = tx.run("MATCH (w:Work {id: $id}) RETURN w.released AS released, w.year AS year", Map.of("id", id)).list();
		if (rows.isEmpty()) {
			throw new NotFoundException("No work with id " + id + " (beforeWork)");
		}
		var work = rows.get(0);
		params.put("beforeDate", work.get("released").as(LocalDate.class));
		// A work without a year has nothing that is surely before it: no year is below this one.
		params.put("beforeYear", work.get("year").isNull() ? Integer.MIN_VALUE : work.get("year").asInt());
	}

}
