package org.ensemble.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A node's facts (a person's name, a work's title and year, their external ids) as several sources
 * give them. Each fact records its source in {@code factSources} ({@code "year=imdb"}), and a fact is
 * taken from the highest-ranked source that gives it ({@link Source}): importing IMDb, Wikidata and
 * TMDB in any order ends with the same facts.
 */
final class Facts {

	/** The node property that says where each fact came from: {@code "key=source"}, sorted. */
	static final String SOURCES = "factSources";

	private Facts() {
	}

	/**
	 * What the node's facts become when {@code source} says {@code incoming}: every fact it gives whose
	 * stored value came from a source ranked no higher; the others as stored. With {@link Source#API} the
	 * input is the whole truth: facts it leaves out are removed.
	 */
	static Map<String, Object> merge(Map<String, Object> stored, Map<String, Object> incoming, Source source,
			Collection<String> keys) {
		Map<String, String> from = (source == Source.API) ? new TreeMap<>() : sourcesOf(stored);
		Map<String, Object> facts = new HashMap<>();
		for (String key : keys) {
			Object value = incoming.get(key);
			Object kept = (source == Source.API || stored == null) ? null : stored.get(key);
			if (value != null && Source.rankOf(from.get(key)) <= source.rank()) {
				facts.put(key, value);
				from.put(key, source.key());
			}
			else {
				facts.put(key, kept);
				if (kept == null) {
					from.remove(key);
				}
			}
		}
		facts.put(SOURCES, list(from));
		return facts;
	}

	/** Two nodes found to be one: each fact from whichever of them had it from the higher-ranked source. */
	static Map<String, Object> combine(Map<String, Object> winner, Map<String, Object> loser, Collection<String> keys) {
		Map<String, String> winnerFrom = sourcesOf(winner);
		Map<String, String> loserFrom = sourcesOf(loser);
		Map<String, String> from = new TreeMap<>();
		Map<String, Object> facts = new HashMap<>();
		for (String key : keys) {
			boolean takeLoser = loser.get(key) != null && (winner.get(key) == null
					|| Source.rankOf(loserFrom.get(key)) > Source.rankOf(winnerFrom.get(key)));
			Map<String, Object> side = takeLoser ? loser : winner;
			String sideFrom = (takeLoser ? loserFrom : winnerFrom).get(key);
			facts.put(key, side.get(key));
			if (side.get(key) != null && sideFrom != null) {
				from.put(key, sideFrom);
			}
		}
		facts.put(SOURCES, list(from));
		return facts;
	}

	/**
	 * A person's other names: every name and alias any source gave, but the one that is their name now.
	 * Kept in the order given when one source speaks; sorted once sources are combined, so that the list
	 * does not depend on the order they came in.
	 */
	static List<String> aliases(String name, Collection<String> names, boolean sorted) {
		Set<String> all = sorted ? new TreeSet<>() : new LinkedHashSet<>();
		names.stream().filter((alias) -> alias != null && !alias.isBlank()).forEach(all::add);
		all.remove(name);
		return new ArrayList<>(all);
	}

	private static Map<String, String> sourcesOf(Map<String, Object> props) {
		Map<String, String> from = new TreeMap<>();
		if (props != null && props.get(SOURCES) instanceof List<?> list) {
			for (Object entry : list) {
				String text = String.valueOf(entry);
				int at = text.indexOf('=');
				if (at > 0) {
					from.put(text.substring(0, at), text.substring(at + 1));
				}
			}
		}
		return from;
	}

	private static List<String> list(Map<String, String> from) {
		if (from.isEmpty()) {
			return null;
		}
		List<String> list = new ArrayList<>();
		from.forEach((key, source) -> list.add(key + "=" + source));
		return list;
	}

}
