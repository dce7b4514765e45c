package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

import org.ensemble.credit.Team;
import org.ensemble.credit.TeamCredit;

/**
 * Counts every collaboration of teams held in memory, for an import that writes the store in one go
 * instead of through transactions. It counts through {@link TeamPairs} and {@link PairStats}, as the
 * upkeep and the rebuilds do, and like {@link CollaborationRebuild#rebuildInBulk()} a batch of people
 * at a time (each pair with its smaller id), so that only one batch's pairs are ever held: the
 * 25 million pairs of an IMDb-sized graph are never all in memory at once.
 */
public final class CollaborationCount {

	/** A pair's relationship, from the smaller id to the larger, with its complete properties. */
	public record Counted(String from, String to, Map<String, Object> properties) {
	}

	private static final int PEOPLE_PER_BATCH = 20_000;

	private final List<Team> teams;

	/** Everyone credited, in id order: the batches' order. */
	private final String[] people;

	/** For each person (as in {@link #people}), the indexes of the teams they are on. */
	private final int[][] teamsOf;

	/**
	 * @param teams every work's team; nothing else is read
	 */
	public CollaborationCount(List<Team> teams) {
		this.teams = teams;
		Map<String, Integer> teamCounts = new HashMap<>();
		for (Team team : teams) {
			members(team).forEach((person) -> teamCounts.merge(person, 1, Integer::sum));
		}
		this.people = teamCounts.keySet().toArray(String[]::new);
		Arrays.sort(this.people);
		Map<String, Integer> index = new HashMap<>(this.people.length * 2);
		this.teamsOf = new int[this.people.length][];
		for (int i = 0; i < this.people.length; i++) {
			index.put(this.people[i], i);
			this.teamsOf[i] = new int[teamCounts.get(this.people[i])];
		}
		int[] filled = new int[this.people.length];
		for (int t = 0; t < teams.size(); t++) {
			for (String person : members(teams.get(t))) {
				int i = index.get(person);
				this.teamsOf[i][filled[i]++] = t;
			}
		}
	}

	private static Set<String> members(Team team) {
		Set<String> ids = new HashSet<>();
		for (TeamCredit credit : team.credits()) {
			ids.add(credit.personId());
		}
		return ids;
	}

	/** The collaborations, a batch of people's at a time, each counted once. */
	public Iterator<List<Counted>> batches() {
		return new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return this.next < CollaborationCount.this.people.length;
			}

			@Override
			public List<Counted> next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				int end = Math.min(this.next + PEOPLE_PER_BATCH, CollaborationCount.this.people.length);
				List<Counted> batch = count(this.next, end);
				this.next = end;
				return batch;
			}

		};
	}

	private List<Counted> count(int from, int to) {
		Set<String> batch = new HashSet<>(Arrays.asList(this.people).subList(from, to));
		Set<Integer> touched = new TreeSet<>();
		for (int i = from; i < to; i++) {
			for (int team : this.teamsOf[i]) {
				touched.add(team);
			}
		}
		Map<Pair, PairStats> stats = new HashMap<>();
		for (int team : touched) {
			TeamPairs.of(this.teams.get(team), batch::contains)
				.forEach((pair, contribution) -> stats.computeIfAbsent(pair, (p) -> new PairStats()).add(contribution));
		}
		List<Counted> counted = new ArrayList<>(stats.size());
		stats.forEach((pair, pairStats) -> counted.add(new Counted(pair.a(), pair.b(), pairStats.toProperties())));
		return counted;
	}

	/** How many people are credited on the teams. */
	public int people() {
		return this.people.length;
	}

}
