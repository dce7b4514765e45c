package org.ensemble.credit;

import java.util.HashMap;
import java.util.Map;

/**
 * The external ids an id in a source's namespace names: {@code imdb:nm0000001} is IMDb's
 * {@code nm0000001}, {@code tmdb:person:31} TMDB's person 31, {@code wikidata:Q5} Wikidata's Q5. Writes
 * resolve inputs by them, and every read that takes an id finds the node by them.
 */
public enum ExternalIds {

	PERSON("Person", "imdb:", "tmdb:person:"), WORK("Work", "imdb:", "tmdb:movie:"), COMPANY("Company", null, "tmdb:company:");

	private final String imdbPrefix;

	private final String tmdbPrefix;

	private final String lookup;

	ExternalIds(String label, String imdbPrefix, String tmdbPrefix) {
		this.imdbPrefix = imdbPrefix;
		this.tmdbPrefix = tmdbPrefix;
		this.lookup = """
				UNWIND $rows AS row
				CALL (row) {
				  MATCH (n:%1$s {id: row.id}) RETURN n
				  UNION
				  MATCH (n:%1$s {imdbId: row.imdbId}) RETURN n
				  UNION
				  MATCH (n:%1$s {tmdbId: row.tmdbId}) RETURN n
				  UNION
				  MATCH (n:%1$s {wikidataId: row.wikidataId}) RETURN n
				}
				WITH row, n ORDER BY n.id = row.id DESC, n.createdAt, n.id
				RETURN row.id AS key, collect({id: n.id, name: n.name, createdAt: n.createdAt}) AS found""".formatted(label);
	}

	/**
	 * The one query that finds nodes of this kind by any id: for each of {@code $rows} ({@link #row}), its
	 * {@code key} and the nodes {@code found} ({@code id}, {@code name}, {@code createdAt}), the node
	 * stored under the key itself first, then the first stored. A row that finds nothing is left out.
	 */
	public String lookup() {
		return this.lookup;
	}

	/** A row of {@link #lookup}: the id and the external ids given, else those the id names. */
	public Map<String, Object> row(String id, String imdbId, String tmdbId, String wikidataId) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("imdbId", (imdbId != null) ? imdbId : imdbOf(id));
		row.put("tmdbId", (tmdbId != null) ? tmdbId : tmdbOf(id));
		row.put("wikidataId", (wikidataId != null) ? wikidataId : wikidataOf(id));
		return row;
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
