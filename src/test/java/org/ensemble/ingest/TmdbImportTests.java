package org.ensemble.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.support.GraphSnapshot;
import org.ensemble.catalog.CatalogStats;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The TMDB fixture (28 real movies, see {@code cut_tmdb_fixture.py} for why each is there) through
 * {@link Imports#run} into the graph. The numbers come from
 * {@code src/test/resources/ingest/graph/expected_graph.py}: Python csv/json over the fixture, one
 * credit per distinct (movie, person, role) with the DESIGN.md §4 job mapping, one collaboration per
 * distinct unordered pair of people credited on a common movie.
 */
class TmdbImportTests extends GraphTestSupport {

	static final Map<String, Long> CREDITS_BY_ROLE = Map.of("director", 29L, "actor", 309L, "composer", 16L, "writer", 34L,
			"producer", 33L, "cinematographer", 10L, "editor", 14L);

	static final long WORKS = 28;

	static final long PEOPLE = 410;

	static final long CREDITS = 445;

	static final long COLLABORATIONS = 7_773;

	/** 47 production companies listed on the fixture's movies, 46 distinct (cut_tmdb_fixture.py's data, Python csv/json). */
	static final long RELEASES = 47;

	static final long COMPANIES = 46;

	@Autowired
	private Imports imports;

	@Autowired
	private CatalogStats stats;

	@TempDir
	Path dir;

	@Test
	void importStoresTheWorksPeopleAndCreditsOfTheFixture() throws Exception {
		ImportReport report = this.imports.run(Fixtures.tmdb(), new ImportProgress());

		assertThat(report.format()).isEqualTo("tmdb");
		assertThat(report.worksRead()).isEqualTo(WORKS);
		assertThat(report.worksStored()).isEqualTo(WORKS);
		assertThat(report.creditsStored()).isEqualTo(CREDITS);
		assertThat(report.worksInDatabase()).isEqualTo(WORKS);
		assertThat(report.peopleInDatabase()).isEqualTo(PEOPLE);
		assertThat(report.creditsInDatabase()).isEqualTo(CREDITS_BY_ROLE);
		assertThat(report.collaborations()).isEqualTo(COLLABORATIONS);
		assertThat(report.skipped()).isZero();
		assertThat(report.skippedLines()).isEmpty();

		CatalogStats.Stats stats = this.stats.current();
		assertThat(stats.works()).isEqualTo(WORKS);
		assertThat(stats.people()).isEqualTo(PEOPLE);
		assertThat(stats.credits()).isEqualTo(CREDITS_BY_ROLE);
		assertThat(stats.collaborations()).isEqualTo(COLLABORATIONS);
		assertThat(stats.companies()).isEqualTo(COMPANIES);
		assertThat(GraphSnapshot.count(this.driver, "MATCH (:Work)-[r:RELEASED_BY {role: 'production'}]->(:Company) RETURN count(r)"))
			.isEqualTo(RELEASES);
		this.mvc.perform(get("/api/stats"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.works").value(WORKS))
			.andExpect(jsonPath("$.people").value(PEOPLE))
			.andExpect(jsonPath("$.credits.actor").value(CREDITS_BY_ROLE.get("actor")))
			.andExpect(jsonPath("$.credits.writer").value(CREDITS_BY_ROLE.get("writer")))
			.andExpect(jsonPath("$.collaborations").value(COLLABORATIONS));
	}

	@Test
	void collaborationsAreTheDistinctPairsSharingAWork() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());

		assertThat(GraphSnapshot.count(this.driver, "MATCH ()-[r:COLLABORATED_WITH]->() RETURN count(r)"))
			.isEqualTo(COLLABORATIONS);
		// The same number from the credits in the graph, as a cross-check of the materialised ones.
		assertThat(GraphSnapshot.count(this.driver, """
				MATCH (a:Person)-->(w:Work)<--(b:Person) WHERE a.id < b.id
				RETURN count(DISTINCT [a.id, b.id])""")).isEqualTo(COLLABORATIONS);
		// Richard Linklater directs, writes and acts in Slacker, whose only other credit is one actor:
		// one collaboration, counting one shared work however many roles he had.
		Record linklater = single("""
				MATCH (a:Person {id: 'tmdb:person:564'})-[r:COLLABORATED_WITH]-(b:Person)
				RETURN count(b) AS n, collect(r.shared) AS shared""");
		assertThat(linklater.get("n").asLong()).isEqualTo(1);
		assertThat(linklater.get("shared").asList(Value::asInt)).containsExactly(1);
	}

	@Test
	void importingTheSameFilesTwiceChangesNothing() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());
		GraphSnapshot first = GraphSnapshot.of(this.driver);

		ImportReport again = this.imports.run(Fixtures.tmdb(), new ImportProgress());

		GraphSnapshot second = GraphSnapshot.of(this.driver);
		assertThat(second.lines()).containsExactlyElementsOf(first.lines());
		assertThat(second.checksum()).isEqualTo(first.checksum());
		assertThat(again.worksInDatabase()).isEqualTo(WORKS);
		assertThat(again.peopleInDatabase()).isEqualTo(PEOPLE);
		assertThat(again.creditsInDatabase()).isEqualTo(CREDITS_BY_ROLE);
		assertThat(again.collaborations()).isEqualTo(COLLABORATIONS);
	}

	@Test
	void aPersonCastTwiceInOneMovieHasOneCreditWithBothCharacters() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());

		// An American in Hollywood: Richard Carroll Jr. (99160) is cast as Josiah (order 3) and Ayoka (order 4).
		List<Record> credits = list("""
				MATCH (:Person {id: 'tmdb:person:99160'})-[c:ACTED_IN]->(:Work {id: 'tmdb:movie:282128'})
				RETURN c.characters AS characters, c.billing AS billing""");
		assertThat(credits).hasSize(1);
		assertThat(credits.get(0).get("characters").asList(Value::asString)).containsExactly("Josiah", "Ayoka");
		assertThat(credits.get(0).get("billing").asInt()).isEqualTo(3);
	}

	@Test
	void aMovieKeepsAllItsDirectors() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());

		assertThat(ids("MATCH (p:Person)-[:DIRECTED]->(:Work {id: 'tmdb:movie:603'}) RETURN p.id AS id"))
			.containsExactlyInAnyOrder("tmdb:person:9339", "tmdb:person:9340");
		// The Trials Of Darryl Hunt: two directors and no cast.
		assertThat(ids("MATCH (p:Person)-[:DIRECTED]->(:Work {id: 'tmdb:movie:37985'}) RETURN p.id AS id")).hasSize(2);
		assertThat(ids("MATCH (p:Person)-[:ACTED_IN]->(:Work {id: 'tmdb:movie:37985'}) RETURN p.id AS id")).isEmpty();
	}

	@Test
	void aDirectorWhoAlsoActsHasOneCreditPerRole() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());

		// The Vatican Exorcisms: Joe Marino directs and plays himself.
		assertThat(ids("MATCH (:Person {id: 'tmdb:person:1184745'})-[c]->(:Work {id: 'tmdb:movie:202604'}) RETURN type(c) AS id"))
			.containsExactlyInAnyOrder("DIRECTED", "ACTED_IN");
		// Slacker: Richard Linklater directs, writes (job "Writer") and acts.
		List<Record> linklater = list("""
				MATCH (:Person {id: 'tmdb:person:564'})-[c]->(:Work {id: 'tmdb:movie:14022'})
				RETURN type(c) AS type, c.job AS job ORDER BY type""");
		assertThat(linklater).extracting((r) -> r.get("type").asString()).containsExactly("ACTED_IN", "DIRECTED", "WROTE");
		assertThat(linklater.get(2).get("job").asString()).isEqualTo("Writer");
	}

	@Test
	void aMovieWithoutCastOrCrewIsStoredWithoutCredits() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());

		Record running = single("""
				MATCH (w:Work {id: 'tmdb:movie:447027'})
				RETURN w.title AS title, w.released AS released, w.year AS year, w.tmdbId AS tmdbId,
				       COUNT { (w)<--(:Person) } AS credits""");
		assertThat(running.get("title").asString()).isEqualTo("Running Forever");
		assertThat(running.get("released").asLocalDate()).hasToString("2015-10-27");
		assertThat(running.get("year").asInt()).isEqualTo(2015);
		assertThat(running.get("tmdbId").asString()).isEqualTo("447027");
		assertThat(running.get("credits").asLong()).isZero();
	}

	@Test
	void aMissingReleaseDateLeavesNeitherReleasedNorYear() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());

		Record work = single("MATCH (w:Work {id: 'tmdb:movie:380097'}) RETURN w.title AS title, keys(w) AS keys");
		assertThat(work.get("title").asString()).isEqualTo("America Is Still the Place");
		assertThat(work.get("keys").asList(Value::asString)).doesNotContain("released", "year");
	}

	@Test
	void namesAreStoredAsGivenAndFoundTrimmed() throws Exception {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());

		assertThat(name("tmdb:person:1018729")).isEqualTo("Norma Argentina ");
		assertThat(name("tmdb:person:557883")).isEqualTo("David Evans ");
		assertThat(name("tmdb:person:1111712")).isEqualTo("Brendan \"Doogie\" Milewski");
		assertThat(name("tmdb:person:71041")).isEqualTo("\"Weird Al\" Yankovic");
		assertThat(name("tmdb:person:1348331")).isEqualTo("Claudia Lapacó");
		assertThat(name("tmdb:person:130985")).isEqualTo("徐帆");

		this.mvc.perform(get("/api/search").param("q", "norma argentina").param("type", "person"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].id").value("tmdb:person:1018729"))
			.andExpect(jsonPath("$.hits[0].name").value("Norma Argentina "));
		this.mvc.perform(get("/api/search").param("q", "  David Evans\t").param("type", "person"))
			.andExpect(jsonPath("$.hits[0].id").value("tmdb:person:557883"));
		this.mvc.perform(get("/api/search").param("q", "weird al yankovic").param("type", "person"))
			.andExpect(jsonPath("$.hits[0].id").value("tmdb:person:71041"))
			.andExpect(jsonPath("$.hits[0].name").value("\"Weird Al\" Yankovic"));
		this.mvc.perform(get("/api/search").param("q", "doogie milewski").param("type", "person"))
			.andExpect(jsonPath("$.hits[0].id").value("tmdb:person:1111712"));
		this.mvc.perform(get("/api/search").param("q", "claudia lapaco").param("type", "person"))
			.andExpect(jsonPath("$.hits[0].id").value("tmdb:person:1348331"));
		this.mvc.perform(get("/api/search").param("q", "徐帆").param("type", "person"))
			.andExpect(jsonPath("$.hits[0].id").value("tmdb:person:130985"));
	}

	@Test
	void twoPeopleWithTheSameNameStayTwoPeople() throws Exception {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());

		assertThat(ids("MATCH (p:Person {name: 'Steve James'}) RETURN p.id AS id"))
			.containsExactlyInAnyOrder("tmdb:person:55271", "tmdb:person:122449");
		// Heroes of Dirt: one Eric Bugbee directs, another writes.
		assertThat(ids("MATCH (p:Person {name: 'Eric Bugbee'})-[:DIRECTED]->(:Work {id: 'tmdb:movie:354624'}) RETURN p.id AS id"))
			.containsExactly("tmdb:person:1562421");
		assertThat(ids("MATCH (p:Person {name: 'Eric Bugbee'})-[:WROTE]->(:Work {id: 'tmdb:movie:354624'}) RETURN p.id AS id"))
			.containsExactly("tmdb:person:1562422");
		this.mvc.perform(get("/api/search").param("q", "steve james").param("type", "person"))
			.andExpect(jsonPath("$.hits[?(@.name == 'Steve James')].id",
					containsInAnyOrder("tmdb:person:55271", "tmdb:person:122449")));
	}

	@Test
	void worksAndPeopleCarryTheirTmdbIds() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());

		Record avatar = single("""
				MATCH (w:Work {id: 'tmdb:movie:19995'})<-[:DIRECTED]-(p:Person)
				RETURN w.tmdbId AS work, w.kind AS kind, p.id AS id, p.tmdbId AS person, p.name AS name""");
		assertThat(avatar.get("work").asString()).isEqualTo("19995");
		assertThat(avatar.get("kind").asString()).isEqualTo("movie");
		assertThat(avatar.get("id").asString()).isEqualTo("tmdb:person:2710");
		assertThat(avatar.get("person").asString()).isEqualTo("2710");
		assertThat(avatar.get("name").asString()).isEqualTo("James Cameron");
		assertThat(GraphSnapshot.count(this.driver, "MATCH (w:Work) WHERE w.tmdbId IS NULL RETURN count(w)")).isZero();
		assertThat(GraphSnapshot.count(this.driver, "MATCH (p:Person) WHERE p.tmdbId IS NULL RETURN count(p)")).isZero();
	}

	@Test
	void productionCompaniesAreStoredWithTheirTmdbIdsAndNames() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());

		// Avatar: Ingenious Film Partners (289), Twentieth Century Fox Film Corporation (306), Dune
		// Entertainment (444), Lightstorm Entertainment (574).
		assertThat(list("""
				MATCH (:Work {id: 'tmdb:movie:19995'})-[r:RELEASED_BY]->(c:Company)
				RETURN c.id AS id, c.name AS name, r.role AS role ORDER BY id""")).extracting((r) -> r.get("id").asString(),
						(r) -> r.get("name").asString(), (r) -> r.get("role").asString())
			.containsExactly(tuple("tmdb:company:289", "Ingenious Film Partners", "production"),
					tuple("tmdb:company:306", "Twentieth Century Fox Film Corporation", "production"),
					tuple("tmdb:company:444", "Dune Entertainment", "production"),
					tuple("tmdb:company:574", "Lightstorm Entertainment", "production"));
	}

	@Test
	void whoWorkedBeforeWithTheMoviesProductionCompanyIsACompanyReunion() throws Exception {
		// The Singles Ward (2002) and The R.M. (2003): both produced by Halestorm Entertainment, both
		// directed by Kurt Hale with Kirby Heyborne in the cast, and nobody else on both.
		this.imports.run(companiesFixture(Fixtures.fixture("tmdb-companies/tmdb_5000_movies.csv")), new ImportProgress());

		this.mvc.perform(get("/api/works/tmdb:movie:36825/reunions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.companies.length()").value(2))
			.andExpect(jsonPath("$.companies[*].person.id", containsInAnyOrder("tmdb:person:288712", "tmdb:person:63494")))
			.andExpect(jsonPath("$.companies[*].company.id", everyItem(is("tmdb:company:4003"))))
			.andExpect(jsonPath("$.companies[0].company.name").value("Halestorm entertainment"))
			.andExpect(jsonPath("$.companies[*].works.length()", everyItem(is(1))))
			.andExpect(jsonPath("$.companies[*].works[0].id", everyItem(is("tmdb:movie:16653"))));
		// The earlier movie has nobody who worked with the company before.
		this.mvc.perform(get("/api/works/tmdb:movie:16653/reunions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.companies.length()").value(0));
	}

	@Test
	void badProductionCompaniesJsonIsReportedWithFileAndLineAndItsMovieImportedWithoutCompanies() {
		List<String> movies = new ArrayList<>(Fixtures.lines(Fixtures.fixture("tmdb-companies/tmdb_5000_movies.csv")));
		// Line 3 is The R.M.: its company list loses its closing bracket.
		movies.set(2, movies.get(2).replace("\"[{\"\"name\"\": \"\"Halestorm entertainment\"\", \"\"id\"\": 4003}]\"",
				"\"[{\"\"name\"\": \"\"Halestorm entertainment\"\", \"\"id\"\": 4003}\""));
		assertThat(movies.get(2)).contains("4003}\",");

		ImportReport report = this.imports.run(companiesFixture(Fixtures.writeLines(this.dir, "tmdb_5000_movies.csv", movies)),
				new ImportProgress());

		assertThat(report.skippedLines()).singleElement()
			.satisfies((skip) -> assertThat(skip.toString()).startsWith("tmdb_5000_movies.csv:3: production_companies is not valid JSON"));
		// As with any bad row of the movies file, the movie is imported as the credits file gives it.
		assertThat(report.worksStored()).isEqualTo(2);
		assertThat(ids("MATCH (w:Work {id: 'tmdb:movie:36825'})-[:RELEASED_BY]->(c) RETURN c.id AS id")).isEmpty();
		assertThat(ids("MATCH (w:Work {id: 'tmdb:movie:16653'})-[:RELEASED_BY]->(c) RETURN c.id AS id"))
			.containsExactly("tmdb:company:4003");
	}

	private static ImportRequest.Tmdb companiesFixture(Path movies) {
		return new ImportRequest.Tmdb(Fixtures.fixture("tmdb-companies/tmdb_5000_credits.csv"), movies);
	}

	private String name(String id) {
		return single("MATCH (p:Person {id: $id}) RETURN p.name AS name", Map.of("id", id)).get("name").asString();
	}

	private Record single(String cypher) {
		return single(cypher, Map.of());
	}

	private Record single(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.run(cypher, parameters).single();
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
