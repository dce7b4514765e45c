package org.ensemble.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.ensemble.catalog.CreditInput;
import org.ensemble.catalog.PersonInput;
import org.ensemble.catalog.WorkInput;
import org.ensemble.catalog.WorkWrites;
import org.ensemble.credit.Role;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/paths} on a fixture with known distances:
 *
 * <pre>
 * A -w1(2001)- B -w2(2002)- C -w3(2003)- D        all credits as actor: the long way, 3 hops
 * A(director) -w4(2010)- C(composer)               the shortcut: A to D in 2 hops
 * A(writer) -w6(2011)- E -w7(2012)- D              a second 2-hop path, not all-actor
 * X -w5(2005)- Y                                   unreachable from A
 * </pre>
 *
 * Every answer is checked against the credits themselves and against a breadth-first search in Java.
 */
class PathsTests extends GraphTestSupport {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private WorkWrites works;

	@BeforeEach
	void fixture() {
		work("w1", 2001, credit("a", Role.ACTOR), credit("b", Role.ACTOR));
		work("w2", 2002, credit("b", Role.ACTOR), credit("c", Role.ACTOR));
		work("w3", 2003, credit("c", Role.ACTOR), credit("d", Role.ACTOR));
		work("w4", 2010, credit("a", Role.DIRECTOR), credit("c", Role.COMPOSER));
		work("w6", 2011, credit("a", Role.WRITER), credit("e", Role.ACTOR));
		work("w7", 2012, credit("e", Role.ACTOR), credit("d", Role.ACTOR));
		work("w5", 2005, credit("x", Role.ACTOR), credit("y", Role.DIRECTOR));
	}

	@Test
	void theShortcutMakesTheShortestPathTwoHops() throws Exception {
		JsonNode answer = ok(paths("from", "a", "to", "d"));

		assertThat(answer.get("hops").asInt()).isEqualTo(2);
		List<String> ids = ids(answer.get("path"));
		assertThat(ids).hasSize(5).startsWith("a").endsWith("d");
		assertThat(List.of(List.of("a", "w4", "c", "w3", "d"), List.of("a", "w6", "e", "w7", "d"))).contains(ids);
		assertEveryHopIsASharedCredit(answer.get("path"), null, null, null);
		assertThat(answer.get("hops").asInt()).isEqualTo(bfs("a", "d", null, null, null));
	}

	@Test
	void peopleAndWorksAreDescribedAsTheDesignSays() throws Exception {
		JsonNode answer = ok(paths("from", "a", "to", "b"));

		assertThat(answer.get("hops").asInt()).isEqualTo(1);
		JsonNode path = answer.get("path");
		assertThat(path.get(0).get("id").asString()).isEqualTo("a");
		assertThat(path.get(0).get("name").asString()).isEqualTo("Person a");
		assertThat(path.get(0).get("type").asString()).isEqualTo("person");
		assertThat(path.get(1).get("id").asString()).isEqualTo("w1");
		assertThat(path.get(1).get("title").asString()).isEqualTo("Work w1");
		assertThat(path.get(1).get("year").asInt()).isEqualTo(2001);
		assertThat(path.get(1).get("released").asString()).isEqualTo("2001-06-01");
		assertThat(path.get(1).get("type").asString()).isEqualTo("work");
		assertThat(path.get(2).get("id").asString()).isEqualTo("b");
	}

	@Test
	void samePersonIsZeroHops() throws Exception {
		JsonNode answer = ok(paths("from", "c", "to", "c"));

		assertThat(answer.get("hops").asInt()).isZero();
		assertThat(ids(answer.get("path"))).containsExactly("c");
		assertThat(answer.get("path").get(0).get("name").asString()).isEqualTo("Person c");
	}

