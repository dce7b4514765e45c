package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state of one COLLABORATED_WITH relationship as multisets of per-work entries. Kept sorted, so
 * that the same shared works give the same properties whichever order they were added in: the
 * incremental upkeep and the rebuild then write identical relationships.
 */
final class PairStats {

	/** One shared work's year and bill limit. */
	private record Entry(int year, int bill) implements Comparable<Entry> {

		@Override
		public int compareTo(Entry other) {
			int byYear = Integer.compare(this.year, other.year);
			return (byYear != 0) ? byYear : Integer.compare(this.bill, other.bill);
		}

	}

	private final List<Entry> works = new ArrayList<>();

	private final List<String> roles = new ArrayList<>();

	private final Map<String, List<Entry>> byRoleKey = new TreeMap<>();

	static PairStats fromProperties(Map<String, Object> properties) {
		PairStats stats = new PairStats();
		if (properties == null || properties.isEmpty()) {
			return stats;
		}
		stats.works.addAll(entries(properties.get("years"), properties.get("bills")));
		for (Object role : (List<?>) properties.getOrDefault("roles", List.of())) {
			stats.roles.add((String) role);
		}
		for (String name : properties.keySet()) {
			if (name.startsWith("y_")) {
				String key = name.substring(2);
				stats.byRoleKey.put(key, entries(properties.get(name), properties.get("b_" + key)));
			}
		}
		return stats;
	}

	private static List<Entry> entries(Object years, Object bills) {
		List<?> y = (List<?>) years;
		List<?> b = (List<?>) bills;
		List<Entry> entries = new ArrayList<>(y.size());
		for (int i = 0; i < y.size(); i++) {
			entries.add(new Entry(((Number) y.get(i)).intValue(), ((Number) b.get(i)).intValue()));
		}
		return entries;
	}

	void add(Contribution contribution) {
		insert(this.works, new Entry(contribution.year(), contribution.bill()));
		for (String role : contribution.orientedRoles()) {
			int at = Collections.binarySearch(this.roles, role);
			this.roles.add(at < 0 ? -at - 1 : at, role);
		}
		contribution.roleKeyBills().forEach((key, bill) -> insert(this.byRoleKey.computeIfAbsent(key, (k) -> new ArrayList<>()),
				new Entry(contribution.year(), bill)));
	}

	void remove(Contribution contribution) {
		removeOne(this.works, new Entry(contribution.year(), contribution.bill()));
		for (String role : contribution.orientedRoles()) {
			this.roles.remove(role);
		}
		contribution.roleKeyBills().forEach((key, bill) -> {
			List<Entry> entries = this.byRoleKey.get(key);
			if (entries != null) {
				removeOne(entries, new Entry(contribution.year(), bill));
				if (entries.isEmpty()) {
					this.byRoleKey.remove(key);
				}
			}
		});
	}

	private static void insert(List<Entry> entries, Entry entry) {
		int at = Collections.binarySearch(entries, entry);
		entries.add(at < 0 ? -at - 1 : at, entry);
	}

	private static void removeOne(List<Entry> entries, Entry entry) {
		int at = Collections.binarySearch(entries, entry);
		if (at < 0) {
			throw new IllegalStateException("Collaboration out of step with credits: no shared work " + entry);
		}
		entries.remove(at);
	}

	boolean isEmpty() {
		return this.works.isEmpty();
	}

	int shared() {
		return this.works.size();
	}

	/** The relationship's complete property map; written with {@code SET r = $properties}. */
	Map<String, Object> toProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("shared", this.works.size());
		List<Integer> known = this.works.stream().map(Entry::year).filter((y) -> y != Contribution.UNKNOWN_YEAR).toList();
		if (!known.isEmpty()) {
			properties.put("first", known.get(0));
			properties.put("last", known.get(known.size() - 1));
		}
		properties.put("years", this.works.stream().map(Entry::year).toList());
		properties.put("bills", this.works.stream().map(Entry::bill).toList());
		properties.put("roles", List.copyOf(this.roles));
		this.byRoleKey.forEach((key, entries) -> {
			properties.put("n_" + key, entries.size());
			properties.put("y_" + key, entries.stream().map(Entry::year).toList());
			properties.put("b_" + key, entries.stream().map(Entry::bill).toList());
		});
		return properties;
	}

	/** Folds many works' contributions into stats per pair, as the rebuild does. */
	static Map<Pair, PairStats> aggregate(Iterable<Map<Pair, Contribution>> works) {
		Map<Pair, PairStats> stats = new HashMap<>();
		for (Map<Pair, Contribution> work : works) {
			work.forEach((pair, contribution) -> stats.computeIfAbsent(pair, (p) -> new PairStats()).add(contribution));
		}
		return stats;
	}

}
