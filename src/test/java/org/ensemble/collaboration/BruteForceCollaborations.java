package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collaborations the credits imply, computed the slow, obvious way and independently of the
 * production code (its own role names, its own counting): the stored {@code COLLABORATED_WITH}
 * relationships are compared with it property by property, and the answers of pairings and
 * collaborators row by row.
 *
 * <p>
 * Counts ({@code shared}, {@code first}, {@code last}, {@code n_<role>_<role>}) must be there and
 * exact. Per-work lists, when a relationship carries them, are compared as multisets, and bill
 * numbers through what they mean (DESIGN.md §2): a shared work counts for {@code topBilled=N} when,
 * after dropping the actor credits billed {@code >= N} or not billed at all, both people still have a
 * credit on it; for a role pair, when one still holds the one role and the other the other.
 */
public final class BruteForceCollaborations {

	/** The relationship types of credits and the role names the properties use. */
	static final Map<String, String> ROLE_OF_TYPE = Map.of("DIRECTED", "director", "ACTED_IN", "actor", "COMPOSED",
			"composer", "WROTE", "writer", "PRODUCED", "producer", "SHOT", "cinematographer", "EDITED", "editor");

	/** The bill limits every relationship is checked under; null means no limit. */
	private static final List<Integer> LIMITS = Arrays.asList(null, 1, 2, 3, 4, 5, 6, 10_000);

	private static final String UNKNOWN_YEAR = "?";

	private BruteForceCollaborations() {
	}

	/**
	 * One credit as stored: person, role, billing (actors; may be null), work and its year (may be null);
	 * on a series, the episodes it was earned on (null when none) and whether it is also on the series itself.
	 */
	record Credit(String person, String role, Integer billing, String work, Integer year, List<String> episodes,
			boolean onWork) {

		Credit(String person, String role, Integer billing, String work, Integer year) {
			this(person, role, billing, work, year, null, true);
		}

		/** Written from the design's words, not from the service's code: both on the work itself, or a common episode. */
		boolean meets(Credit other) {
			boolean bothOnWork = (this.episodes == null || this.onWork) && (other.episodes == null || other.onWork);
			return bothOnWork || (this.episodes != null && other.episodes != null
					&& this.episodes.stream().anyMatch(other.episodes::contains));
		}

	}

	/** A pair of people, the smaller id first. */
	record PairId(String a, String b) {

		@Override
		public String toString() {
			return this.a + "--" + this.b;
		}

	}

	/** What one shared work contributes: its year and each person's credits on it. */
	private record SharedWork(String work, Integer year, List<Credit> ofA, List<Credit> ofB) {
	}

	static List<Credit> credits(Driver driver) {
		try (var session = driver.session()) {
			return session.executeRead((tx) -> tx.run("""
					MATCH (p:Person)-[c]->(w:Work)
					RETURN p.id AS person, type(c) AS type, c.billing AS billing, w.id AS work, w.year AS year,
					       c.episodes AS episodes, coalesce(c.onWork, false) AS onWork""")
				.list((r) -> new Credit(r.get("person").asString(), ROLE_OF_TYPE.get(r.get("type").asString()),
						r.get("billing").isNull() ? null : r.get("billing").asInt(), r.get("work").asString(),
						r.get("year").isNull() ? null : r.get("year").asInt(),
						r.get("episodes").isNull() ? null : r.get("episodes").asList(Value::asString), r.get("onWork").asBoolean())))
				.stream()
				.filter((c) -> c.role() != null)
				.toList();
		}
	}

	/**
	 * Every COLLABORATED_WITH with all its properties, keyed "start->end" so that a relationship
	 * stored the wrong way round, twice, or between a person and themselves cannot hide.
	 */
	static Map<String, Map<String, Object>> relationships(Driver driver) {
		try (var session = driver.session()) {
			var rows = session.executeRead((tx) -> tx.run("""
					MATCH (a)-[r:COLLABORATED_WITH]->(b)
					RETURN a.id AS a, b.id AS b, properties(r) AS props""").list());
			Map<String, Map<String, Object>> relationships = new TreeMap<>();
			List<String> duplicates = new ArrayList<>();
			for (var row : rows) {
				String key = row.get("a").asString(null) + "->" + row.get("b").asString(null);
				if (relationships.put(key, row.get("props").asMap(Value::asObject)) != null) {
					duplicates.add(key);
				}
			}
			if (!duplicates.isEmpty()) {
				throw new AssertionError("More than one COLLABORATED_WITH for " + duplicates);
			}
			return relationships;
		}
	}

