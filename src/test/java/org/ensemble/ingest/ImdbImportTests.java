package org.ensemble.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.support.GraphSnapshot;
import org.ensemble.ingest.parse.ImdbParser;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IMDb fixture (19 real titles, see {@code cut_imdb_fixture.py}) through {@link Imports#run}.
 * The numbers come from {@code src/test/resources/ingest/graph/expected_graph.py}: plain splitting
 * on tabs, kept titles of type movie (adult ones only when asked), one credit per distinct (title,
 * person, role) with actor and actress both actor, people counted by the principals that name them
 * (including the ones missing from name.basics), one collaboration per distinct pair sharing a title.
 */
class ImdbImportTests extends GraphTestSupport {

	static final Map<String, Long> CREDITS_BY_ROLE = Map.of("director", 13L, "actor", 50L, "composer", 4L, "writer", 14L,
			"producer", 13L, "cinematographer", 7L, "editor", 6L);

	@Autowired
	private Imports imports;

	@Test
	void importStoresTheKeptTitlesTheirCreditsAndTheirPeople() {
		ImportReport report = this.imports.run(imdb(Fixtures.imdbDir()), new ImportProgress());

		assertThat(report.format()).isEqualTo("imdb");
		assertThat(report.worksRead()).isEqualTo(17);
		assertThat(report.worksInDatabase()).isEqualTo(17);
		assertThat(report.peopleInDatabase()).isEqualTo(107);
		assertThat(report.creditsInDatabase()).isEqualTo(CREDITS_BY_ROLE);
		assertThat(report.creditsStored()).isEqualTo(107);
		assertThat(report.collaborations()).isEqualTo(451);
		// The five unrelated people of name.basics are not imported.
		assertThat(GraphSnapshot.count(this.driver, "MATCH (p:Person) WHERE NOT (p)-->(:Work) RETURN count(p)")).isZero();
	}

	@Test
	void nullsLeaveTheirPropertiesOut() {
		this.imports.run(imdb(Fixtures.imdbDir()), new ImportProgress());

		// Rogue: startYear \N.
		Record rogue = single("MATCH (w:Work {id: 'imdb:tt9806262'}) RETURN w.title AS title, keys(w) AS keys");
		assertThat(rogue.get("title").asString()).isEqualTo("Rogue");
		assertThat(rogue.get("keys").asList(Value::asString)).doesNotContain("year", "released");
		// Waga ai no ki: characters \N and job \N on the cast; nobody is called "\N".
		Record cast = single("""
				MATCH (:Person {id: 'imdb:nm10487898'})-[c:ACTED_IN]->(:Work {id: 'imdb:tt9806300'})
				RETURN keys(c) AS keys, c.billing AS billing""");
		assertThat(cast.get("keys").asList(Value::asString)).containsExactlyInAnyOrder("billing", "source");
		assertThat(cast.get("billing").asInt()).isZero();
		assertThat(GraphSnapshot.count(this.driver, """
				MATCH (n) WHERE any(k IN keys(n) WHERE n[k] = '\\\\N' OR n[k] = ['\\\\N'])
				RETURN count(n)""")).isZero();
		assertThat(GraphSnapshot.count(this.driver, """
				MATCH ()-[r]->() WHERE any(k IN keys(r) WHERE r[k] = '\\\\N')
				RETURN count(r)""")).isZero();
	}

	@Test
	void actressesAndActorsAreBothCast() {
		this.imports.run(imdb(Fixtures.imdbDir()), new ImportProgress());

		// Shadowtown: ordering 1 is the actress nm1147982 as Maya; ordering 3 the actor nm6541199.
		Record maya = single("""
				MATCH (p:Person {id: 'imdb:nm1147982'})-[c:ACTED_IN]->(:Work {id: 'imdb:tt9806258'})
				RETURN c.characters AS characters, c.billing AS billing""");
		assertThat(maya.get("characters").asList(Value::asString)).containsExactly("Maya");
		assertThat(maya.get("billing").asInt()).isZero();
		assertThat(GraphSnapshot.count(this.driver,
				"MATCH (:Person)-[c:ACTED_IN]->(:Work {id: 'imdb:tt9806258'}) RETURN count(c)")).isEqualTo(4);
		// The Owners: one actress playing two characters.
		assertThat(single("""
				MATCH (:Person {id: 'imdb:nm3586035'})-[c:ACTED_IN]->(:Work {id: 'imdb:tt9806370'})
				RETURN c.characters AS characters""").get("characters").asList(Value::asString))
			.containsExactly("Mary", "Jane");
		// Hidden Dragon Battle: nm1167899 is listed twice as actor (orderings 2 and 6): one credit, the better billing.
		List<Record> twice = list("""
				MATCH (:Person {id: 'imdb:nm1167899'})-[c:ACTED_IN]->(:Work {id: 'imdb:tt9838780'})
				RETURN c.billing AS billing""");
		assertThat(twice).extracting((r) -> r.get("billing").asInt()).containsExactly(1);
	}

	@Test
	void aPrincipalMissingFromNameBasicsIsReportedAndKeptWithTheIdAsName() {
		ImportReport report = this.imports.run(imdb(Fixtures.imdbDir()), new ImportProgress());

		assertThat(report.skippedLines()).extracting(ImportProgress.Skip::toString)
			.anySatisfy((line) -> assertThat(line).startsWith("title.principals.tsv:63: ").contains("nm10449319"))
			.anySatisfy((line) -> assertThat(line).startsWith("title.principals.tsv:118: ").contains("nm13131519"));
		Record missing = single("""
				MATCH (p:Person {id: 'imdb:nm10449319'})-[c:ACTED_IN]->(w:Work)
				RETURN p.name AS name, p.imdbId AS imdbId, w.id AS work, c.characters AS characters""");
		assertThat(missing.get("name").asString()).isEqualTo("nm10449319");
		assertThat(missing.get("imdbId").asString()).isEqualTo("nm10449319");
		assertThat(missing.get("work").asString()).isEqualTo("imdb:tt9809952");
		assertThat(missing.get("characters").asList(Value::asString)).containsExactly("Kichisaburô");
		assertThat(single("MATCH (p:Person {id: 'imdb:nm13131519'})-[:ACTED_IN]->(w:Work) RETURN w.id AS id")
			.get("id").asString()).isEqualTo("imdb:tt9822904");
	}

	@Test
	void onlyTheChosenTitleTypesAndNoAdultTitlesAreImportedByDefault(@TempDir Path dir) throws Exception {
		// Waga ai no ki turned into a short (not a default type); everything else as in the fixture.
		Path copy = Files.createDirectory(dir.resolve("imdb"));
		for (String name : List.of("name.basics.tsv", "title.principals.tsv")) {
			Fixtures.copy(Fixtures.imdbDir().resolve(name), copy, name);
		}
		Fixtures.writeLines(copy, "title.basics.tsv", Fixtures.lines(Fixtures.imdbDir().resolve("title.basics.tsv"))
			.stream()
			.map((line) -> line.startsWith("tt9806300\tmovie\t") ? line.replace("\tmovie\t", "\tshort\t") : line)
			.toList());

		ImportReport movies = this.imports.run(imdb(copy), new ImportProgress());

		assertThat(movies.worksInDatabase()).isEqualTo(16);
		assertThat(ids("MATCH (w:Work) WHERE w.id IN ['imdb:tt9806300', 'imdb:tt9818628', 'imdb:tt9811452'] RETURN w.id AS id"))
			.isEmpty();

		ImportReport all = this.imports.run(new ImportRequest.Imdb(copy, Set.of("movie", "short"), true), new ImportProgress());

		assertThat(all.worksInDatabase()).isEqualTo(19);
		assertThat(single("MATCH (w:Work {id: 'imdb:tt9806300'}) RETURN w.kind AS kind, w.year AS year")
			.get("kind").asString()).isEqualTo("short");
		// With adult titles: 126 credits, 126 people, 532 collaborations (expected_graph.py, adult included).
		assertThat(all.creditsInDatabase().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(126);
		assertThat(all.peopleInDatabase()).isEqualTo(126);
		assertThat(all.collaborations()).isEqualTo(532);
	}

	@Test
	void worksAndPeopleCarryTheirImdbIds() {
		this.imports.run(imdb(Fixtures.imdbDir()), new ImportProgress());

		Record owners = single("""
				MATCH (p:Person)-[:DIRECTED]->(w:Work {id: 'imdb:tt9806370'})
				RETURN w.imdbId AS work, w.title AS title, w.year AS year, p.id AS id, p.imdbId AS person""");
		assertThat(owners.get("work").asString()).isEqualTo("tt9806370");
		assertThat(owners.get("title").asString()).isEqualTo("The Owners");
		assertThat(owners.get("year").asInt()).isEqualTo(2020);
		assertThat(owners.get("id").asString()).isEqualTo("imdb:nm1987793");
		assertThat(owners.get("person").asString()).isEqualTo("nm1987793");
		assertThat(GraphSnapshot.count(this.driver, "MATCH (w:Work) WHERE w.imdbId IS NULL RETURN count(w)")).isZero();
		assertThat(GraphSnapshot.count(this.driver,
				"MATCH (p:Person) WHERE p.imdbId IS NULL OR 'imdb:' + p.imdbId <> p.id RETURN count(p)")).isZero();
		// Quotes are text in IMDb TSV.
		assertThat(single("MATCH (p:Person {id: 'imdb:nm5533924'}) RETURN p.name AS name").get("name").asString())
			.isEqualTo("Stephen \"Dr\" Love");
	}

	@Test
	void importingTheSameFilesTwiceChangesNothing() {
		this.imports.run(imdb(Fixtures.imdbDir()), new ImportProgress());
		GraphSnapshot first = GraphSnapshot.of(this.driver);

		this.imports.run(imdb(Fixtures.imdbDir()), new ImportProgress());

		assertThat(GraphSnapshot.of(this.driver).lines()).containsExactlyElementsOf(first.lines());
	}

	static ImportRequest.Imdb imdb(Path dir) {
		return new ImportRequest.Imdb(dir, ImdbParser.DEFAULT_TITLE_TYPES, false);
	}

	private Record single(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single();
		}
	}

	private List<Record> list(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).list();
		}
	}

	private List<String> ids(String cypher) {
		return list(cypher).stream().map((r) -> r.get("id").asString()).toList();
	}

}
