package org.ensemble.collaboration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a pair's COLLABORATED_WITH holds, folded from the contributions of their shared works:
 * {@code shared} distinct works, {@code first} and {@code last} known years, and for each role
 * pair the number of works where they were credited in it: {@code n_director_actor} counts the works
 * that the relationship's start person directed and its end person acted in. Counts
 * only, no lists: that keeps a relationship to one small record, which is what makes the rebuild of
 * millions of them fast. Anything finer (a year window, a bill limit) is read from the credits.
 *
 * <p>
 * A pair with {@link #REPEAT} or more works also holds each count of at least that many under a
 * second name ({@code repeat_shared}, {@code repeat_director_actor}): pairings' range indexes are on
 * those. Only a few pairs repeat (3 % at the {@code imdb} scale), so the indexes hold a few entries
 * instead of one per collaboration and per counter, which is what made their population the
 * longest stage of an import and every collaboration write update two index entries.
 */
final class PairStats {

	/** The fewest shared works that make a pair a repeat pairing. */
	static final int REPEAT = 2;

	private static final String REPEAT_PREFIX = "repeat_";

	private int shared;

	private Integer first;

	private Integer last;

	private final Map<String, Integer> byRoleKey = new TreeMap<>();

	/** What a stored relationship holds, to add contributions to. */
	static PairStats of(Map<String, Object> properties) {
		PairStats stats = new PairStats();
		properties.forEach((key, value) -> {
			if (key.equals("shared")) {
				stats.shared = ((Number) value).intValue();
			}
			else if (key.equals("first")) {
				stats.first = ((Number) value).intValue();
			}
			else if (key.equals("last")) {
				stats.last = ((Number) value).intValue();
			}
			else if (key.startsWith("n_")) {
				stats.byRoleKey.put(key.substring(2), ((Number) value).intValue());
			}
		});
		return stats;
	}

	void add(Contribution contribution) {
		this.shared++;
		Integer year = contribution.year();
		if (year != null) {
			this.first = (this.first == null) ? year : Math.min(this.first, year);
			this.last = (this.last == null) ? year : Math.max(this.last, year);
		}
		contribution.roleKeys().forEach((key) -> this.byRoleKey.merge(key, 1, Integer::sum));
	}

	/** Folds in another's works: they are other works than these (a pair's films and its series). */
	void add(PairStats other) {
		this.shared += other.shared;
		if (other.first != null) {
			this.first = (this.first == null) ? other.first : Math.min(this.first, other.first);
			this.last = (this.last == null) ? other.last : Math.max(this.last, other.last);
		}
		other.byRoleKey.forEach((key, count) -> this.byRoleKey.merge(key, count, Integer::sum));
	}

	boolean isEmpty() {
		return this.shared == 0;
	}

	/** The relationship's complete property map; written with {@code SET r = $properties}. */
	Map<String, Object> toProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("shared", this.shared);
		if (this.first != null) {
			properties.put("first", this.first);
			properties.put("last", this.last);
		}
		this.byRoleKey.forEach((key, count) -> properties.put("n_" + key, count));
		putRepeats(properties);
		return properties;
	}

	/** {@code repeat_shared} for {@code shared}, {@code repeat_director_actor} for {@code n_director_actor}. */
	static String repeatOf(String countProperty) {
		return REPEAT_PREFIX + (countProperty.startsWith("n_") ? countProperty.substring(2) : countProperty);
	}

	/** Adds to a relationship's counts ({@code shared}, {@code n_…}) the copies of those that are repeats. */
	static void putRepeats(Map<String, Object> properties) {
		if (((Number) properties.get("shared")).intValue() < REPEAT) {
			return;
		}
		List<String> repeats = properties.entrySet()
			.stream()
			.filter((e) -> (e.getKey().equals("shared") || e.getKey().startsWith("n_")) && ((Number) e.getValue()).intValue() >= REPEAT)
			.map(Map.Entry::getKey)
			.toList();
		repeats.forEach((key) -> properties.put(repeatOf(key), properties.get(key)));
	}

}