	/** The stored relationships disagree with the credits in these ways (the first few); empty when they agree. */
	public static List<String> differences(Driver driver) {
		return firstFew(differences(relationships(driver), credits(driver)));
	}

	/**
	 * Asserts that the stored collaborations agree with the credits and that a rebuild changes none of
	 * them: the incremental upkeep and the rebuild must give identical results.
	 */
	public static void assertAgreeWithCreditsAndRebuild(Driver driver, CollaborationRebuild rebuild) {
		assertThat(differences(driver)).as("collaborations against the credits").isEmpty();
		Map<String, Map<String, Object>> before = relationships(driver);
		assertThat(before).isNotEmpty();
		rebuild.rebuild();
		assertThat(changes(before, relationships(driver))).as("what a rebuild changed").isEmpty();
	}

	/** The relationships that differ between two readings (the first few), each with both versions. */
	static List<String> changes(Map<String, Map<String, Object>> before, Map<String, Map<String, Object>> after) {
		Set<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		List<String> changes = new ArrayList<>();
		for (String key : keys) {
			if (!Objects.equals(before.get(key), after.get(key))) {
				changes.add(key + ": was " + before.get(key) + ", now " + after.get(key));
			}
		}
		return firstFew(changes);
	}

	private static List<String> firstFew(List<String> problems) {
		int shown = 25;
		if (problems.size() <= shown) {
			return problems;
		}
		List<String> few = new ArrayList<>(problems.subList(0, shown));
		few.add("… and " + (problems.size() - shown) + " more");
		return few;
	}

	static List<String> differences(Map<String, Map<String, Object>> stored, List<Credit> credits) {
		Map<PairId, List<SharedWork>> expected = expected(credits);
		List<String> problems = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (var entry : stored.entrySet()) {
			String[] ends = entry.getKey().split("->", 2);
			if (ends[0].equals(ends[1])) {
				problems.add(ends[0] + " collaborates with themselves: " + entry.getValue());
				continue;
			}
			if (ends[0].compareTo(ends[1]) > 0) {
				problems.add(entry.getKey() + " starts at the larger id");
			}
			PairId pair = ends[0].compareTo(ends[1]) < 0 ? new PairId(ends[0], ends[1]) : new PairId(ends[1], ends[0]);
			if (!seen.add(pair.toString())) {
				problems.add(pair + " has a relationship in each direction");
			}
			List<SharedWork> works = expected.get(pair);
			if (works == null) {
				problems.add(pair + " share no work but have " + entry.getValue());
				continue;
			}
			compare(pair, entry.getValue(), works, problems);
		}
		for (PairId pair : expected.keySet()) {
			if (!seen.contains(pair.toString())) {
				problems.add(pair + " share " + expected.get(pair).stream().map(SharedWork::work).toList()
						+ " but have no COLLABORATED_WITH");
			}
		}
		return problems;
	}

	private static Map<PairId, List<SharedWork>> expected(List<Credit> credits) {
		Map<String, Map<String, List<Credit>>> byWork = new TreeMap<>();
		Map<String, Integer> years = new HashMap<>();
		for (Credit credit : credits) {
			byWork.computeIfAbsent(credit.work(), (w) -> new TreeMap<>())
				.computeIfAbsent(credit.person(), (p) -> new ArrayList<>())
				.add(credit);
			years.put(credit.work(), credit.year());
		}
		Map<PairId, List<SharedWork>> pairs = new TreeMap<>((x, y) -> x.toString().compareTo(y.toString()));
		byWork.forEach((work, members) -> {
			List<String> people = new ArrayList<>(members.keySet());
			for (int i = 0; i < people.size(); i++) {
				for (int j = 0; j < people.size(); j++) {
					String a = people.get(i);
					String b = people.get(j);
					boolean meet = members.get(a).stream().anyMatch((ca) -> members.get(b).stream().anyMatch(ca::meets));
					if (a.compareTo(b) < 0 && meet) {
						pairs.computeIfAbsent(new PairId(a, b), (p) -> new ArrayList<>())
							.add(new SharedWork(work, years.get(work), members.get(a), members.get(b)));
					}
				}
			}
		});
		return pairs;
	}

