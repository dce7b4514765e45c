package org.ensemble.ingest.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SequencedSet;
import java.util.Set;

/**
 * Reads IMDb's non-commercial TSV files from one folder, in three streaming passes:
 * {@code title.basics} (works), {@code title.principals} (credits, one complete list per work),
 * {@code name.basics} (only the people credited). Memory grows with the titles and people kept,
 * never with the size of the files.
 *
 * <p>
 * People come last because they live in the last file: every {@link ImportSink#credits} call
 * precedes every {@link ImportSink#person} call, and credits name people by id only.
 */
public final class ImdbParser {

	/** Feature films only, unless asked otherwise: what "a filmography" usually means. */
	public static final Set<String> DEFAULT_TITLE_TYPES = Set.of("movie");

	private final Path dir;

	private final Set<String> titleTypes;

	private final boolean includeAdult;

	/**
	 * @param dir the folder holding {@code title.basics}, {@code title.principals} and
	 * {@code name.basics}, each as {@code .tsv.gz} or {@code .tsv}
	 * @param titleTypes the IMDb {@code titleType}s to import, such as {@code movie} or
	 * {@code tvSeries}; {@code null} for {@link #DEFAULT_TITLE_TYPES}
	 * @param includeAdult whether titles marked {@code isAdult} are imported
	 */
	public ImdbParser(Path dir, Set<String> titleTypes, boolean includeAdult) {
		if (titleTypes != null && titleTypes.isEmpty()) {
			throw new IllegalArgumentException("titleTypes is empty: nothing would be imported");
		}
		this.dir = dir;
		this.titleTypes = (titleTypes != null) ? Set.copyOf(titleTypes) : DEFAULT_TITLE_TYPES;
		this.includeAdult = includeAdult;
	}

	/**
	 * Pushes the kept works, their credits and their people to the sink.
	 * @throws ImportFileException when a file is missing, cannot be opened, has the wrong header or
	 * is broken further down, before anything reaches the sink
	 */
	public void parse(ImportSink sink) {
		Path basics = ImdbFiles.find(this.dir, "title.basics");
		Path principals = ImdbFiles.find(this.dir, "title.principals");
		Path names = ImdbFiles.find(this.dir, "name.basics");
		try (TsvTable titleTable = TsvTable.open(basics, ImdbTitles.COLUMNS);
				TsvTable principalTable = TsvTable.open(principals, ImdbPrincipals.COLUMNS);
				TsvTable nameTable = TsvTable.open(names, ImdbNames.COLUMNS)) {
			SequencedSet<String> kept = ImdbTitles.read(titleTable, this.titleTypes, this.includeAdult, sink);
			Map<String, Long> referenced = ImdbPrincipals.read(principalTable, kept, sink);
			ImdbNames.read(nameTable, referenced, sink);
			keepMissingPeople(referenced, principalTable.name(), nameTable.brokeOff(), sink);
		}
		catch (IOException ex) {
			// Only close() can get here, after everything was read.
			throw new UncheckedIOException(ex);
		}
	}

	/** A credit is worth more than a name: keep it, with the id standing in for the name, and say so. */
	private static void keepMissingPeople(Map<String, Long> missing, String principalsFile, boolean namesBrokeOff,
			ImportSink sink) {
		String where = namesBrokeOff ? "the part of name.basics that could be read" : "name.basics";
		missing.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> {
				String nconst = entry.getKey();
				sink.skipped(principalsFile, entry.getValue(),
						"person " + nconst + " not in " + where + "; credit kept with the id as the name");
				sink.person(new PersonRow("imdb:" + nconst, nconst, nconst, null, null));
			});
	}

}
