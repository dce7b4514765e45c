package org.ensemble.ingest.parse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Fixture files: the cut-down real ones on the test classpath, and hand-made ones in a temp folder. */
final class TestFiles {

	/** The full data sets, beside the project: tests on them are skipped where they are absent. */
	static final Path SHARED_DATA = Path.of("../shared/data");

	private TestFiles() {
	}

	static Path fixture(String name) {
		try {
			return Path.of(TestFiles.class.getResource("/ingest/" + name).toURI());
		}
		catch (URISyntaxException | NullPointerException ex) {
			throw new IllegalStateException("No fixture " + name, ex);
		}
	}

	static Path write(Path dir, String name, String text) {
		try {
			return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Gzips {@code source} into {@code dir/name}, whatever the name says. */
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

	/** Keeps only the first {@code fraction} of a file's bytes, as an interrupted download would. */
	static Path truncate(Path source, Path dir, String name, double fraction) {
		try {
			byte[] bytes = Files.readAllBytes(source);
			return Files.write(dir.resolve(name), Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path copy(Path source, Path dir, String name) {
		try {
			return Files.copy(source, dir.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
