package org.ensemble.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Broken input: a file that cannot be read fails before anything is written; a malformed line or a
 * broken gzip stream is reported with file:line, and what could be read is imported whole, never a
 * work without its credits.
 */
class ImportErrorTests extends GraphTestSupport {

	/**
	 * Distinct (person, role) credits of every movie of the TMDB fixture, from
	 * {@code src/test/resources/ingest/graph/expected_graph.py} ("credits per movie").
	 */
	static final Map<String, Long> TMDB_CREDITS_PER_MOVIE = Map.ofEntries(Map.entry("19995", 93L), Map.entry("603", 44L),
			Map.entry("28", 53L), Map.entry("76349", 26L), Map.entry("253450", 29L), Map.entry("11891", 15L),
			Map.entry("11342", 18L), Map.entry("25248", 14L), Map.entry("11959", 19L), Map.entry("447027", 0L),
			Map.entry("4550", 31L), Map.entry("89708", 11L), Map.entry("67373", 10L), Map.entry("218500", 5L),
			Map.entry("202604", 2L), Map.entry("47686", 5L), Map.entry("258755", 6L), Map.entry("78705", 6L),
			Map.entry("14275", 6L), Map.entry("380097", 0L), Map.entry("139948", 5L), Map.entry("54897", 6L),
			Map.entry("37985", 2L), Map.entry("354624", 6L), Map.entry("282128", 9L), Map.entry("34101", 13L),
			Map.entry("42497", 7L), Map.entry("14022", 4L));

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

	@Test
	void aBrokenGzipIsReportedAndEveryWorkReadBeforeItKeepsAllItsCredits(@TempDir Path dir) {
		// 80% of the compressed bytes: the break comes after about 100 of the file's 131 kB of text.
		Path credits = Fixtures.truncate(Fixtures.gzip(Fixtures.tmdbCredits(), dir, "tmdb_5000_credits.csv.gz"), 0.8);

		ImportReport report = this.imports.run(new ImportRequest.Tmdb(credits, Fixtures.tmdbMovies()), new ImportProgress());

		assertThat(report.skippedLines()).singleElement().satisfies((skip) -> {
			assertThat(skip.file()).isEqualTo("tmdb_5000_credits.csv.gz");
			assertThat(skip.line()).isBetween(2L, 29L);
			assertThat(skip.reason()).contains("gzip");
		});
		Map<String, Long> stored = creditsPerWork("tmdb:movie:");
		assertThat(stored).isNotEmpty().hasSizeLessThan(TMDB_CREDITS_PER_MOVIE.size());
		stored.forEach((movie, count) -> assertThat(count).as("credits of movie %s", movie)
			.isEqualTo(TMDB_CREDITS_PER_MOVIE.get(movie)));
		// The movies come in file order: the ones stored are the first rows of the file.
		List<String> order = Fixtures.lines(Fixtures.tmdbCredits()).stream().skip(1).map((l) -> l.substring(0, l.indexOf(','))).toList();
		assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(order.subList(0, stored.size()));
	}

