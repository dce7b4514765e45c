package org.ensemble.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.ensemble.support.GraphTestSupport;
import org.ensemble.support.Requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every way a catalog request can be wrong answers an RFC 9457 problem, and changes nothing. */
class CatalogErrorTests extends GraphTestSupport {

	private static final String WORK = """
			{ "title": "Ballerina", "released": "2023-10-06",
			  "credits": [ {"person": {"id": "jeon-jong-seo", "name": "Jeon Jong-seo"}, "role": "actor"} ] }""";

	@Autowired
	private DemoData demo;

	@Test
	void anUnknownWorkIsANotFoundProblem() throws Exception {
		problem(this.mvc.perform(get("/api/works/no-such-work")), 404)
			.andExpect(jsonPath("$.detail", containsString("no-such-work")));
	}

	@Test
	void anUnknownPersonIsANotFoundProblem() throws Exception {
		problem(this.mvc.perform(get("/api/people/no-such-person")), 404)
			.andExpect(jsonPath("$.detail", containsString("no-such-person")));
	}

	@Test
	void deletingAnUnknownWorkIsANotFoundProblem() throws Exception {
		problem(this.mvc.perform(Requests.delete("/api/works/no-such-work")), 404)
			.andExpect(jsonPath("$.detail", containsString("no-such-work")));
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		problem(this.mvc.perform(Requests.putJson("/api/works/broken", "{ \"title\": \"Broken\", \"credits\": [ ")), 400);
		problem(this.mvc.perform(Requests.putJson("/api/works/broken", "not json at all")), 400);
		problem(this.mvc.perform(Requests.putJson("/api/works/broken", "")), 400);
		assertThat(dataCounts()).containsExactly(0L, 0L);
	}

	@Test
	void anUnknownRoleIsABadRequestNamingWhereItIs() throws Exception {
		problem(this.mvc.perform(Requests.putJson("/api/works/w1", """
				{ "title": "W", "credits": [ {"person": {"id": "p1", "name": "P"}, "role": "gaffer"} ] }""")), 400)
			.andExpect(jsonPath("$.detail", containsString("credits[0].role")))
			.andExpect(jsonPath("$.detail", containsString("gaffer")));
		assertThat(dataCounts()).containsExactly(0L, 0L);
	}

	@Test
	void aRoleInTheWrongCaseIsUnknown() throws Exception {
		problem(this.mvc.perform(Requests.putJson("/api/works/w1", """
				{ "title": "W", "credits": [ {"person": {"id": "p1", "name": "P"}, "role": "actor"},
				                             {"person": {"id": "p2", "name": "Q"}, "role": "Director"} ] }""")), 400)
			.andExpect(jsonPath("$.detail", containsString("credits[1].role")));
	}

	@Test
	void anIdWithForbiddenCharactersIsABadRequest() throws Exception {
		problem(this.mvc.perform(withKey(put("/api/works/{id}", "bad id!")).contentType(MediaType.APPLICATION_JSON).content(WORK)), 400)
			.andExpect(jsonPath("$.parameter").value("id"));
		problem(this.mvc.perform(get("/api/works/{id}", "bad id!")), 400).andExpect(jsonPath("$.parameter").value("id"));
		problem(this.mvc.perform(get("/api/people/{id}", "ünïcode")), 400).andExpect(jsonPath("$.parameter").value("id"));
		assertThat(dataCounts()).containsExactly(0L, 0L);
	}

	@Test
	void anIdLongerThan128CharactersIsABadRequest() throws Exception {
		String longId = "a".repeat(200);
		problem(this.mvc.perform(Requests.putJson("/api/works/" + longId, WORK)), 400)
			.andExpect(jsonPath("$.parameter").value("id"));
		problem(this.mvc.perform(Requests.putJson("/api/people/" + longId, "{\"name\": \"Long\"}")), 400)
			.andExpect(jsonPath("$.parameter").value("id"));
		this.mvc.perform(Requests.putJson("/api/works/" + "a".repeat(128), WORK)).andExpect(status().isCreated());
	}

	@Test
	void aCreditedPersonsIdIsValidatedToo() throws Exception {
		problem(this.mvc.perform(Requests.putJson("/api/works/w1", """
				{ "title": "W", "credits": [ {"person": {"id": "no spaces", "name": "P"}, "role": "actor"} ] }""")), 400)
			.andExpect(jsonPath("$.detail", containsString("credits[0].person.id")));
		problem(this.mvc.perform(Requests.putJson("/api/works/w1", """
				{ "title": "W", "credits": [ {"person": {"name": "Nobody"}, "role": "actor"} ] }""")), 400)
			.andExpect(jsonPath("$.detail", containsString("credits[0].person.id")));
		assertThat(dataCounts()).containsExactly(0L, 0L);
	}

	@Test
	void aMissingTitleIsABadRequestNamingTitle() throws Exception {
		problem(this.mvc.perform(Requests.putJson("/api/works/w1", """
				{ "released": "2023-10-06", "credits": [] }""")), 400)
			.andExpect(jsonPath("$.detail", containsString("title")))
			.andExpect(jsonPath("$.errors", hasItem("title")));
	}

	@Test
	void missingCreditsAreABadRequestNamingCredits() throws Exception {
		problem(this.mvc.perform(Requests.putJson("/api/works/w1", """
				{ "title": "W" }""")), 400)
			.andExpect(jsonPath("$.errors", hasItem("credits")));
	}

