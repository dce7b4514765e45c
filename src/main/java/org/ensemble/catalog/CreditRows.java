package org.ensemble.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ensemble.credit.Role;
import org.ensemble.credit.TeamCredit;

/**
 * A credit list folded to one credit per person and role, the unit the graph stores: a person cast
 * twice keeps both characters and their best billing; a writer credited for screenplay and story
 * keeps both jobs. On a series, a person's credits on its episodes merge into one credit per role
 * that lists those episodes.
 */
final class CreditRows {

	private final Map<String, Merged> byPersonAndRole = new LinkedHashMap<>();

	private final Map<String, PersonInput> people = new LinkedHashMap<>();

	CreditRows(List<CreditInput> credits) {
		for (CreditInput credit : credits) {
			this.people.putIfAbsent(credit.person().id(), credit.person());
			this.byPersonAndRole.computeIfAbsent(credit.person().id() + "\u0000" + credit.role(),
					(key) -> new Merged(credit.person().id(), credit.role())).add(credit);
		}
	}

	/** Each distinct person once, first mention wins. */
	List<PersonInput> people() {
		return List.copyOf(this.people.values());
	}

	List<TeamCredit> team() {
		return this.byPersonAndRole.values().stream().map(Merged::teamCredit).toList();
	}

	/** Parameter rows for the query that creates the credit relationships. */
	List<Map<String, Object>> rows() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Merged merged : this.byPersonAndRole.values()) {
			Map<String, Object> props = new HashMap<>();
			if (!merged.characters.isEmpty()) {
				props.put("characters", List.copyOf(merged.characters));
			}
			if (merged.billing != null) {
				props.put("billing", merged.billing);
			}
			if (!merged.jobs.isEmpty()) {
				props.put("job", String.join(", ", merged.jobs));
			}
			if (!merged.episodes.isEmpty()) {
				props.put("episodes", List.copyOf(merged.episodes));
				if (merged.onWork) {
					props.put("onWork", true);
				}
			}
			rows.add(Map.of("person", merged.personId, "type", merged.role.relationship(), "props", props));
		}
		return rows;
	}

	private static final class Merged {

		private final String personId;

		private final Role role;

		private final Set<String> characters = new LinkedHashSet<>();

		private final Set<String> jobs = new LinkedHashSet<>();

		/** Sorted, so that the same episodes are stored as the same list whatever order they came in. */
		private final Set<String> episodes = new TreeSet<>();

		/** Credited on the work itself by at least one of the merged credits. */
		private boolean onWork;

		private Integer billing;

		Merged(String personId, Role role) {
			this.personId = personId;
			this.role = role;
		}

		void add(CreditInput credit) {
			if (credit.episodes().isEmpty()) {
				this.onWork = true;
			}
			this.episodes.addAll(credit.episodes());
			credit.characters().stream().filter((c) -> !c.isBlank()).forEach(this.characters::add);
			if (credit.job() != null && !credit.job().isBlank()) {
				this.jobs.add(credit.job().strip());
			}
			if (credit.billing() != null && this.role == Role.ACTOR) {
				this.billing = (this.billing == null) ? credit.billing() : Math.min(this.billing, credit.billing());
			}
		}

		TeamCredit teamCredit() {
			return this.episodes.isEmpty() ? new TeamCredit(this.personId, this.role)
					: new TeamCredit(this.personId, this.role, this.onWork, this.episodes);
		}

	}

}
