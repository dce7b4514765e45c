package org.ensemble.collaboration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ensemble.catalog.CreditInput;
import org.ensemble.catalog.PersonInput;
import org.ensemble.catalog.WorkInput;
import org.ensemble.credit.Role;

/**
 * Small random works for the property and concurrency tests: teams drawn from a pool of people, any
 * roles (a person may hold several, or the same one twice), billing often missing, years and release
 * dates sometimes missing. Seeded, so a failure can be replayed.
 */
final class RandomCatalog {

	private final Random random;

	private final int people;

	RandomCatalog(long seed, int people) {
		this.random = new Random(seed);
		this.people = people;
	}

	Random random() {
		return this.random;
	}

	static String person(int index) {
		return "p%02d".formatted(index);
	}

	/** A year, or null (about one in five). */
	Integer year() {
		return this.random.nextInt(5) == 0 ? null : 2000 + this.random.nextInt(6);
	}

	/** A work with up to {@code maxCredits} random credits. */
	WorkInput work(String id, Integer year, int maxCredits) {
		List<CreditInput> credits = new ArrayList<>();
		int size = this.random.nextInt(maxCredits + 1);
		for (int i = 0; i < size; i++) {
			String person = person(this.random.nextInt(this.people));
			Role role = role();
			Integer billing = (role == Role.ACTOR && this.random.nextInt(4) != 0) ? this.random.nextInt(6) : null;
			credits.add(new CreditInput(new PersonInput(person, "Person " + person, null, null, null, null, null), role,
					role == Role.ACTOR ? List.of("Role " + i) : null, billing, null));
		}
		// Some works carry a release date, and then year is that date's year.
		LocalDate released = (year != null && this.random.nextBoolean())
				? LocalDate.of(year, 1 + this.random.nextInt(12), 1 + this.random.nextInt(28)) : null;
		return new WorkInput(id, "Work " + id, null, "movie", released, year, List.of(), credits);
	}

	/** Actors most often, then directors, then the crew roles. */
	private Role role() {
		int draw = this.random.nextInt(10);
		if (draw < 4) {
			return Role.ACTOR;
		}
		if (draw < 6) {
			return Role.DIRECTOR;
		}
		Role[] all = Role.values();
		return all[this.random.nextInt(all.length)];
	}

}
