package org.ensemble.network;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.catalog.CreditInput;
import org.ensemble.catalog.PersonInput;
import org.ensemble.catalog.WorkInput;
import org.ensemble.catalog.WorkWrites;
import org.ensemble.credit.Role;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A network with a role filter counts its ties from the credits, and must follow the pairing rule as
 * the stored collaborations do: two people credited on different episodes of a series never worked
 * together, and sharing an episode is working together. With every credit in the filtered role, the
 * filtered network is the unfiltered one.
 */
class RoleFilteredTiesTests extends GraphTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private WorkWrites works;

	@Test
	void peopleOnDifferentEpisodesOfASeriesAreNotTied() throws Exception {
		this.works.upsert("s1", new WorkInput("s1", "Series s1", null, "series", java.time.LocalDate.of(2020, 1, 1), 2020,
				List.of(), List.of(episodeCredit("g", "s1e1"), episodeCredit("h", "s1e2"), episodeCredit("k", "s1e2"))));
		this.works.upsert("w1", new WorkInput("w1", "Film w1", null, "movie", java.time.LocalDate.of(2021, 1, 1), 2021,
				List.of(), List.of(actor("g"), actor("m"))));

		for (String seed : List.of("g", "h", "k", "m")) {
			JsonNode filtered = network("/api/network?depth=2&roles=actor&people=" + seed);
			JsonNode unfiltered = network("/api/network?depth=2&people=" + seed);
			assertThat(ties(filtered)).as("around %s, roles=actor", seed).isEqualTo(ties(unfiltered));
			assertThat(nodes(filtered)).as("around %s, roles=actor", seed).isEqualTo(nodes(unfiltered));
		}
		assertThat(nodes(network("/api/network?depth=2&roles=actor&people=g"))).containsExactlyInAnyOrder("g", "m");
		assertThat(ties(network("/api/network?depth=2&roles=actor&people=h"))).containsExactly("h-k x1");
		assertThat(ties(network("/api/network?depth=0&roles=actor&people=g,h,k"))).containsExactly("h-k x1");
	}

	private JsonNode network(String url) throws Exception {
		String body = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JSON.readTree(body);
	}

	private static List<String> nodes(JsonNode graph) {
		List<String> ids = new ArrayList<>();
		graph.path("nodes").forEach((node) -> ids.add(node.path("id").asString()));
		return ids.stream().sorted().toList();
	}

	private static List<String> ties(JsonNode graph) {
		List<String> ties = new ArrayList<>();
		graph.path("edges").forEach((edge) -> ties.add(edge.path("source").asString() + "-" + edge.path("target").asString()
				+ " x" + edge.path("weight").asInt()));
		return ties.stream().sorted().toList();
	}

	private static CreditInput actor(String person) {
		return new CreditInput(person(person), Role.ACTOR, List.of(), 0, null);
	}

	private static CreditInput episodeCredit(String person, String episode) {
		return new CreditInput(person(person), Role.ACTOR, List.of(), 0, null, List.of(episode));
	}

	private static PersonInput person(String id) {
		return new PersonInput(id, "Person " + id, List.of(), null, null, null, null);
	}

}
