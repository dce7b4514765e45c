package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.ensemble.credit.Role;
import org.ensemble.credit.Team;
import org.ensemble.credit.TeamCredit;

/**
 * Counts every collaboration of teams held in memory, for an import that writes the store in one go
 * instead of through transactions, with the properties {@link PairStats} gives them.
 *
 * <p>
 * A batch of people at a time (each pair with its smaller id), as
 * {@link CollaborationRebuild#rebuildInBulk()} does, so that only one batch's pairs are ever held:
 * the 25 million pairs of an IMDb-sized graph are never all in memory. Batches are claimed by
 * whichever thread asks, so the importer's threads count in parallel.
 *
 * <p>
 * Films are counted here with primitive arrays, not through {@link TeamPairs}: its maps and sets per
 * work and pair made the count of the {@code imdb} scale the import's slowest stage (bench/README.md).
 * A work counts once per pair, each pair of the two people's roles on it once, as {@link TeamPairs}
 * counts. Series whose credits list episodes pair by {@link TeamPairs}'s rule (within an episode, or
 * on the series itself), from groups made once per series.
 * {@code CollaborationCountTests} checks both against {@link TeamPairs} on random teams.
 */
public final class CollaborationCount {

	/**
	 * A pair's relationship, from the smaller id to the larger, with its complete properties; the two
	 * people by their index in {@link #personIds()}, so that a caller maps them to node ids by array.
	 */
	public record Counted(int from, int to, Map<String, Object> properties) {
	}

	/**
	 * People per batch. A batch's pairs, each with its map of properties, live until the importer has
	 * written them: at 20,000 people a batch held about 280,000 pairs, outlived young collections and
	 * filled the old generation, and the import made five full collections of 3-4 s each while it wrote
	 * the store (2,000: none).
	 */
	private static final int PEOPLE_PER_BATCH = 2_000;

	private static final Role[] ROLES = Role.values();

	private static final int ROLE_PAIRS = ROLES.length * ROLES.length;

	/** {@code n_director_actor} for each ordered pair of roles, at {@code start * ROLES.length + end}. */
	private static final String[] COUNT_PROPERTIES = new String[ROLE_PAIRS];

	static {
		for (Role start : ROLES) {
			for (Role end : ROLES) {
				COUNT_PROPERTIES[start.ordinal() * ROLES.length + end.ordinal()] = new RolePairKey(start, end).countProperty();
			}
		}
	}

	private static final int NO_YEAR = Integer.MIN_VALUE;

	/** The teams that pair by episodes, by index: only these are kept as they came. */
	private final Map<Integer, Team> series = new HashMap<>();

	/** Each series' {@link #episodeGroups}, made by the first batch that needs them. */
	private final Map<Integer, long[][]> episodeGroups = new ConcurrentHashMap<>();

	/** Everyone credited, in id order: a person's index orders them as their id does. */
	private final String[] people;

	/** For each person, the teams they are on. */
	private final int[][] teamsOf;

	/** Each film's members (person indexes, ascending) are {@code members[start[t]] .. members[start[t + 1] - 1]}. */
	private final int[] start;

	private final int[] members;

	/** Each member's roles on the film, a bit per {@link Role#ordinal()}. */
	private final int[] roles;

	private final int[] years;

	/** Teams that pair by episodes ({@link TeamPairs}'s rule). */
	private final boolean[] byEpisodes;

	private final AtomicInteger nextBatch = new AtomicInteger();

	private final int peoplePerBatch;

	/**
	 * Per thread, each person's slot among the partners of the person being counted, -1 for none; every
	 * slot is set back to -1 once that person is done, so a thread's next batch finds it clean.
	 */
	private final ThreadLocal<int[]> slots;

	/**
	 * @param teams every work's team; nothing else is read, and only series are kept
	 */
	public CollaborationCount(List<Team> teams) {
		this(teams, PEOPLE_PER_BATCH);
	}