	@Test
	void aBrokenPrincipalsFileDoesNotTakeAwayCreditsItDidNotReach(@TempDir Path dir) throws Exception {
		this.imports.run(ImdbImportTests.imdb(Fixtures.imdbDir()), new ImportProgress());
		Map<String, Long> complete = creditsPerWork("imdb:");
		Path broken = Files.createDirectory(dir.resolve("imdb"));
		Fixtures.copy(Fixtures.imdbDir().resolve("title.basics.tsv"), broken, "title.basics.tsv");
		Fixtures.copy(Fixtures.imdbDir().resolve("name.basics.tsv"), broken, "name.basics.tsv");
		// The fixture's principals with 80 kB of rows of titles that are not imported before each half,
		// cut in the second half: the importer reads text 64 KiB at a time and loses the part of the
		// block where a gzip breaks, so the first half is read whole and the second is not reached.
		List<String> principals = Fixtures.lines(Fixtures.imdbDir().resolve("title.principals.tsv"));
		int half = principals.indexOf(principals.stream().filter((l) -> l.startsWith("tt9809952\t")).findFirst().orElseThrow());
		List<String> secondHalf = principals.subList(half, principals.size());
		List<String> padded = new ArrayList<>(principals.subList(0, 1));
		padded.addAll(notImported(0));
		padded.addAll(principals.subList(1, half));
		padded.addAll(notImported(1));
		padded.addAll(secondHalf);
		Path gz = Fixtures.gzip(Fixtures.writeLines(dir, "padded.tsv", padded), broken, "title.principals.tsv.gz");
		Path secondHalfAlone = Fixtures.gzip(Fixtures.writeLines(dir, "second.tsv", secondHalf), dir, "second.gz");
		Fixtures.truncate(gz, Fixtures.size(gz) - Fixtures.size(secondHalfAlone) / 2);

		ImportReport report = this.imports.run(ImdbImportTests.imdb(broken), new ImportProgress());

		assertThat(report.skippedLines()).extracting(ImportProgress.Skip::reason)
			.anySatisfy((r) -> assertThat(r).contains("gzip"))
			.anySatisfy((r) -> assertThat(r).contains("were not read"));
		assertThat(report.creditsStored()).as("credits of the titles read before the break").isPositive();
		// The titles the broken file reached get the same credits again; the others keep theirs.
		assertThat(creditsPerWork("imdb:")).isEqualTo(complete);
	}

	@Test
	void aBrokenGzipLineIsReportedAndTheJsonLinesBeforeItAreImported(@TempDir Path dir) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 1_500; i++) {
			lines.add("{\"id\": \"w" + i + "\", \"title\": \"Work " + i + "\", \"credits\": [{\"person\": {\"id\": \"p" + i
					+ "\", \"name\": \"P" + i + "\"}, \"role\": \"director\"}, {\"person\": {\"id\": \"q" + i
					+ "\", \"name\": \"Q" + i + "\"}, \"role\": \"actor\", \"billing\": 0}]}");
		}
		Path plain = Fixtures.writeLines(dir, "plain.jsonl", lines);
		Path gz = Fixtures.truncate(Fixtures.gzip(plain, dir, "works.jsonl.gz"), 0.6);

		ImportReport report = this.imports.run(new ImportRequest.JsonLines(gz), new ImportProgress());

		assertThat(report.skippedLines()).singleElement().satisfies((skip) -> {
			assertThat(skip.file()).isEqualTo("works.jsonl.gz");
			assertThat(skip.reason()).contains("gzip");
		});
		assertThat(report.worksInDatabase()).isGreaterThan(500).isLessThan(1_500);
		assertThat(GraphSnapshot.count(this.driver, "MATCH (w:Work) WHERE COUNT { (w)<--(:Person) } <> 2 RETURN count(w)"))
			.isZero();
	}

	/** 1,800 principal rows (80 kB) of titles that are not in title.basics, which the import passes over. */
	private static List<String> notImported(int block) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 1_800; i++) {
			int n = block * 1_800 + i;
			rows.add("tt%07d\t1\tnm%07d\tactor\t\\N\t[\"Extra %d\"]".formatted(n, n, n));
		}
		return rows;
	}

	/** Credits per work id (without its prefix), counting every work, those without credits too. */
	private Map<String, Long> creditsPerWork(String prefix) {
		Map<String, Long> counts = new HashMap<>();
		try (var session = this.driver.session()) {
			session.run("MATCH (w:Work) RETURN w.id AS id, COUNT { (w)<--(:Person) } AS credits")
				.forEachRemaining((r) -> counts.put(r.get("id").asString().substring(prefix.length()), r.get("credits").asLong()));
		}
		return counts;
	}

	/** The snapshot without the import bookkeeping node. */
	private static List<String> domain(GraphSnapshot snapshot) {
		return snapshot.lines().stream().filter((line) -> !line.contains("__EnsembleState")).toList();
	}

}
