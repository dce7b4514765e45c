package org.ensemble.catalog;

import java.util.Locale;

/**
 * Who says what is written. When several sources describe one person or work, each fact is taken from
 * the highest-ranked source that gives it, whatever order they were imported in; and each importer's
 * credits on a work are its own, replaced only by that importer, so the credits of one work gathered
 * from IMDb, TMDB and Wikidata are their union.
 */
public enum Source {

	/** IMDb's files: the most credits, given names first in their own romanisation. */
	IMDB(1),

	/** TMDB's files. */
	TMDB(2),

	/** Wikidata: labels in every language, names as the press spells them. */
	WIKIDATA(3),

	/**
	 * {@code PUT} bodies, JSON Lines and the demo: a user's own word, above every source. A work written
	 * by them is written whole (what a body leaves out is removed, every importer's credits too).
	 */
	API(4);

	private final int rank;

	Source(int rank) {
		this.rank = rank;
	}

	int rank() {
		return this.rank;
	}

	/** The name recorded on credits and facts. */
	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The source of a recorded name; an unknown or missing one ranks below all (facts stored before sources were). */
	static int rankOf(Object key) {
		for (Source source : values()) {
			if (source.key().equals(key)) {
				return source.rank;
			}
		}
		return 0;
	}

	/** The source an import format writes as: JSON Lines are {@code PUT} bodies. */
	public static Source ofFormat(String format) {
		return switch (format) {
			case "imdb" -> IMDB;
			case "tmdb" -> TMDB;
			case "wikidata" -> WIKIDATA;
			default -> API;
		};
	}

}
