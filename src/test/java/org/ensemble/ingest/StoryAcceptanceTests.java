package org.ensemble.ingest;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The acceptance test of the second release: the Ballerina story in the formats film people hold
 * ({@code cypher/demo/imdb}, IMDb's files with IMDb's spellings, series and episodes; and
 * {@code cypher/demo/wikidata.ndjson}, a Wikidata extract), loaded through the importers. Found by the
 * names as the news spells them or in Hangul, the reunions are the story's: Lee Chung-hyun and Jeon
 * Jong-seo after The Call, Jeon Jong-seo and Kim Ji-hoon after the series Money Heist: Korea, and GRAY
 * with Netflix after Hellbound and D.P.
 */
class StoryAcceptanceTests extends GraphTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private Imports imports;

	@BeforeEach
	void importTheStory() {
		TheStory.importWith(this.imports);
	}

	@Test
	void theReunionsOfBallerinaAreTheStorysFoundByTheNamesAsTheNewsSpellsThem() throws Exception {
		String lee = firstHit("Lee Choong Hyun", "person");
		String jeon = firstHit("Jeon Jong Seo", "person");
		String kim = firstHit("김지훈", "person");
		String gray = firstHit("GRAY", "person");
		assertThat(firstHit("이충현", "person")).isEqualTo(lee);
		assertThat(firstHit("전종서", "person")).isEqualTo(jeon);
		String ballerina = firstHit("Ballerina", "work");

		JsonNode reunions = getJson("/api/works/" + ballerina + "/reunions");

		List<String> pairs = new ArrayList<>();
		reunions.path("pairs").forEach((pair) -> {
			List<String> works = new ArrayList<>();
			pair.path("works").forEach((w) -> works.add(w.path("title").asString()));
			pairs.add(pair.path("a").path("id").asString() + "+" + pair.path("b").path("id").asString() + " " + works);
		});
		assertThat(pairs).contains(pair(lee, jeon) + " [The Call]",
				pair(jeon, kim) + " [Money Heist: Korea – Joint Economic Area]");
		List<String> companies = new ArrayList<>();
		reunions.path("companies").forEach((c) -> {
			List<String> works = new ArrayList<>();
			c.path("works").forEach((w) -> works.add(w.path("title").asString()));
			companies.add(c.path("person").path("id").asString() + "@" + c.path("company").path("name").asString() + " "
					+ works.stream().sorted().toList());
		});
		assertThat(companies).contains(gray + "@Netflix [D.P., Hellbound]");
		// GRAY is the composer of Hellbound from its episodes' credits, IMDb's only word on it.
		JsonNode grayCredits = getJson("/api/people/" + gray);
		assertThat(grayCredits.path("name").asString()).isEqualTo("GRAY");
		List<String> composed = new ArrayList<>();
		grayCredits.path("credits").forEach((c) -> composed.add(c.path("work").path("title").asString() + ":" + c.path("role").asString()));
		assertThat(composed).contains("Hellbound:composer", "D.P.:composer", "Ballerina:composer");
		// One node per person: IMDb's nm id and Wikidata's Q id find the same Jeon Jong-seo.
		assertThat(getJson("/api/people/imdb:nm9112345").path("id").asString()).isEqualTo(jeon);
		assertThat(getJson("/api/people/wikidata:Q90000102").path("id").asString()).isEqualTo(jeon);
	}

	/** Every question that takes people takes any id they are known by, and answers with the node's own. */
	@Test
	void everyQuestionTakesAnyIdAPersonIsKnownBy() throws Exception {
		String jeon = getJson("/api/people/imdb:nm9112345").path("id").asString();
		String lee = getJson("/api/people/wikidata:Q90000101").path("id").asString();

		JsonNode collaborators = getJson("/api/people/wikidata:Q90000102/collaborators");
		assertThat(collaborators.path("person").path("id").asString()).isEqualTo(jeon);
		assertThat(collaborators.path("total").asInt()).isPositive();
		assertThat(getJson("/api/people/wikidata:Q90000102/collaborators?role=actor").path("person").path("id").asString())
			.isEqualTo(jeon);
		JsonNode together = getJson("/api/together?people=wikidata:Q90000101,imdb:nm9112345");
		List<String> titles = new ArrayList<>();
		together.path("works").forEach((w) -> titles.add(w.path("title").asString()));
		assertThat(titles).containsExactly("The Call", "Ballerina");
		JsonNode path = getJson("/api/paths?from=wikidata:Q90000101&to=imdb:nm9112345");
		assertThat(path.path("hops").asInt()).isOne();
		assertThat(path.path("path").path(0).path("id").asString()).isEqualTo(lee);
		JsonNode network = getJson("/api/network?people=wikidata:Q90000102");
		List<String> nodes = new ArrayList<>();
		network.path("nodes").forEach((n) -> nodes.add(n.path("id").asString()));
		assertThat(nodes).contains(jeon, lee);
		this.mvc.perform(get("/api/people/wikidata:Q404/collaborators")).andExpect(status().isNotFound());
	}

	/** The pair as the reunions answer names it: the smaller id first. */
	private static String pair(String x, String y) {
		return (x.compareTo(y) < 0) ? x + "+" + y : y + "+" + x;
	}

	private String firstHit(String q, String type) throws Exception {
		JsonNode hits = JSON.readTree(this.mvc.perform(get("/api/search").param("q", q).param("type", type))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).path("hits");
		assertThat(hits.size()).as("hits for %s", q).isPositive();
		return hits.path(0).path("id").asString();
	}

	private JsonNode getJson(String path) throws Exception {
		return JSON.readTree(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
	}

}
