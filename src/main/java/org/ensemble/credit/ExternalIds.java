package org.ensemble.credit;

/**
 * The external ids an id in a source's namespace names: {@code imdb:nm0000001} is IMDb's
 * {@code nm0000001}, {@code tmdb:person:31} TMDB's person 31, {@code wikidata:Q5} Wikidata's Q5. Writes
 * resolve inputs by them, and every read that takes an id finds the node by them.
 */
public enum ExternalIds {

	PERSON("imdb:", "tmdb:person:"), WORK("imdb:", "tmdb:movie:"), COMPANY(null, "tmdb:company:");

	private final String imdbPrefix;

	private final String tmdbPrefix;

	ExternalIds(String imdbPrefix, String tmdbPrefix) {
		this.imdbPrefix = imdbPrefix;
		this.tmdbPrefix = tmdbPrefix;
	}

	/** The IMDb id the id names, or null. */
	public String imdbOf(String id) {
		return implied(id, this.imdbPrefix);
	}

	/** The TMDB id the id names, or null. */
	public String tmdbOf(String id) {
		return implied(id, this.tmdbPrefix);
	}

	/** The Wikidata id the id names, or null. */
	public static String wikidataOf(String id) {
		return implied(id, "wikidata:");
	}

	private static String implied(String id, String prefix) {
		if (prefix == null || id == null || !id.startsWith(prefix) || id.length() == prefix.length()) {
			return null;
		}
		String rest = id.substring(prefix.length());
		return rest.contains(":") ? null : rest;
	}

}
