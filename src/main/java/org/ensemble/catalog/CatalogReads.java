package org.ensemble.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.ensemble.credit.CompanySummary;
import org.ensemble.credit.Ids;
import org.ensemble.credit.Role;
import org.ensemble.system.GraphTransactions;

/** Reads works and people with their credits, each in one query mapped once into a record. */
@Service
public class CatalogReads {

	private final GraphTransactions graph;

	CatalogReads(GraphTransactions graph) {
		this.graph = graph;
	}

	/** Shaped as {@link WorkView}, so that the driver maps it without a line of hand mapping. */
	private static final String WORK = """
			MATCH (w:Work {id: $id})
			CALL (w) {
			  OPTIONAL MATCH (w)-[r:RELEASED_BY]->(c:Company)
			  WITH c, r ORDER BY c.id, r.role
			  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, name: c.name, role: r.role} END) AS companies
			}
			CALL (w) {
			  OPTIONAL MATCH (w)<-[c:%1$s]-(p:Person)
			  WITH c, p ORDER BY coalesce(c.billing, 1000000000), type(c), p.name, p.id
			  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {person: {id: p.id, name: p.name}, role: %2$s,
			         characters: coalesce(c.characters, []), billing: c.billing, job: c.job} END) AS credits
			}
			RETURN w {.id, .title, .originalTitle, .kind, .released, .year, .imdbId, .tmdbId, .wikidataId,
			          companies: companies, credits: credits} AS work""".formatted(Role.CREDIT_TYPES, Role.jsonOf("c"));

	/** Shaped as {@link PersonView}. */
	private static final String PERSON = """
			MATCH (p:Person {id: $id})
			CALL (p) {
			  OPTIONAL MATCH (p)-[c:%1$s]->(w:Work)
			  WITH c, w ORDER BY coalesce(w.released, date({year: coalesce(w.year, 9999), month: 12, day: 31})), w.title, w.id, type(c)
			  RETURN collect(CASE WHEN w IS NULL THEN null ELSE {work: w {.id, .title, .year, .released}, role: %2$s,
			         characters: coalesce(c.characters, []), billing: c.billing, job: c.job} END) AS credits
			}
			RETURN p {.id, .name, aliases: coalesce(p.aliases, []), .imdbId, .tmdbId, .wikidataId, .birthYear,
			          credits: credits} AS person""".formatted(Role.CREDIT_TYPES, Role.jsonOf("c"));

	/** The work by its id or any other it is known by ({@code imdb:tt…}, {@code tmdb:movie:…}, {@code wikidata:Q…}). */
	public Optional<WorkView> work(String id) {
		return this.graph.read((tx) -> Identity.find(tx, Identity.Kind.WORK, id)
			.flatMap((node) -> tx.run(WORK, Map.of("id", node)).list((r) -> r.get("work").as(WorkView.class)).stream().findFirst()));
	}

	/** The person by their id or any other they are known by ({@code imdb:nm…}, {@code tmdb:person:…}, {@code wikidata:Q…}). */
	public Optional<PersonView> person(String id) {
		return this.graph.read((tx) -> Identity.find(tx, Identity.Kind.PERSON, id)
			.flatMap((node) -> tx.run(PERSON, Map.of("id", node)).list((r) -> r.get("person").as(PersonView.class)).stream().findFirst()));
	}

	/**
	 * The companies known by this id (or any other they carry), else those whose name is this one,
	 * ignoring case: sources spell a company's name alike but store it apart until an id joins them,
	 * and a journalist's "Netflix" means all of them.
	 */
	public List<CompanySummary> companies(String idOrName) {
		return this.graph.read((tx) -> {
			Optional<String> byId = Ids.valid(idOrName) ? Identity.find(tx, Identity.Kind.COMPANY, idOrName) : Optional.empty();
			if (byId.isPresent()) {
				return tx.run("MATCH (c:Company {id: $id}) RETURN c {.id, .name} AS company", Map.of("id", byId.get()))
					.list((r) -> r.get("company").as(CompanySummary.class));
			}
			return tx.run("""
					MATCH (c:Company) WHERE toLower(c.name) = toLower($name)
					RETURN c {.id, .name} AS company ORDER BY c.id""", Map.of("name", idOrName))
				.list((r) -> r.get("company").as(CompanySummary.class));
		});
	}

	public boolean personExists(String id) {
		return this.graph.read((tx) -> tx.run("MATCH (p:Person {id: $id}) RETURN count(p) > 0 AS found", Map.of("id", id))
			.single().get("found").asBoolean());
	}

}
