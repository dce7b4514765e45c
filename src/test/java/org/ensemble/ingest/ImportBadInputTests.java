package org.ensemble.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.collaboration.CollaborationRebuild;
import org.ensemble.ingest.ImportProgress.Skip;
import org.ensemble.ingest.parse.ImportFileException;
import org.ensemble.support.GraphSnapshot;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The bad inputs of the "Hardening" issue, each in every format it applies to, each imported over
 * good data: a file broken as a whole (truncated gzip, binary garbage, a wrong header, a CSV quote
 * never closed) is refused before anything is written, naming the file and the line, and the graph
 * checksum does not move; a line that is merely bad (10 MB long, an unbalanced quote that ends
 * within the file) is reported as file:line and skipped, and nothing else changes; CRLF line ends
 * import exactly as LF ones do.
 */
class ImportBadInputTests extends GraphTestSupport {

	private static final String TEN_MEGABYTES = "x".repeat(10_000_000);

	@Autowired
	private Imports imports;

	@Autowired
	private CollaborationRebuild rebuild;

	@TempDir
	Path dir;

	// Truncated gzip: refused whole, where the old importer wrote the rows before the break.

	@Test
	void aTruncatedImdbGzipIsRefusedNamingTheLineAndTheByte() throws IOException {
		importGoodImdb();
		Path imdb = imdbCopy();
		List<String> basics = new ArrayList<>(Fixtures.lines(imdb.resolve("title.basics.tsv")));
		List<String> principals = new ArrayList<>(Fixtures.lines(imdb.resolve("title.principals.tsv")));
		Random random = new Random(7);
		for (int title = 0; title < 3_000; title++) {
			basics.add("tt80%05d\tmovie\tNew %d\tNew %d\t0\t2001\t\\N\t90\tDrama".formatted(title, title, title));
			for (int order = 1; order <= 10; order++) {
				principals.add("tt80%05d\t%d\tnm0000001\tactor\t\\N\t[\"Role %x\"]".formatted(title, order, random.nextLong()));
			}
		}
		Fixtures.writeLines(imdb, "title.basics.tsv", basics);
		Path plain = Fixtures.writeLines(this.dir, "principals.tsv", principals);
		Files.delete(imdb.resolve("title.principals.tsv"));
		// A cut far beyond the first 64 KiB the importer buffers when it opens a file.
		Path gz = Fixtures.truncate(Fixtures.gzip(plain, imdb, "title.principals.tsv.gz"), 0.6);
		assertThat(Fixtures.size(gz)).isGreaterThan(3 * 65_536);

		refusedWithoutWriting(ImdbImportTests.imdb(imdb), "title.principals.tsv.gz:[0-9]{4,}: gzip stream is corrupt or truncated: .*"
				+ "\\(after [0-9]+ of the file's " + Fixtures.size(gz) + " compressed bytes\\)");
	}

