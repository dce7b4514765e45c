package org.ensemble.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The Ballerina story holds the public-record credits the issue lists, and loading it again changes nothing. */
class DemoDataTests extends GraphTestSupport {

	@Autowired
	private DemoData demo;

	@Test
	void theDemoHasSixWorks() {
		assertThat(this.demo.load()).isEqualTo(6);

		assertThat(column("MATCH (w:Work) RETURN w.id + ' ' + w.kind + ' ' + toString(w.released) AS v")).containsExactlyInAnyOrder(
				"netflix:ballerina movie 2023-10-06", "netflix:the-call movie 2020-11-27",
				"netflix:money-heist-korea series 2022-06-24", "drive-my-car movie 2021-08-20",
				"netflix:hellbound series 2021-11-19", "netflix:dp series 2021-08-27");
		assertThat(column("MATCH (w:Work)-[:RELEASED_BY]->(c:Company) RETURN w.id + ' ' + c.name AS v")).containsExactlyInAnyOrder(
				"netflix:ballerina Netflix", "netflix:the-call Netflix", "netflix:money-heist-korea Netflix",
				"netflix:hellbound Netflix", "netflix:dp Netflix");
	}

	@Test
	void ballerinaHasItsDirectorCastAndMusicDirector() throws Exception {
		this.demo.load();

		this.mvc.perform(get("/api/works/netflix:ballerina"))
			.andExpect(jsonPath("$.credits[*].person.name").value(containsInAnyOrder("Lee Chung-hyun", "Jeon Jong-seo",
					"Kim Ji-hoon", "Park Yu-rim", "GRAY")))
			.andExpect(jsonPath("$.credits[?(@.role == 'director')].person.id").value(contains("lee-chung-hyun")))
			.andExpect(jsonPath("$.credits[?(@.role == 'actor')].characters[0]").value(contains("Ok-ju", "Choi Pro", "Min-hee")))
			.andExpect(jsonPath("$.credits[?(@.role == 'composer')].job").value(contains("music director")));
		this.mvc.perform(get("/api/people/gray"))
			.andExpect(jsonPath("$.aliases").value(contains("그레이")));
	}

	@Test
	void loadingTheDemoTwiceChangesNothing() {
		this.demo.load();
		List<String> first = snapshot();

		this.demo.load();

		assertThat(snapshot()).isEqualTo(first);
	}

	/** Every node with its labels and properties, and every relationship with its own; write timestamps left out. */
	private List<String> snapshot() {
		List<String> graph = new ArrayList<>();
		try (Session session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT n:__EnsembleMigration AND NOT n:__EnsembleMigrationLock
					RETURN labels(n) AS labels, properties(n) AS props""")
				.forEachRemaining((r) -> graph.add(r.get("labels").asList() + " " + withoutTimestamps(r.get("props").asMap())));
			session.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props")
				.forEachRemaining((r) -> graph.add(r.get("a").asString() + " " + r.get("type").asString() + " "
						+ r.get("b").asString() + " " + withoutTimestamps(r.get("props").asMap())));
		}
		graph.sort(null);
		return graph;
	}

	private static Map<String, Object> withoutTimestamps(Map<String, Object> properties) {
		Map<String, Object> kept = new TreeMap<>(properties);
		kept.keySet().removeAll(List.of("createdAt", "updatedAt"));
		return kept;
	}

	private List<String> column(String cypher) {
		try (Session session = this.driver.session()) {
			return session.run(cypher).list((r) -> r.get("v").asString());
		}
	}

}
