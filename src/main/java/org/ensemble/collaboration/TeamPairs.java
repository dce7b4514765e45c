package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
		Map<String, Member> members = new TreeMap<>();
		for (TeamCredit credit : team.credits()) {
			members.computeIfAbsent(credit.personId(), (id) -> new Member()).add(credit);
		}
		int year = team.year() == null ? Contribution.UNKNOWN_YEAR : team.year();
		List<Map.Entry<String, Member>> list = new ArrayList<>(members.entrySet());
		Map<Pair, Contribution> pairs = new HashMap<>(list.size() * list.size());
		for (int i = 0; i < list.size(); i++) {
			if (!firstPerson.test(list.get(i).getKey())) {
				continue;
			}
			for (int j = i + 1; j < list.size(); j++) {
				Member a = list.get(i).getValue();
				Member b = list.get(j).getValue();
				pairs.put(new Pair(list.get(i).getKey(), list.get(j).getKey()), contribution(year, a, b));
			}
		}
		return pairs;
	}

	private static Contribution contribution(int year, Member a, Member b) {
		Set<String> oriented = new TreeSet<>();
		TreeMap<String, Integer> keyBills = new TreeMap<>();
		for (Role ra : a.roles) {
			for (Role rb : b.roles) {
				oriented.add(ra.json() + ">" + rb.json());
				int bill = Math.max(a.bill(ra), b.bill(rb));
				keyBills.merge(new RolePairKey(ra, rb).key(), bill, Math::min);
			}
		}
		return new Contribution(year, Math.max(a.effectiveBill(), b.effectiveBill()), List.copyOf(oriented), keyBills);
	}

	/** One person's credits on the work, merged: their roles and their best place on the bill. */
	private static final class Member {

		private final Set<Role> roles = EnumSet.noneOf(Role.class);

		private int actorBill = Contribution.UNBILLED;

		void add(TeamCredit credit) {
			this.roles.add(credit.role());
			if (credit.role() == Role.ACTOR && credit.billing() != null) {
				this.actorBill = Math.min(this.actorBill, credit.billing());
			}
		}

		int bill(Role role) {
			return (role == Role.ACTOR) ? this.actorBill : Contribution.ANY_BILL;
		}

		/** Any credit other than acting keeps the person on the team whatever the bill limit. */
		int effectiveBill() {
			return (this.roles.size() > 1 || !this.roles.contains(Role.ACTOR)) ? Contribution.ANY_BILL : this.actorBill;
		}

	}

}
