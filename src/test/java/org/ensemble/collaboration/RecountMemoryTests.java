package org.ensemble.collaboration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import org.ensemble.catalog.CreditInput;
import org.ensemble.catalog.PersonInput;
import org.ensemble.catalog.WorkInput;
import org.ensemble.catalog.WorkWrites;
import org.ensemble.credit.Role;
import org.ensemble.support.GraphTestSupport;
import org.ensemble.system.EmbeddedSettings;
import org.ensemble.system.Params;

import static org.assertj.core.api.Assertions.assertThat;

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

	@Autowired
	private WorkWrites writes;

	@Test
	void aRecountOfManyPairsStaysWithinATransactionsMemory() throws Exception {
		List<WorkInput> works = new ArrayList<>();
		for (String work : List.of("m1", "m2", "m3")) {
			List<CreditInput> credits = new ArrayList<>();
			for (int i = 0; i < CAST; i++) {
				credits.add(actor("cast%02d".formatted(i), i));
			}
			works.add(film(work, credits));
		}
		// Works of one actor alone make no pair: a busy cast, without a collaboration more.
		for (int i = 0; i < CAST; i++) {
			for (int solo = 1; solo <= SOLO_WORKS; solo++) {
				works.add(film("cast%02d-solo-%d".formatted(i, solo), List.of(actor("cast%02d".formatted(i), 0))));
			}
		}
		this.writes.write(works);
		HttpCatalog catalog = new HttpCatalog(this.mvc);
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

	private static WorkInput film(String id, List<CreditInput> credits) {
		return new WorkInput(id, "Title of " + id, null, "movie", LocalDate.of(2001, 1, 1), 2001, List.of(), credits);
	}

	private static CreditInput actor(String person, int billing) {
		return new CreditInput(new PersonInput(person, person, List.of(), null, null, null, null), Role.ACTOR, List.of(),
				billing, null);
	}

}