	/** With batches of another size, for tests whose few people would otherwise make one batch. */
	CollaborationCount(List<Team> teams, int peoplePerBatch) {
		this.peoplePerBatch = peoplePerBatch;
		Set<String> credited = new HashSet<>();
		for (Team team : teams) {
			for (TeamCredit credit : team.credits()) {
				credited.add(credit.personId());
			}
		}
		this.people = credited.toArray(String[]::new);
		Arrays.sort(this.people);
		Map<String, Integer> index = new HashMap<>(this.people.length * 2);
		for (int i = 0; i < this.people.length; i++) {
			index.put(this.people[i], i);
		}
		this.start = new int[teams.size() + 1];
		this.years = new int[teams.size()];
		this.byEpisodes = new boolean[teams.size()];
		int[] teamCount = new int[this.people.length];
		int[][] memberRows = new int[teams.size()][];
		int[][] roleRows = new int[teams.size()][];
		int total = 0;
		for (int t = 0; t < teams.size(); t++) {
			Team team = teams.get(t);
			this.years[t] = (team.year() == null) ? NO_YEAR : team.year();
			List<TeamCredit> credits = team.credits();
			// Each credit as its person's index (high half) and its role's bit (low half): sorted, a
			// person's credits are side by side, in index order (25 M pairs start from these rows).
			long[] keyed = new long[credits.size()];
			for (int c = 0; c < keyed.length; c++) {
				TeamCredit credit = credits.get(c);
				this.byEpisodes[t] |= !credit.episodes().isEmpty();
				keyed[c] = ((long) index.get(credit.personId()) << 32) | (1 << credit.role().ordinal());
			}
			if (this.byEpisodes[t]) {
				this.series.put(t, team);
			}
			Arrays.sort(keyed);
			int[] members = new int[keyed.length];
			int[] roles = new int[keyed.length];
			int n = 0;
			for (long key : keyed) {
				int person = (int) (key >>> 32);
				if (n > 0 && members[n - 1] == person) {
					roles[n - 1] |= (int) key;
				}
				else {
					members[n] = person;
					roles[n++] = (int) key;
					teamCount[person]++;
				}
			}
			memberRows[t] = Arrays.copyOf(members, n);
			roleRows[t] = Arrays.copyOf(roles, n);
			this.start[t] = total;
			total += n;
		}
		this.start[teams.size()] = total;
		int everyone = this.people.length;
		this.slots = ThreadLocal.withInitial(() -> {
			int[] slotOf = new int[everyone];
			Arrays.fill(slotOf, -1);
			return slotOf;
		});
		this.members = new int[total];
		this.roles = new int[total];
		this.teamsOf = new int[this.people.length][];
		for (int i = 0; i < this.people.length; i++) {
			this.teamsOf[i] = new int[teamCount[i]];
		}
		int[] filled = new int[this.people.length];
		for (int t = 0; t < teams.size(); t++) {
			System.arraycopy(memberRows[t], 0, this.members, this.start[t], memberRows[t].length);
			System.arraycopy(roleRows[t], 0, this.roles, this.start[t], roleRows[t].length);
			for (int person : memberRows[t]) {
				this.teamsOf[person][filled[person]++] = t;
			}
		}
	}

	/** At most how many pairs there are: every team's members two by two, as if no two met again. */
	public long pairsAtMost() {
		long pairs = 0;
		for (int t = 0; t + 1 < this.start.length; t++) {
			long members = this.start[t + 1] - this.start[t];
			pairs += members * (members - 1) / 2;
		}
		return pairs;
	}

	/** Everyone credited on the teams, in id order: a {@link Counted}'s ends index this. */
	public List<String> personIds() {
		return List.of(this.people);
	}

	/**
	 * The collaborations, a batch of people's at a time, each counted once; null when all are given.
	 * Safe to call from many threads at once: each call claims the next batch and counts it alone.
	 */
	public Supplier<List<Counted>> batches() {
		return () -> {
			int from = this.nextBatch.getAndIncrement() * this.peoplePerBatch;
			if (from >= this.people.length) {
				return null;
			}
			return count(from, Math.min(from + this.peoplePerBatch, this.people.length));
		};
	}

	private List<Counted> count(int from, int to) {
		Map<Integer, List<Map.Entry<Integer, Contribution>>> episodic = episodicContributions(from, to);
		int[] slotOf = this.slots.get();
		int[] partner = new int[64];
		int[] shared = new int[64];
		int[] first = new int[64];
		int[] last = new int[64];
		int[] counts = new int[64 * ROLE_PAIRS];
		List<Counted> counted = new ArrayList<>();
		for (int a = from; a < to; a++) {
			int slots = 0;
			for (int t : this.teamsOf[a]) {
				if (this.byEpisodes[t]) {
					continue;
				}
				int rolesOfA = rolesOf(t, a);
				for (int m = this.start[t]; m < this.start[t + 1]; m++) {
					int b = this.members[m];
					if (b <= a) {
						continue;
					}
					int slot = slotOf[b];
					if (slot < 0) {
						if (slots == partner.length) {
							int grown = slots * 2;
							partner = Arrays.copyOf(partner, grown);
							shared = Arrays.copyOf(shared, grown);
							first = Arrays.copyOf(first, grown);
							last = Arrays.copyOf(last, grown);
							counts = Arrays.copyOf(counts, grown * ROLE_PAIRS);
						}
						slot = slots++;
						slotOf[b] = slot;
						partner[slot] = b;
						shared[slot] = 0;
						first[slot] = NO_YEAR;
						last[slot] = NO_YEAR;
						Arrays.fill(counts, slot * ROLE_PAIRS, (slot + 1) * ROLE_PAIRS, 0);
					}
					shared[slot]++;
					int year = this.years[t];
					if (year != NO_YEAR) {
						first[slot] = (first[slot] == NO_YEAR) ? year : Math.min(first[slot], year);
						last[slot] = (last[slot] == NO_YEAR) ? year : Math.max(last[slot], year);
					}
					int rolesOfB = this.roles[m];
					for (int ra = 0; ra < ROLES.length; ra++) {
						if ((rolesOfA & (1 << ra)) == 0) {
							continue;
						}
						for (int rb = 0; rb < ROLES.length; rb++) {
							if ((rolesOfB & (1 << rb)) != 0) {
								counts[slot * ROLE_PAIRS + ra * ROLES.length + rb]++;
							}
						}
					}
				}
			}
			List<Map.Entry<Integer, Contribution>> series = episodic.getOrDefault(a, List.of());
			Map<Integer, PairStats> seriesStats = new HashMap<>();
			for (Map.Entry<Integer, Contribution> entry : series) {
				seriesStats.computeIfAbsent(entry.getKey(), (b) -> new PairStats()).add(entry.getValue());
			}
			for (int slot = 0; slot < slots; slot++) {
				int b = partner[slot];
				slotOf[b] = -1;
				Map<String, Object> properties = properties(shared[slot], first[slot], last[slot], counts, slot);
				PairStats more = seriesStats.remove(b);
				if (more != null) {
					PairStats stats = PairStats.of(properties);
					stats.add(more);
					properties = stats.toProperties();
				}
				counted.add(new Counted(a, b, properties));
			}
			int personA = a;
			seriesStats.forEach((b, stats) -> counted.add(new Counted(personA, b, stats.toProperties())));
		}
		return counted;
	}