	/**
	 * Counts are required; the per-work lists (years/bills, roles, y_/b_ per role pair) are checked
	 * when the relationship carries them, so the check holds for a counts-only shape too. Any other
	 * property is a finding.
	 */
	private static void compare(PairId pair, Map<String, Object> props, List<SharedWork> works, List<String> problems) {
		Map<String, List<SharedWork>> byRoleKey = new TreeMap<>();
		List<String> roles = new ArrayList<>();
		for (SharedWork work : works) {
			Set<String> oriented = new TreeSet<>();
			Set<String> keys = new TreeSet<>();
			for (Credit a : work.ofA()) {
				for (Credit b : work.ofB()) {
					if (!a.meets(b)) {
						continue;
					}
					oriented.add(a.role() + ">" + b.role());
					keys.add(a.role() + "_" + b.role());
				}
			}
			roles.addAll(oriented);
			keys.forEach((key) -> byRoleKey.computeIfAbsent(key, (k) -> new ArrayList<>()).add(work));
		}
		List<Integer> known = works.stream().map(SharedWork::year).filter(Objects::nonNull).sorted().toList();

		Set<String> required = new TreeSet<>(List.of("shared"));
		if (!known.isEmpty()) {
			required.addAll(List.of("first", "last"));
		}
		byRoleKey.keySet().forEach((key) -> required.add("n_" + key));
		// A repeat pair holds its counts of two or more twice: pairings' indexes are on the copies.
		if (works.size() >= 2) {
			required.add("repeat_shared");
		}
		byRoleKey.forEach((key, keyed) -> {
			if (keyed.size() >= 2) {
				required.add("repeat_" + key);
			}
		});
		Set<String> optional = new TreeSet<>(List.of("years", "bills", "roles"));
		byRoleKey.keySet().forEach((key) -> optional.addAll(List.of("y_" + key, "b_" + key)));
		Set<String> missing = new TreeSet<>(required);
		missing.removeAll(props.keySet());
		Set<String> unexpected = new TreeSet<>(props.keySet());
		unexpected.removeAll(required);
		unexpected.removeAll(optional);
		if (!missing.isEmpty() || !unexpected.isEmpty()) {
			problems.add(pair + " properties: missing " + missing + ", unexpected " + unexpected + " in " + props);
		}

		check(problems, pair, "shared", number(props.get("shared")), (long) works.size());
		check(problems, pair, "first", number(props.get("first")), known.isEmpty() ? null : (long) known.get(0));
		check(problems, pair, "last", number(props.get("last")), known.isEmpty() ? null : (long) known.get(known.size() - 1));
		byRoleKey.forEach((key, keyed) -> check(problems, pair, "n_" + key, number(props.get("n_" + key)), (long) keyed.size()));
		if (works.size() >= 2) {
			check(problems, pair, "repeat_shared", number(props.get("repeat_shared")), (long) works.size());
		}
		byRoleKey.forEach((key, keyed) -> {
			if (keyed.size() >= 2) {
				check(problems, pair, "repeat_" + key, number(props.get("repeat_" + key)), (long) keyed.size());
			}
		});

		if (props.containsKey("roles")) {
			check(problems, pair, "roles (sorted)", sorted(strings(props.get("roles"))), sorted(roles));
		}
		if (props.containsKey("years") || props.containsKey("bills")) {
			checkYearsAndBills(problems, pair, "years/bills", props.get("years"), props.get("bills"), works,
					(work, limit) -> both(work, limit));
		}
		byRoleKey.forEach((key, keyed) -> {
			if (props.containsKey("y_" + key) || props.containsKey("b_" + key)) {
				String[] two = key.split("_", 2);
				checkYearsAndBills(problems, pair, "y_" + key + "/b_" + key, props.get("y_" + key), props.get("b_" + key),
						keyed, (work, limit) -> inRoles(work, two[0], two[1], limit));
			}
		});
	}

	// --- the answers of the API, computed from the credits -------------------------------------------

	/**
	 * The filters of a question: a role pair (pairings' roles, or collaborators' role and with; either
	 * may be null), a set of roles to keep (collaborators' roles, or null), topBilled, from and to.
	 */
	record Question(String role1, String role2, Set<String> roles, Integer topBilled, Integer from, Integer to) {

