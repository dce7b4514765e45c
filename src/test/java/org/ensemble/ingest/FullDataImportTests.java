package org.ensemble.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.catalog.CatalogStats;
import org.ensemble.ingest.parse.ImdbParser;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real data sets beside the project ({@code ../shared/data}), skipped where they are absent. The
 * numbers come from {@code src/test/resources/ingest/graph/expected_graph.py} over the same files:
 * distinct (movie, person, role) credits with the DESIGN.md §4 mapping, people by distinct id,
 * collaborations as distinct unordered pairs of people credited on a common movie. The import's time
 * and rates are printed, not asserted.
 */
class FullDataImportTests extends GraphTestSupport {

	private static final Path TMDB = Fixtures.SHARED_DATA.resolve("tmdb5000");

	private static final Path IMDB = Fixtures.SHARED_DATA.resolve("imdb-sample");

	@Autowired
	private Imports imports;

	@Autowired
	private CatalogStats stats;

	@Test
	void theFullTmdb5000ImportsWithTheIndependentlyCountedGraph() {
		Path credits = TMDB.resolve("tmdb_5000_credits.csv.gz");
		Path movies = TMDB.resolve("tmdb_5000_movies.csv.gz");
		assumeTrue(Files.isReadable(credits) && Files.isReadable(movies), "TMDB 5000 is not in " + TMDB);

		ImportReport report = this.imports.run(new ImportRequest.Tmdb(credits, movies), new ImportProgress());
		System.out.print(report.describe());
		System.out.printf("TMDB 5000: %.1f s, %,.0f credits/s, collaborations rebuilt at %,.0f/s%n", report.millis() / 1000.0,
				report.creditsPerSecond(), report.collaborationsPerSecond());

		assertThat(report.skipped()).isZero();
		assertThat(report.worksRead()).isEqualTo(4_803);
		assertThat(report.creditsStored()).isEqualTo(141_273);
		CatalogStats.Stats stats = this.stats.current();
		assertThat(stats.works()).isEqualTo(4_803);
		assertThat(stats.people()).isEqualTo(66_506);
		assertThat(stats.credits()).isEqualTo(Map.of("director", 5_166L, "actor", 106_084L, "composer", 4_115L, "writer",
				7_327L, "producer", 10_206L, "cinematographer", 3_676L, "editor", 4_699L));
		assertThat(stats.totalCredits()).isEqualTo(141_273);
		assertThat(stats.collaborations()).isEqualTo(2_805_032);
		assertThat(report.collaborations()).isEqualTo(2_805_032);
	}

	@Test
	void theImdbSampleImportsWithTheIndependentlyCountedGraph() {
		assumeTrue(Files.isReadable(IMDB.resolve("title.principals.tsv")), "the IMDb sample is not in " + IMDB);

		ImportReport report = this.imports.run(new ImportRequest.Imdb(IMDB, ImdbParser.DEFAULT_TITLE_TYPES, false),
				new ImportProgress());
		System.out.print(report.describe());

		assertThat(report.worksRead()).isEqualTo(1_994);
		CatalogStats.Stats stats = this.stats.current();
		assertThat(stats.works()).isEqualTo(1_994);
		// 9,570 people credited, five of them missing from name.basics: kept with the id as the name.
		assertThat(stats.people()).isEqualTo(9_570);
		assertThat(report.skippedLines()).filteredOn((skip) -> skip.reason().contains("not in name.basics")).hasSize(5);
		assertThat(stats.credits()).isEqualTo(Map.of("director", 1_712L, "actor", 4_791L, "composer", 702L, "writer", 1_091L,
				"producer", 1_346L, "cinematographer", 835L, "editor", 471L));
		assertThat(stats.collaborations()).isEqualTo(35_007);
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
