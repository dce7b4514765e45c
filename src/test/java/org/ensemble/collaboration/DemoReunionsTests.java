package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.ensemble.catalog.DemoData;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The acceptance test of the product: on the demo data, the reunions of Ballerina say exactly what
 * the news story said, and nothing else.
 */
class DemoReunionsTests extends GraphTestSupport {

	private static final String BALLERINA = "/api/works/netflix:ballerina/reunions";

	@Autowired
	private DemoData demo;

	private HttpCatalog http;

	@BeforeEach
	void loadTheDemo() {
		this.demo.load();
		this.http = new HttpCatalog(this.mvc);
	}

	@Test
	void ballerinaReunitesJeonWithKimAfterMoneyHeistAndJeonWithLeeAfterTheCall() throws Exception {
		JsonNode answer = this.http.get(BALLERINA);

		assertThat(answer.path("work").path("id").asString()).isEqualTo("netflix:ballerina");
		assertThat(answer.path("work").path("title").asString()).isEqualTo("Ballerina");
		assertThat(pairs(answer)).containsExactlyInAnyOrder(
				"jeon-jong-seo[actor] + kim-ji-hoon[actor]: [netflix:money-heist-korea]",
				"jeon-jong-seo[actor] + lee-chung-hyun[director]: [netflix:the-call]");
	}

	@Test
	void parkYuRimHasNoReunionOnTheBallerinaTeam() throws Exception {
		JsonNode answer = this.http.get(BALLERINA);

		assertThat(answer.toString()).doesNotContain("park-yu-rim").doesNotContain("drive-my-car");
	}

	@Test
	void ballerinaTeamMembersWhoWorkedEarlierWithNetflix() throws Exception {
		JsonNode answer = this.http.get(BALLERINA);

		assertThat(companies(answer)).containsExactlyInAnyOrder(
				"gray@netflix: [netflix:dp, netflix:hellbound]",
				"jeon-jong-seo@netflix: [netflix:money-heist-korea, netflix:the-call]",
				"kim-ji-hoon@netflix: [netflix:money-heist-korea]",
				"lee-chung-hyun@netflix: [netflix:the-call]");
		for (JsonNode row : answer.path("companies")) {
			assertThat(row.path("company").path("name").asString()).isEqualTo("Netflix");
		}
	}

	@Test
	void reunionWorksAreDescribedWithTitleYearAndReleaseDate() throws Exception {
		JsonNode answer = this.http.get(BALLERINA);

		JsonNode theCall = null;
		for (JsonNode pair : answer.path("pairs")) {
			for (JsonNode work : pair.path("works")) {
				if (work.path("id").asString().equals("netflix:the-call")) {
					theCall = work;
				}
			}
		}
		assertThat(theCall).as("The Call among the pairs' works").isNotNull();
		assertThat(theCall.path("title").asString()).isEqualTo("The Call");
		assertThat(theCall.path("year").asInt()).isEqualTo(2020);
		assertThat(theCall.path("released").asString()).isEqualTo("2020-11-27");
		JsonNode jeon = null;
		for (JsonNode pair : answer.path("pairs")) {
			for (String side : List.of("a", "b")) {
				if (pair.path(side).path("id").asString().equals("jeon-jong-seo")) {
					jeon = pair.path(side);
				}
			}
		}
		assertThat(jeon).isNotNull();
		assertThat(jeon.path("name").asString()).isEqualTo("Jeon Jong-seo");
	}

	@Test
	void topBilledOneNarrowsTheTeamSoKimJiHoonBilledSecondDropsOut() throws Exception {
		JsonNode answer = this.http.get(BALLERINA + "?topBilled=1");

		assertThat(pairs(answer)).containsExactly("jeon-jong-seo[actor] + lee-chung-hyun[director]: [netflix:the-call]");
		assertThat(companies(answer)).containsExactlyInAnyOrder(
				"gray@netflix: [netflix:dp, netflix:hellbound]",
				"jeon-jong-seo@netflix: [netflix:money-heist-korea, netflix:the-call]",
				"lee-chung-hyun@netflix: [netflix:the-call]");
	}

	@Test
	void rolesActorKeepsOnlyTheCastSoTheDirectorAndComposerDropOut() throws Exception {
		JsonNode answer = this.http.get(BALLERINA + "?roles=actor");

		assertThat(pairs(answer)).containsExactly("jeon-jong-seo[actor] + kim-ji-hoon[actor]: [netflix:money-heist-korea]");
		assertThat(companies(answer)).containsExactlyInAnyOrder(
				"jeon-jong-seo@netflix: [netflix:money-heist-korea, netflix:the-call]",
				"kim-ji-hoon@netflix: [netflix:money-heist-korea]");
	}

	@Test
	void loadingTheDemoAgainChangesNoCollaborationAndNoReunion() throws Exception {
		JsonNode first = this.http.get(BALLERINA);
		Map<String, Map<String, Object>> collaborations = BruteForceCollaborations.relationships(this.driver);

		this.demo.load();

		assertThat(this.http.get(BALLERINA)).isEqualTo(first);
		assertThat(BruteForceCollaborations.relationships(this.driver)).isEqualTo(collaborations);
		assertThat(BruteForceCollaborations.differences(this.driver)).isEmpty();
	}

	@Test
	void reunionsOfAnUnknownWorkAreNotFound() throws Exception {
		this.mvc.perform(get("/api/works/netflix:no-such-work/reunions"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	/** Each pair as "id[roles] + id[roles]: [work ids]", the smaller id first, whichever way it was answered. */
	static List<String> pairs(JsonNode answer) {
		List<String> pairs = new ArrayList<>();
		for (JsonNode pair : answer.path("pairs")) {
			Map<String, List<String>> sides = new TreeMap<>();
			sides.put(pair.path("a").path("id").asString(), HttpCatalog.strings(pair.path("aRoles")).stream().sorted().toList());
			sides.put(pair.path("b").path("id").asString(), HttpCatalog.strings(pair.path("bRoles")).stream().sorted().toList());
			List<String> people = new ArrayList<>();
			sides.forEach((id, roles) -> people.add(id + "[" + String.join(",", roles) + "]"));
			pairs.add(String.join(" + ", people) + ": " + HttpCatalog.ids(pair.path("works")).stream().sorted().toList());
		}
		return pairs;
	}

	/** Each company reunion as "person@company: [work ids]". */
	static List<String> companies(JsonNode answer) {
		List<String> rows = new ArrayList<>();
		for (JsonNode row : answer.path("companies")) {
			rows.add(row.path("person").path("id").asString() + "@" + row.path("company").path("id").asString() + ": "
					+ HttpCatalog.ids(row.path("works")).stream().sorted().toList());
		}
		return rows;
	}

}
