package org.ensemble.hardening;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What Neo4j's {@code debug.log} says about the start that follows a mark. Neo4j 2026.x writes, for
 * each database it opens after an unclean stop, "Transaction logs recovery is required …", "Recovery
 * required from position …" and "Recovery in 'full' mode completed …" (category
 * {@code o.n.k.d.Database}); after a clean stop it writes none of them. A clean stop itself shows as a
 * checkpoint "triggered by "Database shutdown"". Lines name their database as {@code [neo4j/…]}.
 */
final class RecoveryLog {

	private static final String DATABASE = "[neo4j/";

	private final Path file;

	private final long mark;

	private RecoveryLog(Path file, long mark) {
		this.file = file;
		this.mark = mark;
	}

	/** Remembers where the log ends now: what a later start writes comes after it. */
	static RecoveryLog mark(Path dataDir) throws IOException {
		Path file = dataDir.resolve("neo4j/logs/debug.log");
		return new RecoveryLog(file, Files.exists(file) ? Files.size(file) : 0);
	}

	/** Whether the default database was recovered from its transaction logs since the mark. */
	boolean recoveredSinceMark() throws IOException {
		return !linesSinceMark("Recovery required from position").isEmpty();
	}

	/** Whether the default database checkpointed on shutdown since the mark: the sign of a clean stop. */
	boolean checkpointedOnShutdownSinceMark() throws IOException {
		return !linesSinceMark("triggered by \\\"Database shutdown\\\"").isEmpty();
	}

	/** The default database's lines since the mark that contain the text (as it is written in the JSON line). */
	List<String> linesSinceMark(String text) throws IOException {
		return sinceMark().lines().filter((line) -> line.contains(DATABASE) && line.contains(text)).toList();
	}

	private String sinceMark() throws IOException {
		try (RandomAccessFile log = new RandomAccessFile(this.file.toFile(), "r")) {
			// A rotated log is shorter than the mark: then all of it is new.
			long from = (log.length() >= this.mark) ? this.mark : 0;
			byte[] bytes = new byte[(int) (log.length() - from)];
			log.seek(from);
			log.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

}
