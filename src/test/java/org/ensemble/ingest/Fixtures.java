package org.ensemble.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The parser fixtures under {@code src/test/resources/ingest} (cut from the real data sets; see
 * their README), and copies of them changed for one test. The expected numbers the graph tests
 * assert come from {@code src/test/resources/ingest/graph/expected_graph.py}.
 */
final class Fixtures {

	/** The full data sets beside the project; tests on them are skipped where they are absent. */
	static final Path SHARED_DATA = Path.of("../shared/data");

	private Fixtures() {
	}

	static Path fixture(String name) {
		try {
			return Path.of(Fixtures.class.getResource("/ingest/" + name).toURI());
		}
		catch (URISyntaxException | NullPointerException ex) {
			throw new IllegalStateException("No fixture " + name, ex);
		}
	}

	static Path tmdbCredits() {
		return fixture("tmdb/tmdb_5000_credits.csv");
	}

	static Path tmdbMovies() {
		return fixture("tmdb/tmdb_5000_movies.csv");
	}

	static ImportRequest.Tmdb tmdb() {
		return new ImportRequest.Tmdb(tmdbCredits(), tmdbMovies());
	}

	static Path imdbDir() {
		return fixture("imdb");
	}

	static Path ballerina() {
		return fixture("jsonl/ballerina.jsonl");
	}

	static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path writeLines(Path dir, String name, List<String> lines) {
		try {
			return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first {@code lines} lines of a file; each TMDB credits record is one line, so whole records. */
	static Path head(Path source, Path dir, String name, int lines) {
		return writeLines(dir, name, lines(source).subList(0, lines));
	}

	static Path copy(Path source, Path dir, String name) {
		try {
			return Files.copy(source, dir.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path gzip(Path source, Path dir, String name) {
		Path target = dir.resolve(name);
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
			Files.copy(source, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

	/** Keeps the first {@code fraction} of a file's bytes, as an interrupted download would. */
	static Path truncate(Path file, double fraction) {
		try {
			return truncate(file, (long) (Files.size(file) * fraction));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Keeps the first {@code keep} bytes of a file. */
	static Path truncate(Path file, long keep) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			return Files.write(file, Arrays.copyOf(bytes, (int) keep));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