	@Test
	void aTruncatedTmdbGzipIsRefusedNamingTheLineAndTheByte() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());
		// Ten copies of the fixture's movies under new ids, so that what lies before the cut is new.
		List<String> lines = Fixtures.lines(Fixtures.tmdbCredits());
		List<String> copies = new ArrayList<>(lines.subList(0, 1));
		for (int copy = 0; copy < 10; copy++) {
			String suffix = "000" + copy;
			lines.subList(1, lines.size()).forEach((line) -> copies.add(line.replaceFirst("^([0-9]+),", "$1" + suffix + ",")));
		}
		Path gz = Fixtures.truncate(Fixtures.gzip(Fixtures.writeLines(this.dir, "credits.csv", copies), this.dir,
				"tmdb_5000_credits.csv.gz"), 0.5);

		refusedWithoutWriting(new ImportRequest.Tmdb(gz, Fixtures.tmdbMovies()),
				"tmdb_5000_credits.csv.gz:[0-9]+: gzip stream is corrupt or truncated: .*compressed bytes\\)");
	}

	@Test
	void aTruncatedJsonLinesGzipIsRefusedNamingTheLineAndTheByte() {
		this.imports.run(new ImportRequest.JsonLines(Fixtures.ballerina()), new ImportProgress());
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			lines.add("{\"id\": \"w" + i + "\", \"title\": \"Work " + i + "\", \"credits\": [{\"person\": {\"id\": \"p" + i
					+ "\", \"name\": \"P" + i + "\"}, \"role\": \"director\"}]}");
		}
		Path gz = Fixtures.truncate(Fixtures.gzip(Fixtures.writeLines(this.dir, "works.jsonl", lines), this.dir,
				"works.jsonl.gz"), 0.7);

		refusedWithoutWriting(new ImportRequest.JsonLines(gz),
				"works.jsonl.gz:[0-9]{4,}: gzip stream is corrupt or truncated: .*compressed bytes\\)");
	}

	// Binary garbage: refused whole at the exact line, not decoded into names full of U+FFFD.

	@Test
	void aNulByteInAnImdbFileIsRefusedNamingItsLine() {
		importGoodImdb();
		Path imdb = imdbCopy();
		List<String> basics = new ArrayList<>(Fixtures.lines(imdb.resolve("title.basics.tsv")));
		basics.set(4, basics.get(4).replaceFirst("\t", "\t\0"));
		Fixtures.writeLines(imdb, "title.basics.tsv", basics);

		refusedWithoutWriting(ImdbImportTests.imdb(imdb), "title.basics.tsv:5: not a text file: a NUL byte \\(byte [0-9]+ of the text\\)");
	}

	@Test
	void binaryGarbageInAGzippedImdbFileIsRefused() {
		importGoodImdb();
		Path imdb = imdbCopy();
		byte[] names = bytes(imdb.resolve("name.basics.tsv"));
		byte[] garbage = new byte[100_000];
		new Random(3).nextBytes(garbage);
		Path plain = write(this.dir.resolve("names.bin"), concat(names, garbage));
		Fixtures.gzip(plain, imdb, "name.basics.tsv.gz");
		delete(imdb.resolve("name.basics.tsv"));

		refusedWithoutWriting(ImdbImportTests.imdb(imdb), "name.basics.tsv.gz:145: not (a text file|UTF-8 text): .*");
	}

	@Test
	void latin1TextInATmdbFileIsRefusedNamingItsLine() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());
		List<String> lines = new ArrayList<>(Fixtures.lines(Fixtures.tmdbMovies()));
		// A spreadsheet that saved the file as Latin-1: "é" is the single byte E9.
		byte[] before = String.join("\n", lines.subList(0, 9)).concat("\n9,[],,9,[],fr,Caf").getBytes(StandardCharsets.UTF_8);
		byte[] after = (",,0,[],[],2001-01-01,0,0,[],Released,,Cafe,0,0\n" + String.join("\n", lines.subList(9, lines.size())) + "\n")
			.getBytes(StandardCharsets.UTF_8);
		Path movies = write(this.dir.resolve("tmdb_5000_movies.csv"), concat(before, new byte[] { (byte) 0xE9 }, after));

		refusedWithoutWriting(new ImportRequest.Tmdb(Fixtures.tmdbCredits(), movies),
				"tmdb_5000_movies.csv:10: not UTF-8 text: byte 0xE9 followed by 0x2C is not a character \\(byte [0-9]+ of the text\\)");
	}

	@Test
	void aBinaryFileGivenAsJsonLinesIsRefused() {
		this.imports.run(new ImportRequest.JsonLines(Fixtures.ballerina()), new ImportProgress());
		byte[] garbage = new byte[200_000];
		new Random(11).nextBytes(garbage);
		garbage[0] = '{';
		Path file = write(this.dir.resolve("works.jsonl"), garbage);

		refusedWithoutWriting(new ImportRequest.JsonLines(file), "works.jsonl:[0-9]+: not (a text file|UTF-8 text): .*");
	}

	// Wrong headers: refused before anything is written, whichever of the files is wrong.

	@Test
	void wrongImdbHeadersAreRefused() {
		importGoodImdb();
		Path imdb = imdbCopy();
		// name.basics' header on the principals, the second file read.
		List<String> principals = new ArrayList<>(Fixtures.lines(imdb.resolve("title.principals.tsv")));
		principals.set(0, "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles");
		Fixtures.writeLines(imdb, "title.principals.tsv", principals);
		refusedWithoutWriting(ImdbImportTests.imdb(imdb), "title.principals.tsv: wrong header, missing columns tconst, .*");

		// A CSV under a TSV name: one column.
		write(imdb.resolve("title.principals.tsv"), bytes(Fixtures.imdbDir().resolve("title.principals.tsv")));
		write(imdb.resolve("title.basics.tsv"), "tconst,titleType,primaryTitle,originalTitle,isAdult,startYear\ntt1,movie,A,A,0,2001\n"
			.getBytes(StandardCharsets.UTF_8));
		refusedWithoutWriting(ImdbImportTests.imdb(imdb), "title.basics.tsv: wrong header, missing columns .* but found tconst,titleType.*");
	}

	@Test
	void wrongTmdbHeadersAreRefused() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());

		refusedWithoutWriting(new ImportRequest.Tmdb(Fixtures.tmdbMovies(), Fixtures.tmdbCredits()),
				"tmdb_5000_credits.csv: wrong header, missing columns id, original_title, release_date, production_companies; .*");
		List<String> credits = new ArrayList<>(Fixtures.lines(Fixtures.tmdbCredits()));
		credits.set(0, "movie_id,title,cast,crew_members");
		refusedWithoutWriting(new ImportRequest.Tmdb(Fixtures.writeLines(this.dir, "tmdb_5000_credits.csv", credits),
				Fixtures.tmdbMovies()), "tmdb_5000_credits.csv: wrong header, missing column crew; .*");
	}

	/** JSON Lines has no header; a TSV given as JSON Lines is every line bad, each reported, nothing written. */
	@Test
	void aTsvGivenAsJsonLinesIsReportedLineByLineAndWritesNothing() {
		this.imports.run(new ImportRequest.JsonLines(Fixtures.ballerina()), new ImportProgress());
		String before = checksum();
		Path file = Fixtures.copy(Fixtures.imdbDir().resolve("title.basics.tsv"), this.dir, "works.jsonl");

		ImportReport report = this.imports.run(new ImportRequest.JsonLines(file), new ImportProgress());

		assertThat(report.skippedLines()).hasSize(20).allSatisfy((skip) -> {
			assertThat(skip.file()).isEqualTo("works.jsonl");
			assertThat(skip.reason()).contains("not valid JSON");
		});
		assertThat(report.skippedLines()).extracting(Skip::line).containsExactlyElementsOf(lineNumbers(1, 20));
		assertThat(checksum()).isEqualTo(before);
	}

	// A 10 MB line: reported as file:line and skipped, with memory bounded by the line limit.

	@Test
	void aTenMegabyteImdbLineIsReportedAndSkipped() {
		importGoodImdb();
		String before = checksum();
		Path imdb = imdbCopy();
		List<String> basics = new ArrayList<>(Fixtures.lines(imdb.resolve("title.basics.tsv")));
		basics.add(2, "tt7000001\tmovie\t" + TEN_MEGABYTES + "\tT\t0\t2000\t\\N\t90\tDrama");
		Fixtures.writeLines(imdb, "title.basics.tsv", basics);
		List<String> principals = new ArrayList<>(Fixtures.lines(imdb.resolve("title.principals.tsv")));
		principals.add("tt7000001\t1\tnm7000001\tdirector\t\\N\t\\N");
		Fixtures.writeLines(imdb, "title.principals.tsv", principals);

		ImportReport report = this.imports.run(ImdbImportTests.imdb(imdb), new ImportProgress());

		assertThat(report.skippedLines()).contains(new Skip("title.basics.tsv", 3, "line too long (over 1000000 characters)"));
		assertThat(checksum()).isEqualTo(before);
	}

	@Test
	void aTenMegabyteTmdbRecordIsReportedAndSkipped() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());
		String before = checksum();
		List<String> credits = new ArrayList<>(Fixtures.lines(Fixtures.tmdbCredits()));
		credits.add(2, "999999003,Huge,\"[{\"\"id\"\": 1, \"\"name\"\": \"\"" + TEN_MEGABYTES + "\"\"}]\",[]");

		ImportReport report = this.imports.run(
				new ImportRequest.Tmdb(Fixtures.writeLines(this.dir, "tmdb_5000_credits.csv", credits), Fixtures.tmdbMovies()),
				new ImportProgress());

		assertThat(report.skippedLines()).containsExactly(new Skip("tmdb_5000_credits.csv", 3, "record longer than 8000000 characters"));
		assertThat(checksum()).isEqualTo(before);
	}

	@Test
	void aTenMegabyteJsonLineIsReportedAndSkipped() {
		ImportReport report = ballerinaAgainWithABadLine2("{\"id\": \"huge\", \"title\": \"" + TEN_MEGABYTES + "\", \"credits\": []}");

		assertThat(report.skippedLines()).containsExactly(new Skip("works.jsonl", 2, "line too long (over 1000000 characters)"));
	}

	// CRLF line ends: the CR is not part of the last column; the graph is the one LF files give.

	@Test
	void crlfImdbFilesImportExactlyAsLfOnes() throws IOException {
		importGoodImdb();
		GraphSnapshot lf = GraphSnapshot.of(this.driver);
		Path imdb = Files.createDirectories(this.dir.resolve("crlf"));
		for (String name : List.of("title.basics.tsv", "title.principals.tsv", "name.basics.tsv")) {
			crlf(Fixtures.imdbDir().resolve(name), imdb.resolve(name));
		}
		GraphSnapshot.emptyDatabase(this.driver);

		this.imports.run(ImdbImportTests.imdb(imdb), new ImportProgress());

		assertThat(GraphSnapshot.of(this.driver).lines()).noneMatch((line) -> line.contains("\r"))
			.containsExactlyElementsOf(lf.lines());
	}

	@Test
	void crlfTmdbAndJsonLinesFilesImportExactlyAsLfOnes() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());
		this.imports.run(new ImportRequest.JsonLines(Fixtures.ballerina()), new ImportProgress());
		GraphSnapshot lf = GraphSnapshot.of(this.driver);
		GraphSnapshot.emptyDatabase(this.driver);

		this.imports.run(new ImportRequest.Tmdb(crlf(Fixtures.tmdbCredits(), this.dir.resolve("tmdb_5000_credits.csv")),
				crlf(Fixtures.tmdbMovies(), this.dir.resolve("tmdb_5000_movies.csv"))), new ImportProgress());
		this.imports.run(new ImportRequest.JsonLines(crlf(Fixtures.ballerina(), this.dir.resolve("works.jsonl"))),
				new ImportProgress());

		assertThat(GraphSnapshot.of(this.driver).lines()).noneMatch((line) -> line.contains("\r"))
			.containsExactlyElementsOf(lf.lines());
	}

	// A quote that is never closed.

	/** Up to the end of the file, it would make the rest of the file one field: the file is refused. */
	@Test
	void aCsvQuoteNeverClosedIsRefusedNamingTheLineItOpensOn() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());
		List<String> credits = new ArrayList<>(Fixtures.lines(Fixtures.tmdbCredits()));
		// A new movie whose title opens a quote, then the last record cut in its cast: no quote
		// after line 10 closes it.
		credits.add(9, "999999010,\"Never Closed,[],[]");
		List<String> cut = new ArrayList<>(credits.subList(0, 10));
		cut.add("999999011,Plain,[],[]");
		Path file = Fixtures.writeLines(this.dir, "tmdb_5000_credits.csv", cut);

		refusedWithoutWriting(new ImportRequest.Tmdb(file, Fixtures.tmdbMovies()), "tmdb_5000_credits.csv:10: the quoted field in "
				+ "column 2, opened on line 10, is never closed: the rest of the file, to line 11, would be that one field");
	}

	/**
	 * Closed further down by another record's quote, it swallows the lines between: they are
	 * reported as one bad record naming where it starts and ends, and none of it is written.
	 */
	@Test
	void aCsvQuoteClosedByALaterRecordIsReportedWithTheLinesItTookAndWritesNothing() {
		this.imports.run(Fixtures.tmdb(), new ImportProgress());
		String before = checksum();
		List<String> credits = new ArrayList<>(Fixtures.lines(Fixtures.tmdbCredits()));
		credits.add(2, "999999003,\"Unbalanced,[],[]");

		ImportReport report = this.imports.run(
				new ImportRequest.Tmdb(Fixtures.writeLines(this.dir, "tmdb_5000_credits.csv", credits), Fixtures.tmdbMovies()),
				new ImportProgress());

		assertThat(report.skippedLines()).singleElement().satisfies((skip) -> {
			assertThat(skip.file() + ":" + skip.line()).isEqualTo("tmdb_5000_credits.csv:3");
			assertThat(skip.reason()).contains("after the closing quote of column 2").endsWith("(the record runs to line 4)");
		});
		assertThat(checksum()).isEqualTo(before);
	}

	@Test
	void aJsonStringNeverClosedIsReportedAndSkipped() {
		ImportReport report = ballerinaAgainWithABadLine2("{\"id\": \"unclosed\", \"title\": \"Never closed, \"credits\": []}");

		assertThat(report.skippedLines()).singleElement()
			.satisfies((skip) -> assertThat(skip.file() + ":" + skip.line()).isEqualTo("works.jsonl:2"));
	}

	/** Imports the Ballerina file, then again with a bad line 2, which must change nothing. */
	private ImportReport ballerinaAgainWithABadLine2(String line) {
		this.imports.run(new ImportRequest.JsonLines(Fixtures.ballerina()), new ImportProgress());
		String before = checksum();
		List<String> lines = new ArrayList<>(Fixtures.lines(Fixtures.ballerina()));
		lines.add(1, line);

		ImportReport report = this.imports.run(
				new ImportRequest.JsonLines(Fixtures.writeLines(this.dir, "works.jsonl", lines)), new ImportProgress());

		assertThat(checksum()).isEqualTo(before);
		return report;
	}

	/**
	 * Refused as a whole: the exception names the file and the line, nothing is written (not even
	 * the stale mark of the collaborations), and the earlier data is what it was.
	 */
	private void refusedWithoutWriting(ImportRequest request, String fileLineAndReason) {
		String before = checksum();

		assertThatExceptionOfType(ImportFileException.class).isThrownBy(() -> this.imports.run(request, new ImportProgress()))
			.withMessageMatching("(?s).*/" + fileLineAndReason);

		assertThat(checksum()).isEqualTo(before);
		assertThat(this.rebuild.isStale()).isFalse();
	}

	private void importGoodImdb() {
		this.imports.run(ImdbImportTests.imdb(Fixtures.imdbDir()), new ImportProgress());
	}

	private String checksum() {
		return GraphSnapshot.of(this.driver).checksum();
	}

	/** The IMDb fixture's three files in a folder of their own, to be spoilt by a test. */
	private Path imdbCopy() {
		try {
			Path imdb = Files.createDirectories(this.dir.resolve("imdb"));
			for (String name : List.of("title.basics.tsv", "title.principals.tsv", "name.basics.tsv")) {
				Fixtures.copy(Fixtures.imdbDir().resolve(name), imdb, name);
			}
			return imdb;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path crlf(Path source, Path target) {
		String text = String.join("\r\n", Fixtures.lines(source)) + "\r\n";
		return write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<Long> lineNumbers(long first, long last) {
		List<Long> numbers = new ArrayList<>();
		for (long line = first; line <= last; line++) {
			numbers.add(line);
		}
		return numbers;
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path write(Path file, byte[] bytes) {
		try {
			return Files.write(file, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.delete(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
