package org.ensemble.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import org.ensemble.support.GraphTestSupport;
import org.ensemble.support.Requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Round trips of {@code PUT/GET/DELETE /api/works/{id}} over the real database. */
class WorkApiTests extends GraphTestSupport {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** The demo's Ballerina, as DESIGN.md shows the request. */
	private static final String BALLERINA = """
			{ "title": "Ballerina", "kind": "movie", "released": "2023-10-06", "year": 2023,
			  "companies": [{"id": "netflix", "name": "Netflix", "role": "distributor"}],
			  "credits": [
			    {"person": {"id": "lee-chung-hyun", "name": "Lee Chung-hyun",
			                "aliases": ["Lee Choong Hyun", "이충현"]}, "role": "director"},
			    {"person": {"id": "jeon-jong-seo", "name": "Jeon Jong-seo"}, "role": "actor",
			     "characters": ["Ok-ju"], "billing": 0},
			    {"person": {"id": "gray", "name": "GRAY"}, "role": "composer", "job": "music director"} ] }""";

	@Test
	void upsertingANewWorkAnswers201WithTheStoredWork() throws Exception {
		MvcResult put = this.mvc.perform(Requests.putJson("/api/works/netflix:ballerina", BALLERINA))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.id").value("netflix:ballerina"))
			.andReturn();

		assertThat(body(put)).isEqualTo(getWork("netflix:ballerina"));
	}

	@Test
	void aStoredWorkReadsBackWithItsCreditsAndCompanies() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/netflix:ballerina", BALLERINA)).andExpect(status().isCreated());

		this.mvc.perform(get("/api/works/netflix:ballerina"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("netflix:ballerina"))
			.andExpect(jsonPath("$.title").value("Ballerina"))
			.andExpect(jsonPath("$.kind").value("movie"))
			.andExpect(jsonPath("$.released").value("2023-10-06"))
			.andExpect(jsonPath("$.year").value(2023))
			.andExpect(jsonPath("$.companies", hasSize(1)))
			.andExpect(jsonPath("$.companies[0].id").value("netflix"))
			.andExpect(jsonPath("$.companies[0].name").value("Netflix"))
			.andExpect(jsonPath("$.companies[0].role").value("distributor"))
			.andExpect(jsonPath("$.credits", hasSize(3)))
			.andExpect(jsonPath("$.credits[?(@.person.id == 'jeon-jong-seo')].person.name").value(contains("Jeon Jong-seo")))
			.andExpect(jsonPath("$.credits[?(@.person.id == 'jeon-jong-seo')].role").value(contains("actor")))
			.andExpect(jsonPath("$.credits[?(@.person.id == 'jeon-jong-seo')].characters[0]").value(contains("Ok-ju")))
			.andExpect(jsonPath("$.credits[?(@.person.id == 'jeon-jong-seo')].billing").value(contains(0)))
			.andExpect(jsonPath("$.credits[?(@.person.id == 'lee-chung-hyun')].person.name").value(contains("Lee Chung-hyun")))
			.andExpect(jsonPath("$.credits[?(@.person.id == 'lee-chung-hyun')].role").value(contains("director")))
			.andExpect(jsonPath("$.credits[?(@.person.id == 'gray')].role").value(contains("composer")))
			.andExpect(jsonPath("$.credits[?(@.person.id == 'gray')].job").value(contains("music director")));
	}

	@Test
	void replacingAWorkReplacesItsCreditsAndAnswers200() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/netflix:ballerina", BALLERINA)).andExpect(status().isCreated());

