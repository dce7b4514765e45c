package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import org.ensemble.support.GraphTestSupport;
import org.ensemble.system.EmbeddedSettings;
import org.ensemble.system.Params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ensemble.collaboration.HttpCatalog.actor;

/**
 * A pairings page with a bill limit or a year window recounts its candidate pairs from their credits,
 * then names the page's pairs with their years. A hash join of the two people's credits in that query
 * made Neo4j pass its 4.2 GB pool of transaction memory on the peers' data (128,000 candidate pairs),
 * and every such page failed. Here the limit of one transaction (db.memory.transaction.max) stands in
 * for the pool, lowered for this test only: 1,770 pairs of busy actors passed 30 MB with the join and
 * stay under 12 MB without it. The first request, where every actor is billed within the limit, keeps
 * each pair's count and still names the page with its years (the part that held the memory); the
 * others recount every pair.
 */
class RecountMemoryTests extends GraphTestSupport {

	private static final int CAST = 60;

	private static final int SOLO_WORKS = 40;

	/** The longest page a client may ask for. */
	private static final int MAX_PAGE = Params.MAX_LIMIT;

	@Autowired
	private ApplicationContext context;

	@Test
	void aRecountOfManyPairsStaysWithinATransactionsMemory() throws Exception {
		HttpCatalog catalog = new HttpCatalog(this.mvc);
		for (String work : List.of("m1", "m2", "m3")) {
			List<Map<String, Object>> credits = new ArrayList<>();
			for (int i = 0; i < CAST; i++) {
				credits.add(actor("cast%02d".formatted(i), i));
			}
			catalog.work(work, "2001-01-01", null, credits.toArray(Map[]::new));
		}
		// Works of one actor alone make no pair: a busy cast, without a collaboration more.
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (p:Person) WHERE p.id STARTS WITH 'cast'
					UNWIND range(1, $solo) AS i
					CREATE (p)-[:ACTED_IN {billing: 0}]->(:Work {id: p.id + '-solo-' + i, title: 'Alone', year: 2001})""",
					Map.of("solo", SOLO_WORKS)).consume();
		}
		int pairs = CAST * (CAST - 1) / 2;
		int billedWithinTen = 10 * 9 / 2;

		try (AutoCloseable limit = EmbeddedSettings.transactionMemory(this.context, "16m")) {
			JsonNode everyone = catalog.get("/api/pairings?roles=actor,actor&minShared=3&limit=5&topBilled=1000");
			assertThat(everyone.path("total").asInt()).isEqualTo(pairs);
			JsonNode topTen = catalog.get("/api/pairings?roles=actor,actor&minShared=3&limit=5&topBilled=10");
			assertThat(topTen.path("total").asInt()).isEqualTo(billedWithinTen);
			JsonNode window = catalog.get("/api/pairings?roles=actor,actor&minShared=3&limit=5&from=2000&to=2002");
			assertThat(window.path("total").asInt()).isEqualTo(pairs);
			JsonNode drawing = catalog.get("/api/network?pairings=true&roles=actor,actor&minShared=3");
			assertThat(drawing.path("edges").size()).isEqualTo(pairs);
			JsonNode page = catalog.get("/api/pairings?roles=actor,actor&minShared=3&limit=" + MAX_PAGE);
			assertThat(page.path("pairings").size()).isEqualTo(MAX_PAGE);
		}
	}

}