	private int rolesOf(int team, int person) {
		int m = Arrays.binarySearch(this.members, this.start[team], this.start[team + 1], person);
		return this.roles[m];
	}

	private static Map<String, Object> properties(int shared, int first, int last, int[] counts, int slot) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("shared", shared);
		if (first != NO_YEAR) {
			properties.put("first", first);
			properties.put("last", last);
		}
		for (int k = 0; k < ROLE_PAIRS; k++) {
			int n = counts[slot * ROLE_PAIRS + k];
			if (n > 0) {
				properties.put(COUNT_PROPERTIES[k], n);
			}
		}
		PairStats.putRepeats(properties);
		return properties;
	}

	/**
	 * The contributions of series that pair by episodes, to each batch person their partners':
	 * {@link TeamPairs}'s rule, where people pair within an episode or on the series itself. Each
	 * series' groups are made once ({@link #episodeGroups}); a batch reads only its own people's rows of
	 * them. Making the groups again for every batch that holds one of a series' people (up to every
	 * batch, for a long series) was a tenth of the store's writing at the {@code imdb} scale.
	 */
	private Map<Integer, List<Map.Entry<Integer, Contribution>>> episodicContributions(int from, int to) {
		Set<Integer> series = new HashSet<>();
		for (int a = from; a < to; a++) {
			for (int t : this.teamsOf[a]) {
				if (this.byEpisodes[t]) {
					series.add(t);
				}
			}
		}
		Map<Integer, List<Map.Entry<Integer, Contribution>>> contributions = new HashMap<>();
		for (int t : series) {
			Map<Long, SortedSet<String>> keys = new HashMap<>();
			for (long[] group : episodeGroups(t)) {
				// rows are (person index, role) in person order: the batch's people are a run of them
				int i = firstAtOrAfter(group, (long) from << 8);
				for (; i < group.length && (int) (group[i] >>> 8) < to; i++) {
					int a = (int) (group[i] >>> 8);
					Role roleOfA = ROLES[(int) (group[i] & 0xff)];
					for (int j = i + 1; j < group.length; j++) {
						int b = (int) (group[j] >>> 8);
						if (b != a) {
							keys.computeIfAbsent(((long) a << 32) | b, (pair) -> new TreeSet<>())
								.add(new RolePairKey(roleOfA, ROLES[(int) (group[j] & 0xff)]).key());
						}
					}
				}
			}
			Integer year = this.series.get(t).year();
			keys.forEach((pair, roleKeys) -> contributions.computeIfAbsent((int) (pair >>> 32), (a) -> new ArrayList<>())
				.add(Map.entry((int) (long) pair, new Contribution(year, roleKeys))));
		}
		return contributions;
	}

	/**
	 * A series' credits grouped as they meet: one group per episode and one of the credits on the series
	 * itself, each credit a row of its person's index and its role, sorted.
	 */
	private long[][] episodeGroups(int team) {
		return this.episodeGroups.computeIfAbsent(team, (t) -> {
			Map<String, List<Long>> groups = new HashMap<>();
			for (TeamCredit credit : this.series.get(t).credits()) {
				long row = ((long) Arrays.binarySearch(this.people, credit.personId()) << 8) | credit.role().ordinal();
				if (credit.onWork()) {
					groups.computeIfAbsent("", (k) -> new ArrayList<>()).add(row);
				}
				for (String episode : credit.episodes()) {
					groups.computeIfAbsent(episode, (k) -> new ArrayList<>()).add(row);
				}
			}
			return groups.values().stream().map((rows) -> rows.stream().mapToLong(Long::longValue).sorted().toArray())
				.toArray(long[][]::new);
		});
	}

	private static int firstAtOrAfter(long[] sorted, long key) {
		int found = Arrays.binarySearch(sorted, key);
		if (found < 0) {
			return -found - 1;
		}
		while (found > 0 && sorted[found - 1] == key) {
			found--;
		}
		return found;
	}

}
