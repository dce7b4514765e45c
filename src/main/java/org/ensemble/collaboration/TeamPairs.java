package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.ensemble.credit.Role;
import org.ensemble.credit.Team;
import org.ensemble.credit.TeamCredit;

/**
 * The pairs a work's team forms and what the work contributes to each. Incremental upkeep and the
 * full rebuild both count through here, which is what keeps them identical.
 */
final class TeamPairs {

	private TeamPairs() {
	}

	static Map<Pair, Contribution> of(Team team) {
		return of(team, (personId) -> true);
	}

	/** Only the pairs whose first person (the smaller id) passes the filter: a rebuild's batch of people. */
	static Map<Pair, Contribution> of(Team team, Predicate<String> firstPerson) {
		if (team.credits().stream().anyMatch((credit) -> !credit.episodes().isEmpty())) {
			return ofEpisodes(team, firstPerson);
		}
		Map<String, Member> members = new TreeMap<>();
		for (TeamCredit credit : team.credits()) {
			members.computeIfAbsent(credit.personId(), (id) -> new Member()).add(credit);
		}
		List<Map.Entry<String, Member>> list = new ArrayList<>(members.entrySet());
		Map<Pair, Contribution> pairs = new HashMap<>(list.size() * list.size());
		for (int i = 0; i < list.size(); i++) {
			if (!firstPerson.test(list.get(i).getKey())) {
				continue;
			}
			for (int j = i + 1; j < list.size(); j++) {
				Member a = list.get(i).getValue();
				Member b = list.get(j).getValue();
				pairs.put(new Pair(list.get(i).getKey(), list.get(j).getKey()), contribution(team.year(), a, b));
			}
		}
		return pairs;
	}

	/**
	 * A series whose credits were rolled up from its episodes: people pair only where their credits meet
	 * ({@link TeamCredit#meets}), so the pairs are found per episode, and among those credited on the
	 * series itself, rather than among everyone ever credited on it: the work is the size of its
	 * episodes' teams, not of the whole series' team squared.
	 */
	private static Map<Pair, Contribution> ofEpisodes(Team team, Predicate<String> firstPerson) {
		Map<String, List<TeamCredit>> groups = new HashMap<>();
		for (TeamCredit credit : team.credits()) {
			if (credit.onWork()) {
				groups.computeIfAbsent(null, (k) -> new ArrayList<>()).add(credit);
			}
			credit.episodes().forEach((episode) -> groups.computeIfAbsent(episode, (k) -> new ArrayList<>()).add(credit));
		}
		Map<Pair, SortedSet<String>> keys = new HashMap<>();
		for (List<TeamCredit> group : groups.values()) {
			group.sort(Comparator.comparing(TeamCredit::personId));
			for (int i = 0; i < group.size(); i++) {
				TeamCredit a = group.get(i);
				if (!firstPerson.test(a.personId())) {
					continue;
				}
				for (int j = i + 1; j < group.size(); j++) {
					TeamCredit b = group.get(j);
					if (!a.personId().equals(b.personId())) {
						keys.computeIfAbsent(new Pair(a.personId(), b.personId()), (p) -> new TreeSet<>())
							.add(new RolePairKey(a.role(), b.role()).key());
					}
				}
			}
		}
		Map<Pair, Contribution> pairs = new HashMap<>(keys.size() * 2);
		keys.forEach((pair, roleKeys) -> pairs.put(pair, new Contribution(team.year(), roleKeys)));
		return pairs;
	}

	private static Contribution contribution(Integer year, Member a, Member b) {
		SortedSet<String> keys = new TreeSet<>();
		for (Role ra : a.roles) {
			for (Role rb : b.roles) {
				keys.add(new RolePairKey(ra, rb).key());
			}
		}
		return new Contribution(year, keys);
	}

	/** One person's roles on the work, their credits merged. */
	private static final class Member {

		private final Set<Role> roles = EnumSet.noneOf(Role.class);

		void add(TeamCredit credit) {
			this.roles.add(credit.role());
		}

	}

}
