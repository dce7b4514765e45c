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

	static Path find(Path dir, String base) {
		if (!Files.isDirectory(dir)) {
			throw new ImportFileException(dir + ": not a folder; expected one holding " + base + ".tsv.gz or " + base
					+ ".tsv");
		}
		Path gzip = dir.resolve(base + ".tsv.gz");
		if (Files.exists(gzip)) {
			return gzip;
		}
		Path plain = dir.resolve(base + ".tsv");
		if (Files.exists(plain)) {
			return plain;
		}
		throw new ImportFileException(dir + ": has neither " + base + ".tsv.gz nor " + base + ".tsv");
	}

}
