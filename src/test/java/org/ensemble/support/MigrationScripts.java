package org.ensemble.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The versions of the migration scripts in {@code cypher/}, in order: what a started service has applied. */
public final class MigrationScripts {

	private MigrationScripts() {
	}

	public static List<Integer> versions() {
		try (var files = Files.list(Path.of("cypher"))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.matches("V\\d+__.*\\.cypher"))
				.map((name) -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
