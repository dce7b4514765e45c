package org.ensemble.ingest.parse;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds IMDb's files in a folder under either of their usual names. When both exist the
 * {@code .tsv.gz} wins: it is what IMDb publishes, and a {@code .tsv} beside it may be an
 * unpacking that was cut short.
 */
final class ImdbFiles {

	private ImdbFiles() {
	}

	/** The file, or null when the folder has neither name (files that are optional, such as title.episode). */
	static Path findIfPresent(Path dir, String base) {
		Path gzip = dir.resolve(base + ".tsv.gz");
		if (Files.exists(gzip)) {
			return gzip;
		}
		Path plain = dir.resolve(base + ".tsv");
		return Files.exists(plain) ? plain : null;
	}

	static Path find(Path dir, String base) {
		if (!Files.isDirectory(dir)) {
			throw new ImportFileException(dir + ": not a folder; expected one holding " + base + ".tsv.gz or " + base
					+ ".tsv");
		}
		Path found = findIfPresent(dir, base);
		if (found != null) {
			return found;
		}
		throw new ImportFileException(dir + ": has neither " + base + ".tsv.gz nor " + base + ".tsv");
	}

}
