package org.ensemble.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import org.ensemble.credit.PersonSummary;
import org.ensemble.credit.Role;
import org.ensemble.credit.WorkSummary;
import org.ensemble.system.GraphTransactions;

/** Reads works and people with their credits, each in one query mapped once into a record. */
@Service
public class CatalogReads {

	private final GraphTransactions graph;

	CatalogReads(GraphTransactions graph) {
		this.graph = graph;
	}

	public Optional<WorkView> work(String id) {
		return this.graph.read((tx) -> tx.run("""
				MATCH (w:Work {id: $id})
				CALL (w) {
				  OPTIONAL MATCH (w)-[r:RELEASED_BY]->(c:Company)
				  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, name: c.name, role: r.role} END) AS companies
				}
				CALL (w) {
				  OPTIONAL MATCH (w)<-[c]-(p:Person)
				  WITH c, p ORDER BY coalesce(c.billing, 1000000000), type(c), p.name, p.id
				  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {id: p.id, name: p.name, type: type(c),
				         characters: c.characters, billing: c.billing, job: c.job} END) AS credits
				}
				RETURN w, companies, credits""", Map.of("id", id)).list().stream().findFirst().map((record) -> {
			Value w = record.get("w");
			return new WorkView(w.get("id").asString(), w.get("title").asString(null), w.get("originalTitle").asString(null),
					w.get("kind").asString(null), date(w.get("released")), integer(w.get("year")), w.get("imdbId").asString(null),
					w.get("tmdbId").asString(null), w.get("wikidataId").asString(null),
					record.get("companies").asList((c) -> new WorkView.Company(c.get("id").asString(),
							c.get("name").asString(null), c.get("role").asString(null))),
					record.get("credits").asList((c) -> new WorkView.Credit(
							new PersonSummary(c.get("id").asString(), c.get("name").asString(null)), role(c.get("type")),
							c.get("characters").isNull() ? List.of() : c.get("characters").asList(Value::asString),
							integer(c.get("billing")), c.get("job").asString(null))));
		}));
	}

	public Optional<PersonView> person(String id) {
		return this.graph.read((tx) -> tx.run("""
				MATCH (p:Person {id: $id})
				CALL (p) {
				  OPTIONAL MATCH (p)-[c:%s]->(w:Work)
				  WITH c, w ORDER BY coalesce(w.released, date({year: coalesce(w.year, 9999), month: 12, day: 31})), w.title, w.id, type(c)
				  RETURN collect(CASE WHEN w IS NULL THEN null ELSE {id: w.id, title: w.title, year: w.year, released: w.released,
				         type: type(c), characters: c.characters, billing: c.billing, job: c.job} END) AS credits
				}
				RETURN p, credits""".formatted(Role.CREDIT_TYPES), Map.of("id", id)).list().stream().findFirst().map((record) -> {
			Value p = record.get("p");
			return new PersonView(p.get("id").asString(), p.get("name").asString(null),
					p.get("aliases").isNull() ? List.of() : p.get("aliases").asList(Value::asString),
					p.get("imdbId").asString(null), p.get("tmdbId").asString(null), p.get("wikidataId").asString(null),
					integer(p.get("birthYear")),
					record.get("credits").asList((c) -> new PersonView.Credit(
							new WorkSummary(c.get("id").asString(), c.get("title").asString(null), integer(c.get("year")),
									date(c.get("released"))),
							role(c.get("type")), c.get("characters").isNull() ? List.of() : c.get("characters").asList(Value::asString),
							integer(c.get("billing")), c.get("job").asString(null))));
		}));
	}

	public boolean personExists(String id) {
		return this.graph.read((tx) -> tx.run("MATCH (p:Person {id: $id}) RETURN count(p) > 0 AS found", Map.of("id", id))
			.single().get("found").asBoolean());
	}

	private static String role(Value type) {
		return Role.fromRelationship(type.asString()).map(Role::json).orElse(type.asString());
	}

	static Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

}
