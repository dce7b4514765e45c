package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.ensemble.credit.Role;
import org.ensemble.credit.Team;
import org.ensemble.credit.TeamCredit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory count of a store import gives every pair exactly the properties that folding
 * {@link TeamPairs} with {@link PairStats} gives (what the upkeep and the rebuilds store): films,
 * people with several roles on one work, works without a year, series whose credits list episodes,
 * and pairs that share both films and series.
 */
class CollaborationCountTests {

	@Test
	void countsEveryPairAsTeamPairsDoes() {
		Random random = new Random(7);
		for (int round = 0; round < 20; round++) {
			List<Team> teams = randomTeams(random, 40 + random.nextInt(200), 30 + random.nextInt(300));
			assertThat(counted(new CollaborationCount(teams))).isEqualTo(expected(teams));
		}
	}

	/** A series' people fall into many batches: each batch counts its own people's pairs, once each. */
	@Test
	void countsEveryPairAsTeamPairsDoesInSmallBatches() {
		Random random = new Random(11);
		for (int round = 0; round < 20; round++) {
			List<Team> teams = randomTeams(random, 40 + random.nextInt(200), 30 + random.nextInt(300));
			int peoplePerBatch = 1 + random.nextInt(20);
			assertThat(counted(new CollaborationCount(teams, peoplePerBatch))).as("batches of %d", peoplePerBatch)
				.isEqualTo(expected(teams));
		}
	}

	@Test
	void aPairOnAFilmAndOnASeriesEpisodeCountsBoth() {
		Team film = new Team(2001, List.of(new TeamCredit("p1", Role.DIRECTOR), new TeamCredit("p2", Role.COMPOSER)));
		Team series = new Team(2020, List.of(new TeamCredit("p1", Role.ACTOR, false, Set.of("e1")),
				new TeamCredit("p2", Role.COMPOSER, false, Set.of("e1", "e2")),
				new TeamCredit("p3", Role.ACTOR, false, Set.of("e2"))));

		Map<String, Map<String, Object>> counted = counted(List.of(film, series));

		assertThat(counted).isEqualTo(expected(List.of(film, series)));
		assertThat(counted.get("p1>p2")).containsEntry("shared", 2L)
			.containsEntry("first", 2001L)
			.containsEntry("last", 2020L)
			.containsEntry("n_director_composer", 1L)
			.containsEntry("n_actor_composer", 1L)
			.containsEntry("repeat_shared", 2L)
			.doesNotContainKeys("repeat_director_composer", "repeat_actor_composer");
		assertThat(counted).doesNotContainKey("p1>p3");
		assertThat(counted.get("p2>p3")).as("a pair of one work has no repeat copies")
			.containsEntry("shared", 1L)
			.doesNotContainKey("repeat_shared");
	}

	@Test
	void aRepeatPairHoldsACopyOfEachCountOfTwoOrMore() {
		Team first = new Team(1999, List.of(new TeamCredit("p1", Role.DIRECTOR), new TeamCredit("p2", Role.ACTOR)));
		Team second = new Team(2004, List.of(new TeamCredit("p1", Role.DIRECTOR), new TeamCredit("p2", Role.ACTOR),
				new TeamCredit("p2", Role.COMPOSER)));

		Map<String, Map<String, Object>> counted = counted(List.of(first, second));

		assertThat(counted).isEqualTo(expected(List.of(first, second)));
		assertThat(counted.get("p1>p2")).containsEntry("shared", 2L)
			.containsEntry("repeat_shared", 2L)
			.containsEntry("n_director_actor", 2L)
			.containsEntry("repeat_director_actor", 2L)
			.containsEntry("n_director_composer", 1L)
			.doesNotContainKey("repeat_director_composer");
	}

	private static List<Team> randomTeams(Random random, int teams, int people) {
		List<Team> all = new ArrayList<>();
		Role[] roles = Role.values();
		for (int t = 0; t < teams; t++) {
			boolean series = random.nextInt(5) == 0;
			int size = 1 + random.nextInt(12);
			List<TeamCredit> credits = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				String person = "p" + random.nextInt(people);
				Role role = roles[random.nextInt(roles.length)];
				if (series) {
					Set<String> episodes = new TreeSet<>();
					for (int e = random.nextInt(3); e > 0; e--) {
						episodes.add("e" + random.nextInt(6));
					}
					credits.add(new TeamCredit(person, role, episodes.isEmpty() || random.nextBoolean(), episodes));
				}
				else {
					credits.add(new TeamCredit(person, role));
				}
			}
			all.add(new Team(random.nextInt(6) == 0 ? null : 1950 + random.nextInt(70), credits));
		}
		return all;
	}

	private static Map<String, Map<String, Object>> counted(List<Team> teams) {
		return counted(new CollaborationCount(teams));
	}

	private static Map<String, Map<String, Object>> counted(CollaborationCount count) {
		Map<String, Map<String, Object>> pairs = new TreeMap<>();
		List<String> ids = count.personIds();
		Supplier<List<CollaborationCount.Counted>> batches = count.batches();
		for (List<CollaborationCount.Counted> batch = batches.get(); batch != null; batch = batches.get()) {
			for (CollaborationCount.Counted counted : batch) {
				String from = ids.get(counted.from());
				String to = ids.get(counted.to());
				assertThat(from).isLessThan(to);
				Object before = pairs.put(from + ">" + to, numbersAsLongs(counted.properties()));
				assertThat(before).as("each pair once").isNull();
			}
		}
		return pairs;
	}

	private static Map<String, Map<String, Object>> expected(List<Team> teams) {
		Map<Pair, PairStats> stats = new HashMap<>();
		for (Team team : teams) {
			TeamPairs.of(team).forEach((pair, contribution) -> stats.computeIfAbsent(pair, (p) -> new PairStats()).add(contribution));
		}
		Map<String, Map<String, Object>> pairs = new TreeMap<>();
		stats.forEach((pair, pairStats) -> pairs.put(pair.a() + ">" + pair.b(), numbersAsLongs(pairStats.toProperties())));
		return pairs;
	}

	/** As the database returns them. */
	private static Map<String, Object> numbersAsLongs(Map<String, Object> properties) {
		Map<String, Object> longs = new TreeMap<>();
		properties.forEach((key, value) -> longs.put(key, ((Number) value).longValue()));
		return longs;
	}

}