	@Test
	void everyPairGetsAMinimalPathMadeOfRealCredits() throws Exception {
		List<String> people = List.of("a", "b", "c", "d", "e", "x", "y");
		for (String from : people) {
			for (String to : people) {
				int expected = bfs(from, to, null, null, null);
				ResultActions result = this.mvc.perform(get("/api/paths").param("from", from).param("to", to));
				if (expected < 0) {
					result.andExpect(status().isNotFound());
					continue;
				}
				JsonNode answer = ok(result);
				assertThat(answer.get("hops").asInt()).as("%s to %s", from, to).isEqualTo(expected);
				assertThat(answer.get("path").size()).isEqualTo(2 * expected + 1);
				assertEveryHopIsASharedCredit(answer.get("path"), null, null, null);
			}
		}
	}

	@Test
	void eachHopShowsTheFirstWorkThePairShares() throws Exception {
		work("w0", 1999, credit("a", Role.ACTOR), credit("b", Role.DIRECTOR));

		JsonNode answer = ok(paths("from", "a", "to", "b"));

		assertThat(ids(answer.get("path"))).containsExactly("a", "w0", "b");
	}

	/**
	 * Two people credited on different episodes of a series never worked together (the pairing rule), so
	 * the series is no hop between them; sharing an episode is.
	 */
	@Test
	void aSeriesJoinsOnlyPeopleWhoShareAnEpisode() throws Exception {
		this.works.upsert("s1", new WorkInput("s1", "Work s1", null, "series", java.time.LocalDate.of(2020, 1, 1), 2020,
				List.of(), List.of(episodeCredit("g", "s1e1"), episodeCredit("h", "s1e2"), episodeCredit("k", "s1e2"))));
		work("w9", 2021, credit("g", Role.ACTOR), credit("m", Role.ACTOR));
		work("w10", 2022, credit("m", Role.ACTOR), credit("h", Role.ACTOR));

		JsonNode apart = ok(paths("from", "g", "to", "h"));
		assertThat(ids(apart.get("path"))).containsExactly("g", "w9", "m", "w10", "h");
		JsonNode together = ok(paths("from", "k", "to", "h"));
		assertThat(ids(together.get("path"))).containsExactly("k", "s1", "h");
		JsonNode every = ok(paths("from", "g", "to", "h", "all", "true"));
		assertThat(every.get("hops").asInt()).isEqualTo(2);
		assertThat(every.get("paths")).singleElement().satisfies((path) -> assertThat(ids(path)).containsExactly("g", "w9", "m", "w10", "h"));
	}