		this.mvc.perform(Requests.putJson("/api/works/netflix:ballerina", """
				{ "title": "Ballerina", "released": "2023-10-06",
				  "credits": [
				    {"person": {"id": "kim-ji-hoon", "name": "Kim Ji-hoon"}, "role": "actor", "characters": ["Choi Pro"], "billing": 1},
				    {"person": {"id": "park-yu-rim", "name": "Park Yu-rim"}, "role": "actor", "characters": ["Min-hee"], "billing": 2} ] }"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.credits[*].person.id").value(contains("kim-ji-hoon", "park-yu-rim")));

		this.mvc.perform(get("/api/works/netflix:ballerina"))
			.andExpect(jsonPath("$.credits", hasSize(2)))
			.andExpect(jsonPath("$.credits[*].person.id").value(contains("kim-ji-hoon", "park-yu-rim")))
			.andExpect(jsonPath("$.credits[*].characters[0]").value(contains("Choi Pro", "Min-hee")))
			.andExpect(jsonPath("$.companies", hasSize(0)));
		assertThat(count("MATCH (:Person)-[c]->(:Work {id: 'netflix:ballerina'}) RETURN count(c) AS n")).isEqualTo(2);
		assertThat(count("MATCH (:Work {id: 'netflix:ballerina'})-[r:RELEASED_BY]->() RETURN count(r) AS n")).isZero();
	}

	@Test
	void upsertingTheSameWorkTwiceChangesNothing() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/netflix:ballerina", BALLERINA)).andExpect(status().isCreated());
		JsonNode first = getWork("netflix:ballerina");
		List<Long> graphFirst = graphCounts();

		MvcResult again = this.mvc.perform(Requests.putJson("/api/works/netflix:ballerina", BALLERINA))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(body(again)).isEqualTo(first);
		assertThat(getWork("netflix:ballerina")).isEqualTo(first);
		assertThat(graphCounts()).isEqualTo(graphFirst);
	}

	@Test
	void deletingAWorkAnswers204AndItIsGone() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/netflix:ballerina", BALLERINA)).andExpect(status().isCreated());

		this.mvc.perform(Requests.delete("/api/works/netflix:ballerina")).andExpect(status().isNoContent());

		this.mvc.perform(get("/api/works/netflix:ballerina"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail", containsString("netflix:ballerina")));
		assertThat(count("MATCH ()-[c]->(:Work) RETURN count(c) AS n")).isZero();
	}

	@Test
	void aPersonCastTwiceInOneWorkIsOneCreditWithBothCharactersAndTheBestBilling() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/twins", """
				{ "title": "Twins", "year": 2020,
				  "credits": [
				    {"person": {"id": "lead", "name": "The Lead"}, "role": "actor", "characters": ["Anna"], "billing": 3},
				    {"person": {"id": "lead", "name": "The Lead"}, "role": "actor", "characters": ["Hanna"], "billing": 1} ] }"""))
			.andExpect(status().isCreated());

		this.mvc.perform(get("/api/works/twins"))
			.andExpect(jsonPath("$.credits", hasSize(1)))
			.andExpect(jsonPath("$.credits[0].person.id").value("lead"))
			.andExpect(jsonPath("$.credits[0].role").value("actor"))
			.andExpect(jsonPath("$.credits[0].characters").value(contains("Anna", "Hanna")))
			.andExpect(jsonPath("$.credits[0].billing").value(1));
		assertThat(count("MATCH (:Person {id: 'lead'})-[c:ACTED_IN]->(:Work {id: 'twins'}) RETURN count(c) AS n")).isEqualTo(1);
	}

	@Test
	void aPersonInTwoRolesKeepsOneCreditPerRole() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/auteur", """
				{ "title": "Auteur", "year": 2019,
				  "credits": [
				    {"person": {"id": "maker", "name": "Maker"}, "role": "director"},
				    {"person": {"id": "maker", "name": "Maker"}, "role": "writer", "job": "screenplay"},
				    {"person": {"id": "maker", "name": "Maker"}, "role": "writer", "job": "story"} ] }"""))
			.andExpect(status().isCreated());

		this.mvc.perform(get("/api/works/auteur"))
			.andExpect(jsonPath("$.credits", hasSize(2)))
			.andExpect(jsonPath("$.credits[?(@.role == 'director')].person.id").value(contains("maker")))
			.andExpect(jsonPath("$.credits[?(@.role == 'writer')].job").value(contains("screenplay, story")));
	}

	@Test
	void theYearIsDerivedFromTheReleaseDate() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/dated", """
				{ "title": "Dated", "released": "2021-08-20", "credits": [] }"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.released").value("2021-08-20"))
			.andExpect(jsonPath("$.year").value(2021));

