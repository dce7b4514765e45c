package org.ensemble.ingest.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ensemble.ingest.parse.RecordingSink.Call;
import org.ensemble.ingest.parse.RecordingSink.Credits;
import org.ensemble.ingest.parse.RecordingSink.Skipped;
import org.ensemble.ingest.parse.RecordingSink.Work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzzing of the three parsers with arbitrary bytes and with mutations of the real fixtures (byte
 * flips, truncations, inserted quotes, tabs, line ends, NULs and broken UTF-8, deleted and
 * duplicated stretches, all of it optionally gzipped and the gzip optionally cut). Whatever the
 * input, a parser either completes, having reported each bad row as file:line, or refuses a file
 * with an {@link ImportFileException} naming it, before pushing anything. Any other exception, a
 * work pushed without its credits, or a parse that takes longer than its timeout fails.
 *
 * <p>
 * Seeds are fixed, so the suite is repeatable; change a seed (or drop it) to fuzz further.
 */
class ParserFuzzTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	/** What the mutations insert: the characters that delimit something in one of the formats. */
	private static final List<byte[]> INSERTS = List.of(bytes("\""), bytes("\"\""), bytes("\t"), bytes("\n"), bytes("\r"),
			bytes("\r\n"), bytes(","), bytes("\\N"), bytes("{"), bytes("}"), bytes("["), bytes("\\"), new byte[] { 0 },
			new byte[] { (byte) 0xC3 }, new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
			bytes("中"), bytes("-1"), bytes("99999999999999999999"));

	private static Path dir;

	private static byte[] titleBasics;

	private static byte[] titlePrincipals;

	private static byte[] nameBasics;

	private static byte[] tmdbCredits;

	private static byte[] tmdbMovies;

	private static byte[] jsonLines;

	@BeforeContainer
	static void readFixtures() throws IOException {
		dir = Files.createTempDirectory("ensemble-fuzz-");
		titleBasics = Files.readAllBytes(TestFiles.fixture("imdb/title.basics.tsv"));
		titlePrincipals = Files.readAllBytes(TestFiles.fixture("imdb/title.principals.tsv"));
		nameBasics = Files.readAllBytes(TestFiles.fixture("imdb/name.basics.tsv"));
		tmdbCredits = Files.readAllBytes(TestFiles.fixture("tmdb/tmdb_5000_credits.csv"));
		tmdbMovies = Files.readAllBytes(TestFiles.fixture("tmdb/tmdb_5000_movies.csv"));
		jsonLines = Files.readAllBytes(TestFiles.fixture("jsonl/ballerina.jsonl"));
	}

	@AfterContainer
	static void removeFiles() throws IOException {
		try (var files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	@Property(tries = 500, seed = "20260801")
	void mutatedImdbFilesParseOrAreRefused(@ForAll("mutations") Mutation mutation, @ForAll("imdbFile") int which) {
		byte[][] files = { titleBasics, titlePrincipals, nameBasics };
		files[which] = mutation.applyAndCompress(files[which]);
		Path imdb = imdbFolder(files, mutation.gzip() ? which : -1);

		parsesOrRefuses("imdb", (sink) -> new ImdbParser(imdb, Set.of("movie", "tvSeries"), true).parse(sink));
		Statistics.label("imdb").coverage((coverage) -> {
			coverage.check("refused").count((n) -> n > 10);
			coverage.check("parsed, rows skipped").count((n) -> n > 10);
		});
	}

	@Property(tries = 500, seed = "20260802")
	void mutatedTmdbFilesParseOrAreRefused(@ForAll("mutations") Mutation mutation, @ForAll boolean creditsFile) {
		Path credits = write("tmdb_5000_credits.csv", creditsFile ? mutation.applyAndCompress(tmdbCredits) : tmdbCredits);
		Path movies = write("tmdb_5000_movies.csv", creditsFile ? tmdbMovies : mutation.applyAndCompress(tmdbMovies));

		parsesOrRefuses("tmdb", (sink) -> new TmdbParser(credits, movies).parse(sink));
		Statistics.label("tmdb").coverage((coverage) -> {
			coverage.check("refused").count((n) -> n > 10);
			coverage.check("parsed, rows skipped").count((n) -> n > 10);
		});
	}

	@Property(tries = 500, seed = "20260803")
	void mutatedJsonLinesParseOrAreRefused(@ForAll("mutations") Mutation mutation) {
		Path file = write("works.jsonl", mutation.applyAndCompress(jsonLines));

		parsesOrRefuses("jsonl", (sink) -> new JsonLinesParser(file).parse(sink));
		Statistics.label("jsonl").coverage((coverage) -> {
			coverage.check("refused").count((n) -> n > 10);
			coverage.check("parsed, rows skipped").count((n) -> n > 10);
		});
	}

	/** Bytes that owe nothing to any format, in place of each kind of file in turn. */
	@Property(tries = 300, seed = "20260804")
	void arbitraryBytesParseOrAreRefused(@ForAll @Size(max = 3000) byte[] bytes, @ForAll boolean gzip) {
		byte[] content = gzip ? gzip(bytes) : bytes;
		Path jsonl = write("any.jsonl", content);
		Path credits = write("any_credits.csv", content);
		byte[][] imdb = { content, titlePrincipals, nameBasics };
		Path imdbDir = imdbFolder(imdb, -1);

		parsesOrRefuses("jsonl", (sink) -> new JsonLinesParser(jsonl).parse(sink));
		parsesOrRefuses("tmdb", (sink) -> new TmdbParser(credits, write("movies.csv", tmdbMovies)).parse(sink));
		parsesOrRefuses("imdb", (sink) -> new ImdbParser(imdbDir, null, false).parse(sink));
	}

	/** Text made of the formats' delimiters only: the inputs most likely to confuse a parser's state. */
	@Property(tries = 300, seed = "20260805")
	void delimiterSoupParsesOrIsRefused(@ForAll("delimiterSoup") String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		Path jsonl = write("soup.jsonl", bytes);
		Path credits = write("tmdb_5000_credits.csv", concat(bytes("movie_id,title,cast,crew\n"), bytes));
		Path imdb = imdbFolder(new byte[][] { titleBasics, concat(bytes("tconst\tordering\tnconst\tcategory\tjob\tcharacters\n"),
				bytes), nameBasics }, -1);

		parsesOrRefuses("jsonl", (sink) -> new JsonLinesParser(jsonl).parse(sink));
		parsesOrRefuses("tmdb", (sink) -> new TmdbParser(credits, write("movies.csv", tmdbMovies)).parse(sink));
		parsesOrRefuses("imdb", (sink) -> new ImdbParser(imdb, null, false).parse(sink));
	}

	@Provide
	Arbitrary<Integer> imdbFile() {
		return Arbitraries.integers().between(0, 2);
	}

	@Provide
	Arbitrary<String> delimiterSoup() {
		return Arbitraries.strings().withChars("\"\t\n\r,{}[]:\\N0a ").ofMaxLength(400);
	}

	@Provide
	Arbitrary<Mutation> mutations() {
		Arbitrary<Edit> edit = Combinators
			.combine(Arbitraries.of(EditKind.class), Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 0.3),
					Arbitraries.integers().between(0, 255))
			.as(Edit::new);
		return Combinators
			.combine(edit.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(true, false),
					Arbitraries.doubles().between(0.2, 1.6))
			.as(Mutation::new);
	}

	/**
	 * The one contract of every parser: complete, or refuse before pushing anything; bad rows are
	 * reported as file:line; every work pushed gets one credit list, after it.
	 */
	private static void parsesOrRefuses(String format, Consumer<ImportSink> parse) {
		RecordingSink sink = new RecordingSink();
		try {
			assertTimeoutPreemptively(TIMEOUT, () -> parse.accept(sink));
		}
		catch (ImportFileException ex) {
			assertThat(ex.getMessage()).as("names the file").startsWith(dir.toString());
			assertThat(sink.calls).as("pushed before refusing").isEmpty();
			Statistics.label(format).collect("refused");
			return;
		}
		Statistics.label(format).collect(sink.skipped().isEmpty() ? "parsed" : "parsed, rows skipped");
		// A work repeated in the file (a duplicated line) is pushed again, like a repeated PUT.
		Set<String> awaitingCredits = new HashSet<>();
		for (Call call : sink.calls) {
			if (call instanceof Skipped skipped) {
				assertThat(skipped.file()).isNotBlank();
				assertThat(skipped.line()).isPositive();
				assertThat(skipped.reason()).isNotBlank().hasSizeLessThan(2_000);
			}
			else if (call instanceof Work work) {
				assertThat(awaitingCredits.add(work.row().id())).as("work %s pushed again before its credits", work.row().id())
					.isTrue();
			}
			else if (call instanceof Credits credits) {
				assertThat(awaitingCredits.remove(credits.workId())).as("credits of %s without its work", credits.workId())
					.isTrue();
			}
		}
		assertThat(awaitingCredits).as("works without credits").isEmpty();
	}

	/** A fresh folder with the three IMDb files, the one at {@code gzipped} as .tsv.gz. */
	private static Path imdbFolder(byte[][] files, int gzipped) {
		try {
			Path imdb = Files.createTempDirectory(dir, "imdb-");
			String[] names = { "title.basics.tsv", "title.principals.tsv", "name.basics.tsv" };
			for (int i = 0; i < names.length; i++) {
				Files.write(imdb.resolve(names[i] + ((i == gzipped) ? ".gz" : "")), files[i]);
			}
			return imdb;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path write(String name, byte[] content) {
		try {
			return Files.write(dir.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	enum EditKind {

		FLIP, INSERT, DELETE, TRUNCATE, DUPLICATE

	}

	/**
	 * @param at where, as a fraction of the length
	 * @param length how much, as a fraction of the length (delete, duplicate)
	 * @param value the xor mask of a flip, or which of {@link #INSERTS} to insert
	 */
	record Edit(EditKind kind, double at, double length, int value) {

		byte[] apply(byte[] in) {
			int position = (int) (this.at * in.length);
			int span = (int) (this.length * in.length);
			return switch (this.kind) {
				case FLIP -> {
					byte[] out = in.clone();
					if (out.length > 0) {
						out[Math.min(position, out.length - 1)] ^= (byte) Math.max(1, this.value);
					}
					yield out;
				}
				case INSERT -> splice(in, position, 0, INSERTS.get(this.value % INSERTS.size()));
				case DELETE -> splice(in, position, Math.min(span, in.length - position), new byte[0]);
				case TRUNCATE -> Arrays.copyOf(in, position);
				case DUPLICATE -> splice(in, position, 0, Arrays.copyOfRange(in, position, Math.min(in.length, position + span)));
			};
		}

		private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
			byte[] out = new byte[in.length - remove + insert.length];
			System.arraycopy(in, 0, out, 0, at);
			System.arraycopy(insert, 0, out, at, insert.length);
			System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
			return out;
		}

	}

	/**
	 * @param edits applied in order
	 * @param gzip whether the result is gzipped
	 * @param gzipCut the share of the gzip kept: 1 or more keeps it whole
	 */
	record Mutation(List<Edit> edits, boolean gzip, double gzipCut) {

		byte[] apply(byte[] in) {
			byte[] out = in;
			for (Edit edit : this.edits) {
				out = edit.apply(out);
			}
			return out;
		}

		byte[] applyAndCompress(byte[] in) {
			byte[] out = apply(in);
			if (!this.gzip) {
				return out;
			}
			byte[] compressed = ParserFuzzTests.gzip(out);
			return (this.gzipCut < 1) ? Arrays.copyOf(compressed, (int) (compressed.length * this.gzipCut)) : compressed;
		}

	}

}
