package org.ensemble.ingest.parse;

import java.util.Locale;
import java.util.Map;

/** IMDb's {@code titleType} as one of our work kinds: the graph speaks snake case and merges TV variants. */
final class ImdbKinds {

	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("movie", "movie"),
			Map.entry("tvMovie", "tv_movie"), Map.entry("short", "short"), Map.entry("tvSeries", "series"),
			Map.entry("tvMiniSeries", "series"), Map.entry("tvEpisode", "tv_episode"), Map.entry("video", "video"),
			Map.entry("videoGame", "video_game"), Map.entry("tvSpecial", "tv_special"), Map.entry("tvShort", "short"));

	private ImdbKinds() {
	}

	/** The kind; a type IMDb adds later passes through in lower case rather than being dropped. */
	static String of(String titleType) {
		return KINDS.getOrDefault(titleType, titleType.toLowerCase(Locale.ROOT));
	}

}
