package org.ensemble.collaboration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.ingest.ImportProgress;
import org.ensemble.ingest.ImportReport;
import org.ensemble.ingest.ImportRequest;
import org.ensemble.ingest.Imports;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Ordered director–actor pairings on the full TMDB 5000 ({@code ../shared/data/tmdb5000}, skipped
 * where it is absent), imported by the bulk path: 3,909 (director, actor) pairs share two or more
 * works, as many as a count straight from the credits finds, where the unordered count of the
 * first release found 3,913 (pairs who directed each other); every row of the top page names the
 * director first, and its count is the number of works that a directed and b acted in.
 */
class OrderedPairingsTmdbTests extends GraphTestSupport {

	private static final Path TMDB = Path.of("../shared/data/tmdb5000");

	/** Ordered (director, actor) pairs with two or more works that a directed and b acted in. */
	private static final String ORDERED_FROM_CREDITS = """
			MATCH (a:Person)-[:DIRECTED]->(w:Work)<-[:ACTED_IN]-(b:Person)
			WHERE a <> b
			WITH a, b, count(DISTINCT w) AS shared WHERE shared >= 2
			RETURN count(*) AS pairs""";

	/** The same, with a pair's two directions counted together as the first release did. */
	private static final String UNORDERED_FROM_CREDITS = """
			MATCH (a:Person)-[:DIRECTED]->(w:Work)<-[:ACTED_IN]-(b:Person)
			WHERE a <> b
			WITH CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y, w
			WITH x, y, count(DISTINCT w) AS shared WHERE shared >= 2
			RETURN count(*) AS pairs""";

	private static final String DIRECTED_AND_ACTED = """
			MATCH (a:Person {id: $a})-[:DIRECTED]->(w:Work)<-[:ACTED_IN]-(b:Person {id: $b})
			RETURN count(DISTINCT w) AS shared""";

	@Autowired
	private Imports imports;

	@Test
	void directorActorPairingsOnTmdb5000AreOrderedAndCountWhatTheDirectorDirectedAndTheActorActedIn() throws Exception {
		Path credits = TMDB.resolve("tmdb_5000_credits.csv.gz");
		Path movies = TMDB.resolve("tmdb_5000_movies.csv.gz");
		assumeTrue(Files.isReadable(credits) && Files.isReadable(movies), "TMDB 5000 is not in " + TMDB);
		ImportReport report = this.imports.run(new ImportRequest.Tmdb(credits, movies), new ImportProgress(),
				Imports.Access.EXCLUSIVE);
		System.out.printf("TMDB 5000 imported in %.1f s%n", report.millis() / 1000.0);
		HttpCatalog http = new HttpCatalog(this.mvc);

		long start = System.nanoTime();
		JsonNode directorActor = http.get("/api/pairings?roles=director,actor&minShared=2");
		System.out.printf("roles=director,actor&minShared=2: total %d in %d ms%n", directorActor.path("total").asInt(),
				(System.nanoTime() - start) / 1_000_000);
		assertThat(directorActor.path("total").asInt()).isEqualTo(3_909);
		assertThat(count(ORDERED_FROM_CREDITS)).as("ordered pairs counted from the credits").isEqualTo(3_909);
		assertThat(count(UNORDERED_FROM_CREDITS)).as("unordered pairs, as the first release counted them").isEqualTo(3_913);
		assertThat(directorActor.path("pairings")).isNotEmpty();
		int previous = Integer.MAX_VALUE;
		for (JsonNode row : directorActor.path("pairings")) {
			String a = row.path("a").path("id").asString();
			String b = row.path("b").path("id").asString();
			int shared = row.path("shared").asInt();
			assertThat(shared).as("%s>%s", a, b).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(previous);
			assertThat(directedAndActed(a, b)).as("works that %s directed and %s acted in", a, b).isEqualTo(shared);
			previous = shared;
		}
		assertThat(http.get("/api/pairings?roles=actor,director&minShared=2").path("total").asInt()).isEqualTo(3_909);
	}

	private long count(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get("pairs").asLong();
		}
	}

	private int directedAndActed(String a, String b) {
		try (var session = this.driver.session()) {
			return session.run(DIRECTED_AND_ACTED, Map.of("a", a, "b", b)).single().get("shared").asInt();
		}
	}

	/** Millions of collaborations: removed in small transactions before the next test empties the rest. */
	@AfterEach
	void dropCollaborations() {
		try (var session = this.driver.session()) {
			session.run("""
					MATCH ()-[r:COLLABORATED_WITH]->()
					CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS""").consume();
		}
	}

}
