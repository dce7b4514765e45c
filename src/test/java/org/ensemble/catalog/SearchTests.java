package org.ensemble.catalog;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.ensemble.credit.SearchText;
import org.ensemble.support.GraphTestSupport;
import org.ensemble.support.Requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/search} over the Ballerina demo. */
class SearchTests extends GraphTestSupport {

	@Autowired
	private DemoData demo;

	@BeforeEach
	void loadDemo() {
		this.demo.load();
	}

	@ParameterizedTest
	@ValueSource(strings = { "lee choong hyun", "LEE CHUNG-HYUN", "이충현", "lee chunghyun", "Lee Chung Hyun", "chung-hyun" })
	void findsLeeChungHyunByNameAliasAndSpelling(String q) throws Exception {
		this.mvc.perform(get("/api/search").param("q", q))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].id").value("lee-chung-hyun"))
			.andExpect(jsonPath("$.hits[0].name").value("Lee Chung-hyun"))
			.andExpect(jsonPath("$.hits[0].type").value("person"))
			.andExpect(jsonPath("$.hits[0].score").isNumber());
	}

	@Test
	void aPartialNameFindsThePerson() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "jeon jong"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].id").value("jeon-jong-seo"))
			.andExpect(jsonPath("$.hits[0].name").value("Jeon Jong-seo"));
	}

	@Test
	void everyWordOfTheQueryMustMatch() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "park yu"))
			.andExpect(jsonPath("$.hits[*].id").value(org.hamcrest.Matchers.contains("park-yu-rim")));
	}

	@Test
	void aHangulAliasFindsGray() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "그레이"))
			.andExpect(jsonPath("$.hits[0].id").value("gray"));
	}

	@Test
	void typeWorkFindsWorksOnly() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "ballerina").param("type", "work"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits", hasSize(1)))
			.andExpect(jsonPath("$.hits[0].id").value("netflix:ballerina"))
			.andExpect(jsonPath("$.hits[0].title").value("Ballerina"))
			.andExpect(jsonPath("$.hits[0].year").value(2023))
			.andExpect(jsonPath("$.hits[0].type").value("work"));
	}

	@Test
	void typePersonFindsPeopleOnly() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "park").param("type", "person"))
			.andExpect(jsonPath("$.hits[*].type", everyItem(is("person"))))
			.andExpect(jsonPath("$.hits[*].id", hasItem("park-hae-soo")))
			.andExpect(jsonPath("$.hits", hasSize(3)));
	}

	@Test
	void withoutTypeBothPeopleAndWorksAreSearched() throws Exception {
		this.mvc.perform(Requests.putJson("/api/people/ballerina-dancer", """
				{ "name": "Ballerina Dancer" }""")).andExpect(status().isCreated());

		this.mvc.perform(get("/api/search").param("q", "ballerina"))
			.andExpect(jsonPath("$.hits[*].type", hasItem("person")))
			.andExpect(jsonPath("$.hits[*].type", hasItem("work")))
			.andExpect(jsonPath("$.hits", hasSize(2)));
	}

	@Test
	void punctuationInTitlesIsIgnored() throws Exception {
		for (String q : List.of("D.P.", "dp", "d p")) {
			this.mvc.perform(get("/api/search").param("q", q).param("type", "work"))
				.andExpect(jsonPath("$.hits[0].id").value("netflix:dp"));
		}
		this.mvc.perform(get("/api/search").param("q", "money heist korea").param("type", "work"))
			.andExpect(jsonPath("$.hits[0].id").value("netflix:money-heist-korea"));
	}

	@Test
	void accentsAreIgnoredBothWays() throws Exception {
		this.mvc.perform(Requests.putJson("/api/people/chloe-zhao", """
				{ "name": "Chloé Zhao" }""")).andExpect(status().isCreated());
		this.mvc.perform(Requests.putJson("/api/people/zoe-kazan", """
				{ "name": "Zoe Kazan" }""")).andExpect(status().isCreated());

		this.mvc.perform(get("/api/search").param("q", "chloe zhao"))
			.andExpect(jsonPath("$.hits[0].id").value("chloe-zhao"))
			.andExpect(jsonPath("$.hits[0].name").value("Chloé Zhao"));
		this.mvc.perform(get("/api/search").param("q", "CHLOÉ"))
			.andExpect(jsonPath("$.hits[0].id").value("chloe-zhao"));
		this.mvc.perform(get("/api/search").param("q", "Zoë Kazan"))
			.andExpect(jsonPath("$.hits[0].id").value("zoe-kazan"));
	}

	@Test
	void anExactNameMatchRanksAboveAPartialOneThatTheIndexScoresHigher() throws Exception {
		// Lee Jung-jae holds both words more often and in a shorter text, so the index alone ranks him first.
		this.mvc.perform(Requests.putJson("/api/people/lee-jung-jae", """
				{ "name": "Lee Jung-jae", "aliases": ["Lee Jung Jae", "Lee Jungjae", "이정재"] }""")).andExpect(status().isCreated());
		this.mvc.perform(Requests.putJson("/api/people/lee-jung", """
				{ "name": "Lee Jung", "aliases": ["Yi Jeong", "Rhee Chung", "Ri Jong", "Yee Jeung", "이정"] }"""))
			.andExpect(status().isCreated());
		assertThat(rawIndexOrder("lee jung")).as("fixture: the index alone puts the partial match first")
			.startsWith("lee-jung-jae");

		this.mvc.perform(get("/api/search").param("q", "Lee Jung"))
			.andExpect(jsonPath("$.hits[0].id").value("lee-jung"))
			.andExpect(jsonPath("$.hits[1].id").value("lee-jung-jae"));
	}

	@Test
	void limitCapsTheHits() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "park").param("limit", "1"))
			.andExpect(jsonPath("$.hits", hasSize(1)));
	}

	@Test
	void aQueryThatMatchesNothingAnswersNoHits() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "zzyzx"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits", hasSize(0)));
	}

	@Test
	void luceneSyntaxInTheQueryIsTakenAsText() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "jeon AND (jong* OR \"seo\")~2 ^ [a TO z]"))
			.andExpect(status().isOk());
	}

	@Test
	void anUnknownTypeIsABadRequestNamingType() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "jeon").param("type", "company"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.parameter").value("type"))
			.andExpect(jsonPath("$.detail", containsString("type")));
	}

	@Test
	void aMissingQueryIsABadRequestNamingQ() throws Exception {
		this.mvc.perform(get("/api/search"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("q"));
		this.mvc.perform(get("/api/search").param("q", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("q"));
	}

	@Test
	void aLimitOutOfRangeIsABadRequestNamingLimit() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "park").param("limit", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"));
		this.mvc.perform(get("/api/search").param("q", "park").param("limit", "1001"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"));
	}

	/** Person ids in the order the full-text index scores them, before any re-ranking. */
	private List<String> rawIndexOrder(String q) {
		String lucene = Search.luceneQuery(SearchText.fold(q));
		try (Session session = this.driver.session()) {
			return session.run("""
					CALL db.index.fulltext.queryNodes('person_search', $q) YIELD node, score
					RETURN node.id AS id ORDER BY score DESC""", Map.of("q", lucene)).list((r) -> r.get("id").asString());
		}
	}

}
