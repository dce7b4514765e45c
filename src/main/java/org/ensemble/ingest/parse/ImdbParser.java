package org.ensemble.ingest.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Reads IMDb's non-commercial TSV files from one folder, in streaming passes: {@code title.episode}
 * when present (each episode's series), {@code title.basics} (works), {@code title.principals}
 * (credits, one complete list per work; episodes' credits rolled up onto their series, emitted once
 * the file is read), {@code name.basics} (only the people credited). Memory grows with the titles,
 * episodes, series credits and people kept, never with the size of the files.
 *
 * <p>
 * People come last because they live in the last file: every {@link ImportSink#credits} call
 * precedes every {@link ImportSink#person} call, and credits name people by id only.
 */
public final class ImdbParser implements ImportParser {

	/**
	 * What a filmography means today: films, TV films, series, miniseries and TV specials. Shorts, videos,
	 * games and episodes (as works of their own) are asked for.
	 */
	public static final Set<String> DEFAULT_TITLE_TYPES = Set.of("movie", "tvMovie", "tvSeries", "tvMiniSeries",
			"tvSpecial");

	/** What becomes of episodes' credits. */
	public enum Episodes {

		/**
		 * Rolled up onto their series, when {@code title.episode} is in the folder: a series is one work for
		 * its people. The default.
		 */
		ROLL_UP,

		/**
		 * Episodes are works of their own ({@code tv_episode}) with their own credits, and nothing is rolled
		 * up: a series keeps only the credits on the series itself.
		 */
		KEEP

	}

	private final Path dir;

	private final Set<String> titleTypes;

	private final boolean includeAdult;

	private final Episodes episodes;

	/**
	 * @param dir the folder holding {@code title.basics}, {@code title.principals} and
	 * {@code name.basics}, each as {@code .tsv.gz} or {@code .tsv}
	 * @param titleTypes the IMDb {@code titleType}s to import, such as {@code movie} or
	 * {@code tvSeries}; {@code null} for {@link #DEFAULT_TITLE_TYPES}
	 * @param includeAdult whether titles marked {@code isAdult} are imported
	 * @param episodes what becomes of episodes' credits; with {@link Episodes#KEEP} {@code tvEpisode} is
	 * added to the title types
	 */
	public ImdbParser(Path dir, Set<String> titleTypes, boolean includeAdult, Episodes episodes) {
		if (titleTypes != null && titleTypes.isEmpty()) {
			throw new IllegalArgumentException("titleTypes is empty: nothing would be imported");
		}
		this.dir = dir;
		Set<String> types = new java.util.HashSet<>((titleTypes != null) ? titleTypes : DEFAULT_TITLE_TYPES);
		if (episodes == Episodes.KEEP) {
			types.add("tvEpisode");
		}
		this.titleTypes = Set.copyOf(types);
		this.includeAdult = includeAdult;
		// Episodes asked for as works of their own are kept, not rolled up: a credit counts once.
		this.episodes = this.titleTypes.contains("tvEpisode") ? Episodes.KEEP : episodes;
	}

	public ImdbParser(Path dir, Set<String> titleTypes, boolean includeAdult) {
		this(dir, titleTypes, includeAdult, Episodes.ROLL_UP);
	}

	@Override
	public void checkFiles() {
		InputFile.openAndClose(() -> TsvTable.open(ImdbFiles.find(this.dir, "title.basics"), ImdbTitles.COLUMNS));
		InputFile.openAndClose(() -> TsvTable.open(ImdbFiles.find(this.dir, "title.principals"), ImdbPrincipals.COLUMNS));
		InputFile.openAndClose(() -> TsvTable.open(ImdbFiles.find(this.dir, "name.basics"), ImdbNames.COLUMNS));
	}

	/**
	 * Pushes the kept works, their credits and their people to the sink.
	 * @throws ImportFileException when a file is missing, cannot be opened, has the wrong header or
	 * is broken further down, before anything reaches the sink
	 */
	@Override
	public void parse(ImportSink sink) {
		Path basics = ImdbFiles.find(this.dir, "title.basics");
		Path principals = ImdbFiles.find(this.dir, "title.principals");
		Path names = ImdbFiles.find(this.dir, "name.basics");
		Path episodeFile = (this.episodes == Episodes.ROLL_UP) ? ImdbFiles.findIfPresent(this.dir, "title.episode") : null;
		try (TsvTable titleTable = TsvTable.open(basics, ImdbTitles.COLUMNS);
				TsvTable principalTable = TsvTable.open(principals, ImdbPrincipals.COLUMNS);
				TsvTable nameTable = TsvTable.open(names, ImdbNames.COLUMNS);
				TsvTable episodeTable = (episodeFile == null) ? null : TsvTable.open(episodeFile, ImdbEpisodes.COLUMNS)) {
			ImdbEpisodes episodeIndex = (episodeTable == null) ? null : ImdbEpisodes.read(episodeTable, sink);
			ImdbTitles.Titles titles = ImdbTitles.read(titleTable, this.titleTypes, this.includeAdult, sink);
			Map<String, Long> referenced = ImdbPrincipals.read(principalTable, titles, episodeIndex, sink);
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
