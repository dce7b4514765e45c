package org.ensemble.hardening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ensemble.credit.Role;

/**
 * Seeded random works whose teams are drawn from a pool of people, so that works share people and
 * collaborations overlap (and concurrent writers contend for the same people's locks). Every role
 * occurs, actors most; years are sometimes missing.
 */
final class RandomTeams {

	private final Random random;

	private final String peoplePrefix;

	private final int people;

	RandomTeams(long seed, String peoplePrefix, int people) {
		this.random = new Random(seed);
		this.peoplePrefix = peoplePrefix;
		this.people = people;
	}

	/** A work with 1 to {@code maxCredits} credits. */
	WrittenWork work(String id, String title, int maxCredits) {
		int size = 1 + this.random.nextInt(maxCredits);
		Set<String> taken = new HashSet<>();
		List<WrittenWork.Credit> credits = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String person = this.peoplePrefix + this.random.nextInt(this.people);
			Role role = role();
			if (!taken.add(person + role)) {
				continue;
			}
			boolean actor = role == Role.ACTOR;
			credits.add(new WrittenWork.Credit(person, role, actor ? i : null, actor ? "Role " + i : null,
					role == Role.WRITER ? "screenplay" : null));
		}
		Integer year = (this.random.nextInt(6) == 0) ? null : 1990 + this.random.nextInt(30);
		return new WrittenWork(id, title, year, credits);
	}

	private Role role() {
		int draw = this.random.nextInt(10);
		if (draw < 5) {
			return Role.ACTOR;
		}
		Role[] all = Role.values();
		return all[this.random.nextInt(all.length)];
	}

}
