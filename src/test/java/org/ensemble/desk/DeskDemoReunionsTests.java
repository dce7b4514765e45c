package org.ensemble.desk;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.ensemble.catalog.DemoData;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On the JSON Lines demo, Ballerina's team written on paper (its people by id, Netflix, its release
 * date) has exactly the reunions of the stored Ballerina: one set of queries, one set of rules.
 */
class DeskDemoReunionsTests extends GraphTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private DemoData demo;

	@BeforeEach
	void loadTheDemo() {
		this.demo.load();
	}

	@Test
	void ballerinasTeamOnPaperHasTheReunionsOfTheStoredBallerina() throws Exception {
		JsonNode stored = json(this.mvc.perform(get("/api/works/netflix:ballerina/reunions")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		JsonNode work = json(this.mvc.perform(get("/api/works/netflix:ballerina")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		List<String> team = new ArrayList<>();
		work.path("credits").forEach((c) -> team.add("\"" + c.path("person").path("id").asString() + "\""));

		JsonNode paper = json(this.mvc.perform(post("/api/reunions").contentType(MediaType.APPLICATION_JSON).content("""
				{"people": [%s], "companies": ["NETFLIX"], "before": "2023-10-06"}""".formatted(String.join(",", team))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

		assertThat(pairs(paper)).isNotEmpty().containsExactlyInAnyOrderElementsOf(pairs(stored));
		assertThat(companies(paper)).isNotEmpty().containsExactlyInAnyOrderElementsOf(companies(stored));
	}

	private static JsonNode json(byte[] body) {
		return JSON.readTree(body);
	}

	/** Each pair as "id + id: [work ids]", the ids sorted: a paper team has no roles on the work to compare. */
	private static List<String> pairs(JsonNode answer) {
		List<String> pairs = new ArrayList<>();
		answer.path("pairs").forEach((pair) -> {
			List<String> ids = new ArrayList<>(List.of(pair.path("a").path("id").asString(), pair.path("b").path("id").asString()));
			ids.sort(null);
			pairs.add(String.join(" + ", ids) + ": " + ids(pair.path("works")));
		});
		return pairs;
	}

	private static List<String> companies(JsonNode answer) {
		List<String> rows = new ArrayList<>();
		answer.path("companies").forEach((row) -> rows.add(row.path("person").path("id").asString() + "@"
				+ row.path("company").path("id").asString() + ": " + ids(row.path("works"))));
		return rows;
	}

	private static List<String> ids(JsonNode works) {
		List<String> ids = new ArrayList<>();
		works.forEach((w) -> ids.add(w.path("id").asString()));
		return ids;
	}

}
