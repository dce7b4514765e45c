package org.ensemble.hardening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.ensemble.credit.Role;

/**
 * A work as a test writes it (over HTTP or in a JSON Lines file), and what the graph must hold for it
 * afterwards. The title names the version, so a stored work shows which write it came from, and its
 * credits must then be exactly that write's.
 */
record WrittenWork(String id, String title, Integer year, List<Credit> credits) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One credit; each (person, role) at most once per work, so that nothing is merged on the way in. */
	record Credit(String person, Role role, Integer billing, String character, String job) {

		Map<String, Object> json() {
			Map<String, Object> credit = new LinkedHashMap<>();
			credit.put("person", Map.of("id", this.person, "name", "Name of " + this.person));
			credit.put("role", this.role.json());
			if (this.billing != null) {
				credit.put("billing", this.billing);
			}
			if (this.character != null) {
				credit.put("characters", List.of(this.character));
			}
			if (this.job != null) {
				credit.put("job", this.job);
			}
			return credit;
		}

		/** The credit as {@link StoredWorks} reads it back. */
		String line() {
			return StoredWorks.creditLine(this.person, this.role.relationship(), this.billing,
					(this.character == null) ? List.of() : List.of(this.character), this.job);
		}

	}

	/** The body of {@code PUT /api/works/{id}}; with the id, a line of a JSON Lines import. */
	String json(boolean withId) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (withId) {
			body.put("id", this.id);
		}
		body.put("title", this.title);
		if (this.year != null) {
			body.put("year", this.year);
		}
		List<Map<String, Object>> list = new ArrayList<>();
		this.credits.forEach((credit) -> list.add(credit.json()));
		body.put("credits", list);
		return JSON.writeValueAsString(body);
	}

	/** What the graph holds after this write and no later one. */
	StoredWorks.Stored stored() {
		return new StoredWorks.Stored(this.title, this.credits.stream().map(Credit::line).sorted().toList());
	}

}