	@Test
	void unreachablePersonIsA404Problem() throws Exception {
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "x"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("No path between a and x")));
	}

	@Test
	void maxHopsIsHonoured() throws Exception {
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "d").param("maxHops", "1"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("within 1 hop")));
		assertThat(ok(paths("from", "a", "to", "d", "maxHops", "2")).get("hops").asInt()).isEqualTo(2);
		// With only actor credits the shortest way is three works long, which two hops cannot reach.
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "d").param("roles", "actor").param("maxHops", "2"))
			.andExpect(status().isNotFound());
	}

	@Test
	void rolesKeepOnlyCreditsInThoseRolesAtBothEndsOfEveryHop() throws Exception {
		JsonNode answer = ok(paths("from", "a", "to", "d", "roles", "actor"));

		assertThat(answer.get("hops").asInt()).isEqualTo(3);
		assertThat(ids(answer.get("path"))).containsExactly("a", "w1", "b", "w2", "c", "w3", "d");
		assertEveryHopIsASharedCredit(answer.get("path"), Set.of("ACTED_IN"), null, null);
		assertThat(bfs("a", "d", Set.of("ACTED_IN"), null, null)).isEqualTo(3);

		// director at one end and composer at the other: the shortcut counts only when both roles are allowed
		assertThat(ok(paths("from", "a", "to", "c", "roles", "director,composer")).get("hops").asInt()).isEqualTo(1);
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "c").param("roles", "director"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theYearWindowKeepsOnlyWorksInsideIt() throws Exception {
		JsonNode before2005 = ok(paths("from", "a", "to", "d", "yearTo", "2005"));
		assertThat(before2005.get("hops").asInt()).isEqualTo(3);
		assertThat(ids(before2005.get("path"))).containsExactly("a", "w1", "b", "w2", "c", "w3", "d");
		assertEveryHopIsASharedCredit(before2005.get("path"), null, null, 2005);

		JsonNode from2002 = ok(paths("from", "a", "to", "b", "yearFrom", "2002"));
		assertThat(from2002.get("hops").asInt()).isEqualTo(2);
		assertThat(ids(from2002.get("path"))).containsExactly("a", "w4", "c", "w2", "b");
		assertEveryHopIsASharedCredit(from2002.get("path"), null, 2002, null);
		assertThat(bfs("a", "b", null, 2002, null)).isEqualTo(2);

		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "d").param("yearFrom", "2004").param("yearTo", "2010"))
			.andExpect(status().isNotFound());
	}

	@Test
	void allReturnsEveryShortestPath() throws Exception {
		JsonNode answer = ok(paths("from", "a", "to", "d", "all", "true"));

		assertThat(answer.get("hops").asInt()).isEqualTo(2);
		assertThat(answer.get("capped").asBoolean()).isFalse();
		assertThat(answer.has("path")).isFalse();
		List<List<String>> paths = new ArrayList<>();
		answer.get("paths").forEach((path) -> {
			paths.add(ids(path));
			assertEveryHopIsASharedCredit(path, null, null, null);
		});
		assertThat(paths).containsExactlyInAnyOrder(List.of("a", "w4", "c", "w3", "d"), List.of("a", "w6", "e", "w7", "d"));

		// every combination of each hop's shared works is a path of its own
		work("w8", 2013, credit("e", Role.ACTOR), credit("d", Role.ACTOR));
		List<List<String>> more = new ArrayList<>();
		ok(paths("from", "a", "to", "d", "all", "true")).get("paths").forEach((path) -> more.add(ids(path)));
		assertThat(more).containsExactlyInAnyOrder(List.of("a", "w4", "c", "w3", "d"), List.of("a", "w6", "e", "w7", "d"),
				List.of("a", "w6", "e", "w8", "d"));

		JsonNode actorsOnly = ok(paths("from", "a", "to", "d", "all", "true", "roles", "actor"));
		assertThat(actorsOnly.get("hops").asInt()).isEqualTo(3);
		assertThat(actorsOnly.get("paths").size()).isEqualTo(1);
	}

	@Test
	void allIsCappedAndSaysSo() throws Exception {
		for (int i = 0; i < PathFinder.MAX_PATHS + 5; i++) {
			work("many" + i, 2020, credit("p", Role.ACTOR), credit("q", Role.ACTOR));
		}
		JsonNode answer = ok(paths("from", "p", "to", "q", "all", "true"));

		assertThat(answer.get("hops").asInt()).isEqualTo(1);
		assertThat(answer.get("capped").asBoolean()).isTrue();
		assertThat(answer.get("paths").size()).isEqualTo(PathFinder.MAX_PATHS);
		Set<String> distinctWorks = new HashSet<>();
		answer.get("paths").forEach((path) -> distinctWorks.add(path.get(1).get("id").asString()));
		assertThat(distinctWorks).hasSize(PathFinder.MAX_PATHS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "11", "abc", "-1" })
	void maxHopsOutsideOneToTenIsA400NamingIt(String maxHops) throws Exception {
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "d").param("maxHops", maxHops))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("maxHops")));
	}

	@Test
	void badParametersAre400s() throws Exception {
		this.mvc.perform(get("/api/paths").param("to", "d")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"));
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "d").param("roles", "stuntman"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("stuntman")));
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "d").param("yearFrom", "2010").param("yearTo", "2000"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("yearFrom"));
		this.mvc.perform(get("/api/paths").param("from", "a b").param("to", "d")).andExpect(status().isBadRequest());
	}

	@Test
	void unknownPersonIsA404NamingIt() throws Exception {
		this.mvc.perform(get("/api/paths").param("from", "a").param("to", "nobody"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("nobody")));
		this.mvc.perform(get("/api/paths").param("from", "nobody").param("to", "nobody"))
			.andExpect(status().isNotFound());
	}

	// ---- checks against the database itself

	/**
	 * Each person–work–person triple must be two credits on that work, in the allowed roles, and the
	 * work inside the year window; consecutive people must differ.
	 */
	private void assertEveryHopIsASharedCredit(JsonNode path, Set<String> types, Integer yearFrom, Integer yearTo) {
		try (var session = this.driver.session()) {
			for (int i = 0; i + 2 < path.size(); i += 2) {
				String a = path.get(i).get("id").asString();
				String w = path.get(i + 1).get("id").asString();
				String b = path.get(i + 2).get("id").asString();
				assertThat(a).isNotEqualTo(b);
				Map<String, Object> params = new HashMap<>();
				params.put("a", a);
				params.put("w", w);
				params.put("b", b);
				params.put("types", types == null ? null : List.copyOf(types));
				params.put("yearFrom", yearFrom);
				params.put("yearTo", yearTo);
				long shared = session.run("""
						MATCH (:Person {id: $a})-[c1]->(w:Work {id: $w})<-[c2]-(:Person {id: $b})
						WHERE ($types IS NULL OR (type(c1) IN $types AND type(c2) IN $types))
						  AND ($yearFrom IS NULL OR w.year >= $yearFrom) AND ($yearTo IS NULL OR w.year <= $yearTo)
						RETURN count(*) AS n""", params).single().get("n").asLong();
				assertThat(shared).as("%s and %s share %s", a, b, w).isPositive();
			}
		}
	}

	/** Hops between two people by breadth-first search over the credits read back; -1 when unreachable. */
	private int bfs(String from, String to, Set<String> types, Integer yearFrom, Integer yearTo) {
		Map<String, Set<String>> teams = new HashMap<>();
		Map<String, Set<String>> worksOf = new HashMap<>();
		try (var session = this.driver.session()) {
			session.run("MATCH (p:Person)-[c]->(w:Work) RETURN p.id AS p, type(c) AS type, w.id AS w, w.year AS year")
				.forEachRemaining((r) -> {
					int year = r.get("year").asInt();
					boolean allowed = (types == null || types.contains(r.get("type").asString()))
							&& (yearFrom == null || year >= yearFrom) && (yearTo == null || year <= yearTo);
					if (allowed) {
						teams.computeIfAbsent(r.get("w").asString(), (k) -> new HashSet<>()).add(r.get("p").asString());
						worksOf.computeIfAbsent(r.get("p").asString(), (k) -> new HashSet<>()).add(r.get("w").asString());
					}
				});
		}
		Map<String, Integer> distance = new HashMap<>(Map.of(from, 0));
		Deque<String> queue = new ArrayDeque<>(List.of(from));
		while (!queue.isEmpty()) {
			String person = queue.poll();
			if (person.equals(to)) {
				return distance.get(person);
			}
			for (String work : worksOf.getOrDefault(person, Set.of())) {
				for (String other : teams.get(work)) {
					if (distance.putIfAbsent(other, distance.get(person) + 1) == null) {
						queue.add(other);
					}
				}
			}
		}
		return -1;
	}

	// ---- fixture and request helpers

	private void work(String id, int year, CreditInput... credits) {
		this.works.upsert(id, new WorkInput(id, "Work " + id, null, "movie", java.time.LocalDate.of(year, 6, 1), year, List.of(),
				List.of(credits)));
	}

	private static CreditInput credit(String person, Role role) {
		return new CreditInput(new PersonInput(person, "Person " + person, List.of(), null, null, null, null), role, List.of(),
				role == Role.ACTOR ? 0 : null, null);
	}

	private static CreditInput episodeCredit(String person, String episode) {
		return new CreditInput(new PersonInput(person, "Person " + person, List.of(), null, null, null, null), Role.ACTOR,
				List.of(), 0, null, List.of(episode));
	}

	private ResultActions paths(String... params) throws Exception {
		var request = get("/api/paths");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private static JsonNode ok(ResultActions result) throws Exception {
		String body = result.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	private static List<String> ids(JsonNode path) {
		List<String> ids = new ArrayList<>();
		path.forEach((step) -> ids.add(step.get("id").asString()));
		return ids;
	}

}