		assertThat(count("MATCH (w:Work {id: 'dated'}) RETURN w.year AS n")).isEqualTo(2021);
	}

	@Test
	void aWorkWithoutDateOrKindIsStoredAsAMovieWithoutYear() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/undated", """
				{ "title": "Undated", "credits": [] }"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("movie"))
			.andExpect(jsonPath("$.year").value(nullValue()))
			.andExpect(jsonPath("$.released").value(nullValue()))
			.andExpect(jsonPath("$.credits", hasSize(0)));
	}

	@Test
	void peopleAndCompaniesInlineAreCreatedOnFirstSight() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/netflix:ballerina", BALLERINA)).andExpect(status().isCreated());

		this.mvc.perform(get("/api/people/lee-chung-hyun"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Lee Chung-hyun"))
			.andExpect(jsonPath("$.aliases").value(contains("Lee Choong Hyun", "이충현")))
			.andExpect(jsonPath("$.credits[0].work.id").value("netflix:ballerina"))
			.andExpect(jsonPath("$.credits[0].role").value("director"));
		assertThat(count("MATCH (c:Company {id: 'netflix', name: 'Netflix'}) RETURN count(c) AS n")).isEqualTo(1);
	}

	@Test
	void aPersonAlreadyStoredIsNotRenamedByAWorksInlineCopy() throws Exception {
		this.mvc.perform(Requests.putJson("/api/people/gray", """
				{ "name": "GRAY", "aliases": ["그레이"] }""")).andExpect(status().isCreated());

		this.mvc.perform(Requests.putJson("/api/works/netflix:hellbound", """
				{ "title": "Hellbound", "kind": "series", "released": "2021-11-19",
				  "credits": [ {"person": {"id": "gray", "name": "Gray (typo)"}, "role": "composer", "job": "music"} ] }"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.credits[0].person.name").value("GRAY"));

		this.mvc.perform(get("/api/people/gray"))
			.andExpect(jsonPath("$.name").value("GRAY"))
			.andExpect(jsonPath("$.aliases").value(contains("그레이")));
	}

	@Test
	void twoWorksShareOnePersonNode() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/netflix:ballerina", BALLERINA)).andExpect(status().isCreated());
		this.mvc.perform(Requests.putJson("/api/works/netflix:the-call", """
				{ "title": "The Call", "released": "2020-11-27",
				  "credits": [ {"person": {"id": "lee-chung-hyun", "name": "Lee Chung-hyun"}, "role": "director"} ] }"""))
			.andExpect(status().isCreated());

		assertThat(count("MATCH (p:Person {id: 'lee-chung-hyun'}) RETURN count(p) AS n")).isEqualTo(1);
		assertThat(count("MATCH (:Person {id: 'lee-chung-hyun'})-[d:DIRECTED]->() RETURN count(d) AS n")).isEqualTo(2);
	}

	@Test
	void eachRoleIsStoredAsItsOwnRelationshipType() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/crew", """
				{ "title": "Crew", "year": 2022, "credits": [
				  {"person": {"id": "p1", "name": "One"}, "role": "director"},
				  {"person": {"id": "p2", "name": "Two"}, "role": "actor"},
				  {"person": {"id": "p3", "name": "Three"}, "role": "composer"},
				  {"person": {"id": "p4", "name": "Four"}, "role": "writer"},
				  {"person": {"id": "p5", "name": "Five"}, "role": "producer"},
				  {"person": {"id": "p6", "name": "Six"}, "role": "cinematographer"},
				  {"person": {"id": "p7", "name": "Seven"}, "role": "editor"} ] }"""))
			.andExpect(status().isCreated());

		try (Session session = this.driver.session()) {
			List<String> types = session.run("""
					MATCH (p:Person)-[c]->(:Work {id: 'crew'}) RETURN p.id + ' ' + type(c) AS credit ORDER BY credit""")
				.list((r) -> r.get("credit").asString());
			assertThat(types).containsExactly("p1 DIRECTED", "p2 ACTED_IN", "p3 COMPOSED", "p4 WROTE", "p5 PRODUCED",
					"p6 SHOT", "p7 EDITED");
		}
		this.mvc.perform(get("/api/works/crew"))
			.andExpect(jsonPath("$.credits[*].role").value(containsInAnyOrder("director", "actor",
					"composer", "writer", "producer", "cinematographer", "editor")));
	}

	private JsonNode getWork(String id) throws Exception {
		return body(this.mvc.perform(get("/api/works/{id}", id)).andExpect(status().isOk()).andReturn());
	}

	private static JsonNode body(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** Node and relationship counts of the data (migration bookkeeping left out). */
	private List<Long> graphCounts() {
		return List.of(count("MATCH (n) WHERE NOT n:__EnsembleMigration AND NOT n:__EnsembleMigrationLock RETURN count(n) AS n"),
				count("MATCH ()-[r]->() RETURN count(r) AS n"));
	}

	private long count(String cypher) {
		try (Session session = this.driver.session()) {
			return session.run(cypher).single().get("n").asLong();
		}
	}

}