		static Question any() {
			return new Question(null, null, null, null, null, null);
		}

		/** Whether these two credits on a work, of the one person and of the other, count. */
		boolean counts(Credit mine, Credit theirs) {
			return (this.role1 == null || mine.role().equals(this.role1)) && (this.role2 == null || theirs.role().equals(this.role2))
					&& (this.roles == null || (this.roles.contains(mine.role()) && this.roles.contains(theirs.role())))
					&& kept(mine, this.topBilled) && kept(theirs, this.topBilled)
					&& (this.from == null || (mine.year() != null && mine.year() >= this.from))
					&& (this.to == null || (mine.year() != null && mine.year() <= this.to));
		}

	}

	/** What one answer row says: who, how many works, first and last year, and (collaborators) role pairs. */
	private record Row(String other, int shared, Integer first, Integer last, Set<String> roles) {

		String label(boolean withRoles) {
			return this.other + " x" + this.shared + " " + this.first + "-" + this.last + (withRoles ? " " + this.roles : "");
		}

	}

	/**
	 * A person's collaborators as {@code GET /api/people/{id}/collaborators?minShared=1} answers them,
	 * most shared first, then by name (people here are named after their ids): "id xN first-last [roles]".
	 */
	static List<String> collaborators(List<Credit> credits, String person, Question question) {
		Map<String, Map<String, List<Credit>>> byWork = byWork(credits);
		Map<String, Set<String>> works = new TreeMap<>();
		Map<String, Set<String>> roles = new TreeMap<>();
		Map<String, List<Integer>> years = new TreeMap<>();
		byWork.forEach((work, members) -> {
			List<Credit> mine = members.getOrDefault(person, List.of());
			members.forEach((other, theirs) -> {
				if (other.equals(person)) {
					return;
				}
				for (Credit c1 : mine) {
					for (Credit c2 : theirs) {
						if (question.counts(c1, c2)) {
							if (works.computeIfAbsent(other, (o) -> new TreeSet<>()).add(work) && c1.year() != null) {
								years.computeIfAbsent(other, (o) -> new ArrayList<>()).add(c1.year());
							}
							roles.computeIfAbsent(other, (o) -> new TreeSet<>()).add(c1.role() + ">" + c2.role());
						}
					}
				}
			});
		});
		List<Row> rows = new ArrayList<>();
		works.forEach((other, shared) -> rows.add(row(other, shared.size(), years.get(other), roles.get(other))));
		return ranked(rows, true);
	}

	/**
	 * The pairings as {@code GET /api/pairings?minShared=1} answers them, most shared first, then by
	 * names: "a+b xN first-last". With two different roles a pair is ordered: a holds role1, b role2;
	 * otherwise a is the one whose name comes first, which is the smaller id (the random catalogs name
	 * people by their ids).
	 */
	static List<String> pairings(List<Credit> credits, Question question) {
		Map<String, Map<String, List<Credit>>> byWork = byWork(credits);
		Map<String, Set<String>> works = new TreeMap<>();
		Map<String, List<Integer>> years = new TreeMap<>();
		boolean ordered = question.role1() != null && !question.role1().equals(question.role2());
		byWork.forEach((work, members) -> members.forEach((a, ofA) -> members.forEach((b, ofB) -> {
			if (ordered ? a.equals(b) : a.compareTo(b) >= 0) {
				return;
			}
			Question reversed = new Question(question.role2(), question.role1(), question.roles(), question.topBilled(),
					question.from(), question.to());
			boolean counts = false;
			for (Credit c1 : ofA) {
				for (Credit c2 : ofB) {
					counts |= question.counts(c1, c2) || (!ordered && reversed.counts(c1, c2));
				}
			}
			if (counts) {
				String key = a + "+" + b;
				works.computeIfAbsent(key, (k) -> new TreeSet<>()).add(work);
				Integer year = ofA.get(0).year();
				if (year != null) {
					years.computeIfAbsent(key, (k) -> new ArrayList<>()).add(year);
				}
			}
		})));
		List<Row> rows = new ArrayList<>();
		works.forEach((pair, shared) -> rows.add(row(pair, shared.size(), years.get(pair), Set.of())));
		return ranked(rows, false);
	}

