package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.catalog.CreditInput;
import org.ensemble.catalog.PersonInput;
import org.ensemble.catalog.WorkInput;
import org.ensemble.catalog.WorkWrites;
import org.ensemble.credit.Role;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild computes from the credits alone exactly what the incremental upkeep keeps. */
class CollaborationRebuildTests extends GraphTestSupport {

	@Autowired
	private WorkWrites writes;

	@Autowired
	private CollaborationRebuild rebuild;

	@Test
	void rebuildKeepsDifferentWorksOfTheSameYearApart() {
		this.writes.upsert("w1", work(2001, "a", "b"));
		this.writes.upsert("w2", work(2001, "c", "d"));
		Map<String, Map<String, Object>> before = BruteForceCollaborations.relationships(this.driver);
		assertThat(before).containsOnlyKeys("a->b", "c->d");

		this.rebuild.rebuild();

		assertThat(BruteForceCollaborations.changes(before, BruteForceCollaborations.relationships(this.driver))).isEmpty();
	}

	@Test
	void rebuildRestoresCollaborationsThatWereLost() {
		this.writes.upsert("w1", work(2001, "a", "b", "c"));
		this.writes.upsert("w2", work(2003, "a", "b"));
		this.writes.upsert("w3", work(null, "b", "c"));
		Map<String, Map<String, Object>> before = BruteForceCollaborations.relationships(this.driver);
		try (var session = this.driver.session()) {
			session.run("MATCH ()-[r:COLLABORATED_WITH]->() DELETE r").consume();
		}

		CollaborationRebuild.Result result = this.rebuild.rebuild();

		assertThat(BruteForceCollaborations.changes(before, BruteForceCollaborations.relationships(this.driver))).isEmpty();
		assertThat(result.relationships()).isEqualTo(3);
		assertThat(this.rebuild.isStale()).isFalse();
	}

	/**
	 * More people than one batch of the rebuild holds, credited straight into the graph as a bulk
	 * import would, with teams that cross batch boundaries and several works per year.
	 */
	@Test
	void rebuildOfAGraphLargerThanOneBatchEqualsTheCredits() {
		Random random = new Random(11);
		int people = 2_100;
		List<Map<String, Object>> credits = new ArrayList<>();
		String[] types = BruteForceCollaborations.ROLE_OF_TYPE.keySet().stream().sorted().toArray(String[]::new);
		for (int w = 0; w < 800; w++) {
			Integer year = random.nextInt(10) == 0 ? null : 1980 + random.nextInt(40);
			int size = 2 + random.nextInt(3);
			for (int i = 0; i < size; i++) {
				String type = types[random.nextInt(types.length)];
				Map<String, Object> row = new HashMap<>();
				row.put("person", "p%05d".formatted(random.nextInt(people)));
				row.put("work", "w%05d".formatted(w));
				row.put("year", year);
				row.put("type", type);
				row.put("billing", type.equals("ACTED_IN") && random.nextBoolean() ? random.nextInt(8) : null);
				credits.add(row);
			}
		}
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("""
					UNWIND range(0, $people - 1) AS i
					CREATE (:Person {id: 'p' + right('0000' + toString(i), 5), name: 'Person ' + i})""",
					Map.of("people", people)).consume());
			session.executeWriteWithoutResult((tx) -> tx.run("""
					UNWIND $rows AS row
					MERGE (w:Work {id: row.work}) ON CREATE SET w.title = row.work, w.year = row.year
					WITH w, row
					MATCH (p:Person {id: row.person})
					MERGE (p)-[c:$(row.type)]->(w)
					SET c.billing = CASE WHEN c.billing IS NULL OR row.billing < c.billing THEN row.billing ELSE c.billing END""",
					Map.of("rows", credits)).consume());
		}

		CollaborationRebuild.Result result = this.rebuild.rebuild();

		assertThat(BruteForceCollaborations.differences(this.driver)).isEmpty();
		assertThat(result.people()).isEqualTo(people);
		assertThat(result.relationships()).isEqualTo(BruteForceCollaborations.relationships(this.driver).size());

		// The bulk rebuild of an import into an empty database counts through the same code: the same graph.
		Map<String, Map<String, Object>> recounted = BruteForceCollaborations.relationships(this.driver);
		CollaborationRebuild.Result bulk = this.rebuild.rebuildInBulk();

		assertThat(BruteForceCollaborations.changes(recounted, BruteForceCollaborations.relationships(this.driver))).isEmpty();
		assertThat(bulk.people()).isEqualTo(people);
		assertThat(bulk.relationships()).isEqualTo(result.relationships());
		assertThat(this.rebuild.isStale()).isFalse();
	}

	private static WorkInput work(Integer year, String... people) {
		List<CreditInput> credits = new ArrayList<>();
		for (int i = 0; i < people.length; i++) {
			credits.add(new CreditInput(new PersonInput(people[i], people[i], null, null, null, null, null),
					i == 0 ? Role.DIRECTOR : Role.ACTOR, null, i == 0 ? null : i, null));
		}
		return new WorkInput(null, "Work", null, "movie", null, year, List.of(), credits);
	}

}
