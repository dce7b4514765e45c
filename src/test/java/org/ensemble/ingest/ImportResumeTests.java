package org.ensemble.ingest;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.support.GraphSnapshot;
import org.ensemble.collaboration.CollaborationRebuild;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resumable: an import stopped part-way and then run again gives the graph of one clean run. A crash
 * is simulated by what it can leave behind: the works of the batches committed so far (here, the
 * first 10 movies of the TMDB fixture, imported from a cut copy of its credits file), the
 * collaborations marked stale and a collaboration rebuild cut short.
 */
class ImportResumeTests extends GraphTestSupport {

	@Autowired
	private Imports imports;

	@Autowired
	private CollaborationRebuild rebuild;

	@Test
	void runningAgainAfterACrashGivesTheGraphOfOneCleanRun(@TempDir Path dir) {
		Path partial = Fixtures.head(Fixtures.tmdbCredits(), dir, "tmdb_5000_credits.csv", 11);
		ImportReport first = this.imports.run(new ImportRequest.Tmdb(partial, Fixtures.tmdbMovies()), new ImportProgress());
		// expected_graph.py, "first 10 rows": 10 works, 290 people, 311 credits, 7,077 collaborations.
		assertThat(first.worksInDatabase()).isEqualTo(10);
		assertThat(first.peopleInDatabase()).isEqualTo(290);
		assertThat(first.collaborations()).isEqualTo(7_077);
		this.rebuild.markStale(true);
		try (var session = this.driver.session()) {
			session.run("MATCH (a:Person)-[r:COLLABORATED_WITH]->() WHERE a.id > 'tmdb:person:5' DELETE r").consume();
		}

		ImportReport resumed = this.imports.run(Fixtures.tmdb(), new ImportProgress());
		GraphSnapshot afterCrash = GraphSnapshot.of(this.driver);

		GraphSnapshot.emptyDatabase(this.driver);
		ImportReport clean = this.imports.run(Fixtures.tmdb(), new ImportProgress());
		GraphSnapshot cleanRun = GraphSnapshot.of(this.driver);

		assertThat(afterCrash.lines()).containsExactlyElementsOf(cleanRun.lines());
		assertThat(afterCrash.checksum()).isEqualTo(cleanRun.checksum());
		assertThat(resumed.creditsInDatabase()).isEqualTo(clean.creditsInDatabase()).isEqualTo(TmdbImportTests.CREDITS_BY_ROLE);
		assertThat(resumed.collaborations()).isEqualTo(clean.collaborations()).isEqualTo(TmdbImportTests.COLLABORATIONS);
	}

	@Test
	void collaborationsAreStaleWhileMarkedAndFreshOnceAnImportCompletes() {
		assertThat(this.rebuild.isStale()).isFalse();
		this.rebuild.markStale(true);
		assertThat(this.rebuild.isStale()).isTrue();

		this.imports.run(new ImportRequest.JsonLines(Fixtures.ballerina()), new ImportProgress());

		assertThat(this.rebuild.isStale()).isFalse();
	}

}
