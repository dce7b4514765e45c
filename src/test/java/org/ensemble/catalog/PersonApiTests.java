package org.ensemble.catalog;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.support.GraphTestSupport;
import org.ensemble.support.Requests;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code PUT/GET /api/people/{id}}, with the Ballerina demo as the known answers. */
class PersonApiTests extends GraphTestSupport {

	@Autowired
	private DemoData demo;

	@Test
	void upsertingAPersonAnswers201ThenOnReplacement200() throws Exception {
		String body = """
				{ "name": "Jeon Jong-seo", "aliases": ["전종서"] }""";

		this.mvc.perform(Requests.putJson("/api/people/jeon-jong-seo", body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("jeon-jong-seo"))
			.andExpect(jsonPath("$.name").value("Jeon Jong-seo"));
		this.mvc.perform(Requests.putJson("/api/people/jeon-jong-seo", body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("jeon-jong-seo"));
	}

	@Test
	void aPersonReadsBackWithAliasesAndExternalIds() throws Exception {
		// A made-up person: the external ids are placeholders, not anyone's real record.
		this.mvc.perform(Requests.putJson("/api/people/fixture:someone", """
				{ "name": "Someone Fictional", "aliases": ["S. Fictional", "가상 인물"],
				  "imdbId": "imdb-fixture-1", "tmdbId": "tmdb-fixture-1", "wikidataId": "wikidata-fixture-1", "birthYear": 1990 }"""))
			.andExpect(status().isCreated());

		this.mvc.perform(get("/api/people/fixture:someone"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("fixture:someone"))
			.andExpect(jsonPath("$.name").value("Someone Fictional"))
			.andExpect(jsonPath("$.aliases").value(contains("S. Fictional", "가상 인물")))
			.andExpect(jsonPath("$.imdbId").value("imdb-fixture-1"))
			.andExpect(jsonPath("$.tmdbId").value("tmdb-fixture-1"))
			.andExpect(jsonPath("$.wikidataId").value("wikidata-fixture-1"))
			.andExpect(jsonPath("$.birthYear").value(1990))
			.andExpect(jsonPath("$.credits", hasSize(0)));
	}

	@Test
	void replacingAPersonReplacesTheirFacts() throws Exception {
		this.mvc.perform(Requests.putJson("/api/people/gray", """
				{ "name": "Gray", "aliases": ["Grey"], "imdbId": "imdb-fixture-2" }""")).andExpect(status().isCreated());

		this.mvc.perform(Requests.putJson("/api/people/gray", """
				{ "name": "GRAY", "aliases": ["그레이"] }""")).andExpect(status().isOk());

		this.mvc.perform(get("/api/people/gray"))
			.andExpect(jsonPath("$.name").value("GRAY"))
			.andExpect(jsonPath("$.aliases").value(contains("그레이")))
			.andExpect(jsonPath("$.imdbId").value(nullValue()));
	}

	@Test
	void creditsAreListedInReleaseOrder() throws Exception {
		this.demo.load();

		this.mvc.perform(get("/api/people/gray"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("GRAY"))
			.andExpect(jsonPath("$.credits[*].work.title").value(contains("D.P.", "Hellbound", "Ballerina")))
			.andExpect(jsonPath("$.credits[*].work.released").value(contains("2021-08-27", "2021-11-19", "2023-10-06")))
			.andExpect(jsonPath("$.credits[*].role").value(contains("composer", "composer", "composer")))
			.andExpect(jsonPath("$.credits[2].job").value("music director"));
		this.mvc.perform(get("/api/people/jeon-jong-seo"))
			.andExpect(jsonPath("$.credits[*].work.id")
				.value(contains("netflix:the-call", "netflix:money-heist-korea", "netflix:ballerina")))
			.andExpect(jsonPath("$.credits[2].characters").value(contains("Ok-ju")))
			.andExpect(jsonPath("$.credits[2].billing").value(0));
	}

	@Test
	void aWorkWithOnlyAYearIsPlacedWithinThatYear() throws Exception {
		this.demo.load();
		this.mvc.perform(Requests.putJson("/api/works/gray-2022", """
				{ "title": "Some 2022 Score", "year": 2022,
				  "credits": [ {"person": {"id": "gray", "name": "GRAY"}, "role": "composer"} ] }"""))
			.andExpect(status().isCreated());

		this.mvc.perform(get("/api/people/gray"))
			.andExpect(jsonPath("$.credits[*].work.title").value(contains("D.P.", "Hellbound", "Some 2022 Score", "Ballerina")));
	}

	@Test
	void upsertingAPersonKeepsTheirCredits() throws Exception {
		this.demo.load();

		this.mvc.perform(Requests.putJson("/api/people/gray", """
				{ "name": "GRAY", "aliases": ["그레이", "Gray (musician)"] }"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.aliases").value(contains("그레이", "Gray (musician)")))
			.andExpect(jsonPath("$.credits", hasSize(3)));
	}

	@Test
	void theBodysIdMustMatchThePath() throws Exception {
		this.mvc.perform(Requests.putJson("/api/people/gray", """
				{ "id": "someone-else", "name": "GRAY" }"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("someone-else")))
			.andExpect(jsonPath("$.parameter").value("id"));

		this.mvc.perform(get("/api/people/gray")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/people/someone-else")).andExpect(status().isNotFound());
	}

}
