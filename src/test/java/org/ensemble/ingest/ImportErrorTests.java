package org.ensemble.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.support.GraphSnapshot;
import org.ensemble.collaboration.CollaborationRebuild;
import org.ensemble.ingest.parse.ImportFileException;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Broken input: a file that cannot be read fails before anything is written; a malformed line is
 * reported with file:line and the rest is imported. Files broken as a whole (truncated gzip, binary
 * garbage, a quote never closed) are in {@link ImportBadInputTests}.
 */
class ImportErrorTests extends GraphTestSupport {

	@Autowired
	private Imports imports;

	@Autowired
	private CollaborationRebuild rebuild;

	@Test
	void aMissingFileFailsBeforeAnythingIsWritten(@TempDir Path dir) {
		this.imports.run(new ImportRequest.JsonLines(Fixtures.ballerina()), new ImportProgress());
		GraphSnapshot before = GraphSnapshot.of(this.driver);

		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> this.imports.run(new ImportRequest.Tmdb(Fixtures.tmdbCredits(), dir.resolve("missing.csv")),
					new ImportProgress()))
			.withMessageContaining("missing.csv");
		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> this.imports.run(new ImportRequest.Imdb(dir, null, false), new ImportProgress()))
			.withMessageContaining("title.basics");

		assertThat(domain(GraphSnapshot.of(this.driver))).containsExactlyElementsOf(domain(before));
	}

	@Test
	void aMissingFileLeavesTheCollaborationsUpToDate(@TempDir Path dir) {
		this.imports.run(new ImportRequest.JsonLines(Fixtures.ballerina()), new ImportProgress());
		assertThat(this.rebuild.isStale()).isFalse();

		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> this.imports.run(new ImportRequest.JsonLines(dir.resolve("missing.jsonl")), new ImportProgress()));

		// Nothing was written, so nothing needs the rebuild a stale mark triggers at the next start.
		assertThat(this.rebuild.isStale()).isFalse();
	}

	@Test
	void malformedLinesAreReportedWithFileAndLineAndTheRestImports(@TempDir Path dir) {
		List<String> lines = new ArrayList<>(Fixtures.lines(Fixtures.tmdbCredits()));
		// Lines 4 and 5: too few columns, and a cast column that is not JSON.
		lines.add(3, "999999001,Too Few Columns,[]");
		lines.add(4, "999999002,Bad Cast,\"[{\"\"id\"\": 1, \"\"name\"\": \"\"X\"\"\",[]");
		Path credits = Fixtures.writeLines(dir, "tmdb_5000_credits.csv", lines);

		ImportReport report = this.imports.run(new ImportRequest.Tmdb(credits, Fixtures.tmdbMovies()), new ImportProgress());

		assertThat(report.skippedLines()).extracting((skip) -> skip.file() + ":" + skip.line())
			.containsExactly("tmdb_5000_credits.csv:4", "tmdb_5000_credits.csv:5");
		assertThat(report.skippedLines().get(0).reason()).contains("columns");
		assertThat(report.skippedLines().get(1).reason()).contains("cast");
		assertThat(report.worksInDatabase()).isEqualTo(TmdbImportTests.WORKS);
		assertThat(report.creditsInDatabase()).isEqualTo(TmdbImportTests.CREDITS_BY_ROLE);
		assertThat(report.collaborations()).isEqualTo(TmdbImportTests.COLLABORATIONS);
		assertThat(GraphSnapshot.count(this.driver, "MATCH (w:Work) WHERE w.id STARTS WITH 'tmdb:movie:99999900' RETURN count(w)"))
			.isZero();
		assertThat(GraphSnapshot.count(this.driver, "MATCH (p:Person {id: 'tmdb:person:1'}) RETURN count(p)")).isZero();
	}

	/** The snapshot without the import bookkeeping node. */
	private static List<String> domain(GraphSnapshot snapshot) {
		return snapshot.lines().stream().filter((line) -> !line.contains("__EnsembleState")).toList();
	}

}