	@Test
	void aReleaseDateOutsideTheGivenYearIsABadRequest() throws Exception {
		problem(this.mvc.perform(Requests.putJson("/api/works/w1", """
				{ "title": "W", "released": "2023-10-06", "year": 2022, "credits": [] }""")), 400)
			.andExpect(jsonPath("$.detail", containsString("2022")))
			.andExpect(jsonPath("$.parameter").value("year"));
		this.mvc.perform(get("/api/works/w1")).andExpect(status().isNotFound());
	}

	@Test
	void anInvalidDateIsABadRequestNamingReleased() throws Exception {
		problem(this.mvc.perform(Requests.putJson("/api/works/w1", """
				{ "title": "W", "released": "2023-02-30", "credits": [] }""")), 400)
			.andExpect(jsonPath("$.detail", containsString("released")));
	}

	@Test
	void aBodyIdDifferentFromThePathIsABadRequest() throws Exception {
		problem(this.mvc.perform(Requests.putJson("/api/works/w1", """
				{ "id": "w2", "title": "W", "credits": [] }""")), 400)
			.andExpect(jsonPath("$.parameter").value("id"));
		assertThat(dataCounts()).containsExactly(0L, 0L);
	}

	@Test
	void aBodyOverTheSizeLimitIsRefusedWith413() throws Exception {
		byte[] body = new byte[9 * 1024 * 1024];
		Arrays.fill(body, (byte) ' ');
		byte[] json = WORK.getBytes(StandardCharsets.UTF_8);
		System.arraycopy(json, 0, body, 0, json.length);

		problem(this.mvc.perform(withKey(put("/api/works/huge")).contentType(MediaType.APPLICATION_JSON).content(body)), 413);
		assertThat(dataCounts()).containsExactly(0L, 0L);
	}

	@Test
	void aWriteWithoutAKeyIs401AndChangesNothing() throws Exception {
		this.demo.load();
		List<Long> before = dataCounts();

		unauthorized(put("/api/works/netflix:ballerina").contentType(MediaType.APPLICATION_JSON).content(WORK));
		unauthorized(put("/api/works/new-work").contentType(MediaType.APPLICATION_JSON).content(WORK));
		unauthorized(delete("/api/works/netflix:ballerina"));
		unauthorized(put("/api/people/gray").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Renamed\"}"));

		assertThat(dataCounts()).isEqualTo(before);
		this.mvc.perform(get("/api/works/netflix:ballerina")).andExpect(jsonPath("$.credits.length()").value(5));
		this.mvc.perform(get("/api/people/gray")).andExpect(jsonPath("$.name").value("GRAY"));
		this.mvc.perform(get("/api/works/new-work")).andExpect(status().isNotFound());
	}

	@Test
	void aWriteWithAWrongKeyIs401AndChangesNothing() throws Exception {
		this.demo.load();
		List<Long> before = dataCounts();

		unauthorized(delete("/api/works/netflix:ballerina").header("X-Api-Key", "wrong-key"));
		unauthorized(delete("/api/works/netflix:ballerina").header("Authorization", "Bearer wrong-key"));
		unauthorized(delete("/api/works/netflix:ballerina").header("Authorization", "Basic dGVzdC1rZXk6"));
		unauthorized(delete("/api/works/netflix:ballerina").header("X-Api-Key", ""));

		assertThat(dataCounts()).isEqualTo(before);
		this.mvc.perform(get("/api/works/netflix:ballerina")).andExpect(status().isOk());
	}

	@Test
	void aKeyInTheQueryStringIsRefused() throws Exception {
		this.demo.load();
		List<Long> before = dataCounts();

		unauthorized(delete("/api/works/netflix:ballerina").param("api_key", API_KEY))
			.andExpect(jsonPath("$.detail", containsString("query string")));
		unauthorized(delete("/api/works/netflix:ballerina?apiKey=" + API_KEY));

		assertThat(dataCounts()).isEqualTo(before);
	}

	@Test
	void aBearerKeyIsAccepted() throws Exception {
		this.mvc.perform(put("/api/works/w1").header("Authorization", "Bearer " + API_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(WORK)).andExpect(status().isCreated());
		this.mvc.perform(delete("/api/works/w1").header("Authorization", "bearer " + API_KEY))
			.andExpect(status().isNoContent());
	}

	@Test
	void readsNeedNoKey() throws Exception {
		this.demo.load();
		this.mvc.perform(get("/api/works/netflix:ballerina")).andExpect(status().isOk());
		this.mvc.perform(get("/api/people/gray")).andExpect(status().isOk());
		this.mvc.perform(get("/api/search").param("q", "gray")).andExpect(status().isOk());
	}

	private ResultActions unauthorized(MockHttpServletRequestBuilder request) throws Exception {
		return problem(this.mvc.perform(request), 401);
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	private static MockHttpServletRequestBuilder withKey(MockHttpServletRequestBuilder request) {
		return request.header("X-Api-Key", API_KEY);
	}

	/** Nodes and relationships of the data, leaving out the migration bookkeeping. */
	private List<Long> dataCounts() {
		try (Session session = this.driver.session()) {
			long nodes = session.run("""
					MATCH (n) WHERE NOT n:__EnsembleMigration AND NOT n:__EnsembleMigrationLock RETURN count(n) AS n""")
				.single().get("n").asLong();
			long relationships = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
			return List.of(nodes, relationships);
		}
	}

}