	private static Row row(String other, int shared, List<Integer> years, Set<String> roles) {
		Integer first = (years == null) ? null : years.stream().min(Integer::compare).orElse(null);
		Integer last = (years == null) ? null : years.stream().max(Integer::compare).orElse(null);
		return new Row(other, shared, first, last, roles == null ? Set.of() : roles);
	}

	private static List<String> ranked(List<Row> rows, boolean withRoles) {
		return rows.stream()
			.sorted((x, y) -> (x.shared() != y.shared()) ? Integer.compare(y.shared(), x.shared())
					: x.other().compareTo(y.other()))
			.map((row) -> row.label(withRoles))
			.toList();
	}

	private static Map<String, Map<String, List<Credit>>> byWork(List<Credit> credits) {
		Map<String, Map<String, List<Credit>>> byWork = new TreeMap<>();
		for (Credit credit : credits) {
			byWork.computeIfAbsent(credit.work(), (w) -> new TreeMap<>())
				.computeIfAbsent(credit.person(), (p) -> new ArrayList<>())
				.add(credit);
		}
		return byWork;
	}

	private interface Counts {

		boolean counts(SharedWork work, Integer limit);

	}

	private static void checkYearsAndBills(List<String> problems, PairId pair, String what, Object yearsValue,
			Object billsValue, List<SharedWork> works, Counts counts) {
		if (!(yearsValue instanceof List<?> years) || !(billsValue instanceof List<?> bills)) {
			problems.add(pair + " " + what + ": missing or not lists: " + yearsValue + " / " + billsValue);
			return;
		}
		if (years.size() != works.size() || bills.size() != works.size()) {
			problems.add(pair + " " + what + ": " + years.size() + " years and " + bills.size() + " bills for "
					+ works.size() + " shared works " + works.stream().map(SharedWork::work).toList());
			return;
		}
		for (Integer limit : LIMITS) {
			List<String> actual = new ArrayList<>();
			for (int i = 0; i < years.size(); i++) {
				if (limit == null || ((Number) bills.get(i)).longValue() < limit) {
					actual.add(yearLabel(((Number) years.get(i)).longValue()));
				}
			}
			List<String> expected = works.stream()
				.filter((work) -> counts.counts(work, limit))
				.map((work) -> work.year() == null ? UNKNOWN_YEAR : String.valueOf(work.year()))
				.toList();
			check(problems, pair, what + " of the works counted under topBilled=" + (limit == null ? "none" : limit),
					sorted(actual), sorted(expected));
		}
	}

	/** Both people keep a credit on the work under the bill limit. */
	private static boolean both(SharedWork work, Integer limit) {
		return work.ofA().stream().anyMatch((c) -> kept(c, limit)) && work.ofB().stream().anyMatch((c) -> kept(c, limit));
	}

	/** One keeps a credit in the one role and the other in the other, under the bill limit. */
	private static boolean inRoles(SharedWork work, String r1, String r2, Integer limit) {
		return (holds(work.ofA(), r1, limit) && holds(work.ofB(), r2, limit))
				|| (holds(work.ofA(), r2, limit) && holds(work.ofB(), r1, limit));
	}

	private static boolean holds(List<Credit> credits, String role, Integer limit) {
		return credits.stream().anyMatch((c) -> c.role().equals(role) && kept(c, limit));
	}

	/** topBilled keeps only cast credits with billing below it; other roles are unaffected. */
	private static boolean kept(Credit credit, Integer limit) {
		return limit == null || !credit.role().equals("actor") || (credit.billing() != null && credit.billing() < limit);
	}

	/** Unknown years are stored as a number below any real year. */
	private static String yearLabel(long year) {
		return (year < 0) ? UNKNOWN_YEAR : String.valueOf(year);
	}

	private static Long number(Object value) {
		return (value instanceof Number n) ? n.longValue() : null;
	}

	private static List<String> strings(Object value) {
		List<String> strings = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach((v) -> strings.add(String.valueOf(v)));
		}
		return strings;
	}

	private static List<String> sorted(List<String> values) {
		return values.stream().sorted().toList();
	}

	private static void check(List<String> problems, PairId pair, String what, Object actual, Object expected) {
		if (!Objects.equals(actual, expected)) {
			problems.add(pair + " " + what + ": stored " + actual + ", credits say " + expected);
		}
	}

}
