package org.ensemble.ingest.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ensemble.ingest.parse.TsvTable.Row;

/**
 * Streams {@code title.episode} and keeps, for every episode of a series, the series it belongs to.
 * IMDb lists millions of episodes: tconsts are {@code tt} and a number, so the pairs are kept as two
 * sorted arrays of ints (8 bytes an episode) rather than a map of strings (over 100).
 */
final class ImdbEpisodes {

	static final List<String> COLUMNS = List.of("tconst", "parentTconst");

	private int[] episodes = new int[1024];

	private int[] parents = new int[1024];

	private int size;

	/** Ids that are not {@code tt} and a number, should IMDb ever write one: few, kept as they are. */
	private final Map<String, String> irregular = new HashMap<>();

	private ImdbEpisodes() {
	}

	/** Reads the file; episodes of series outside {@code allSeries} are kept too, so that they can be reported. */
	static ImdbEpisodes read(TsvTable table, ImportSink sink) {
		ImdbEpisodes index = new ImdbEpisodes();
		int tconst = table.column("tconst");
		int parent = table.column("parentTconst");
		for (Row row = table.next(sink); row != null; row = table.next(sink)) {
			String episode = row.value(tconst);
			String series = row.value(parent);
			if (episode == null || series == null) {
				sink.skipped(table.name(), row.line(), (episode == null ? "tconst" : "parentTconst") + " is missing");
				continue;
			}
			index.add(episode, series);
		}
		index.sort();
		return index;
	}

	/** The tconst of the episode's series, or null when the episode is not listed. */
	String seriesOf(String episode) {
		int key = number(episode);
		if (key < 0) {
			return this.irregular.get(episode);
		}
		int at = Arrays.binarySearch(this.episodes, 0, this.size, key);
		return (at < 0) ? null : tconst(this.parents[at]);
	}

	private void add(String episode, String series) {
		int key = number(episode);
		int value = number(series);
		// A series id printed back from its number must be the id read: tt0012345 keeps its zeros, up to 7 digits.
		if (key < 0 || value < 0 || !tconst(value).equals(series)) {
			this.irregular.put(episode, series);
			return;
		}
		if (this.size == this.episodes.length) {
			this.episodes = Arrays.copyOf(this.episodes, this.size * 2);
			this.parents = Arrays.copyOf(this.parents, this.size * 2);
		}
		this.episodes[this.size] = key;
		this.parents[this.size] = value;
		this.size++;
	}

	private void sort() {
		long[] packed = new long[this.size];
		for (int i = 0; i < this.size; i++) {
			packed[i] = ((long) this.episodes[i] << 32) | (this.parents[i] & 0xFFFFFFFFL);
		}
		Arrays.sort(packed);
		for (int i = 0; i < this.size; i++) {
			this.episodes[i] = (int) (packed[i] >>> 32);
			this.parents[i] = (int) packed[i];
		}
	}

	/** The number of a {@code tt} id, or -1 when it is not one. */
	private static int number(String tconst) {
		if (tconst.length() < 3 || tconst.length() > 11 || !tconst.startsWith("tt")) {
			return -1;
		}
		int value = 0;
		for (int i = 2; i < tconst.length(); i++) {
			char ch = tconst.charAt(i);
			if (ch < '0' || ch > '9') {
				return -1;
			}
			value = value * 10 + (ch - '0');
			if (value < 0) {
				return -1;
			}
		}
		return value;
	}

	/** {@code tt} and the number, zero-padded to IMDb's seven digits. */
	private static String tconst(int number) {
		String digits = Integer.toString(number);
		return (digits.length() >= 7) ? "tt" + digits : "tt" + "0000000".substring(digits.length()) + digits;
	}

}
