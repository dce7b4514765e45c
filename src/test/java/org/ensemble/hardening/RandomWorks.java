package org.ensemble.hardening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random bodies of {@code PUT /api/works/{id}} over a small pool of people, so that concurrent
 * writers keep touching the same people, and what the stored work must look like afterwards.
 */
final class RandomWorks {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> ROLES = List.of("actor", "actor", "actor", "director", "director", "composer",
			"writer", "producer", "cinematographer", "editor");

	private final Random random;

	private final int people;

	RandomWorks(long seed, int people) {
		this.random = new Random(seed);
		this.people = people;
	}

	static String person(int index) {
		return "p%02d".formatted(index);
	}

	Random random() {
		return this.random;
	}

	/** What a stored work must be: its title, year and credits as sorted "person|role|billing" lines. */
	record Version(String title, Integer year, List<String> credits) {

		static Version of(JsonNode work) {
			List<String> credits = new ArrayList<>();
			work.path("credits").forEach((c) -> credits.add(line(c.path("person").path("id").asString(),
					c.path("role").asString(), c.path("billing").isNull() || c.path("billing").isMissingNode() ? null
							: c.path("billing").asInt())));
			return new Version(work.path("title").asString(),
					work.path("year").isNull() || work.path("year").isMissingNode() ? null : work.path("year").asInt(),
					credits.stream().sorted().toList());
		}

		private static String line(String person, String role, Integer billing) {
			return person + "|" + role + "|" + billing;
		}

	}

	/** A body and the version it stores. */
	record Put(String json, Version version) {
	}

	/**
	 * Two to six credits; sometimes one person in two roles, never twice in the same role (the
	 * service would keep both credits, and this test is not about how).
	 */
	Put work(String title) {
		List<Map<String, Object>> credits = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		java.util.Set<String> held = new java.util.HashSet<>();
		int size = 2 + this.random.nextInt(5);
		for (int i = 0; i < size; i++) {
			String person = person(this.random.nextInt(this.people));
			String role = ROLES.get(this.random.nextInt(ROLES.size()));
			if (!held.add(person + "|" + role)) {
				continue;
			}
			Integer billing = (role.equals("actor") && this.random.nextBoolean()) ? this.random.nextInt(6) : null;
			Map<String, Object> credit = new LinkedHashMap<>();
			credit.put("person", Map.of("id", person, "name", "Person " + person));
			credit.put("role", role);
			if (billing != null) {
				credit.put("billing", billing);
			}
			credits.add(credit);
			lines.add(Version.line(person, role, billing));
		}
		Integer year = this.random.nextInt(5) == 0 ? null : 2000 + this.random.nextInt(10);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		if (year != null) {
			body.put("year", year);
		}
		body.put("credits", credits);
		return new Put(JSON.writeValueAsString(body), new Version(title, year, lines.stream().sorted().toList()));
	}

}
