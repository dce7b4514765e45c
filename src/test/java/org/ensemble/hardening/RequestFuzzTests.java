package org.ensemble.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import org.ensemble.catalog.DemoData;
import org.ensemble.support.GraphSnapshot;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing of the HTTP API's request validation: random values (any unicode, control characters,
 * Cypher and injection fragments, numbers out of range, huge strings) for every query parameter and
 * path variable of the read endpoints, and random JSON (and not quite JSON) bodies for the two
 * upserts. Every answer is 2xx or 4xx, never 5xx; every 4xx is a problem body; a refused write
 * leaves the graph checksum as it was.
 *
 * <p>
 * jqwik does not run Spring's JUnit extension, so each property prepares its instance with a
 * {@link TestContextManager}: the same cached context, and so the same database, as the other tests.
 * Seeds are fixed, so the suite is repeatable.
 */
class RequestFuzzTests extends GraphTestSupport {

	/** The query parameters of each read endpoint, as its controller declares them. */
	private static final Map<String, List<String>> READS = Map.of(
			"/api/search", List.of("q", "type", "limit"),
			"/api/people/{id}/collaborators", List.of("role", "with", "roles", "minShared", "from", "to", "topBilled", "limit", "offset"),
			"/api/together", List.of("people", "roles", "before", "beforeWork"),
			"/api/pairings", List.of("roles", "minShared", "from", "to", "topBilled", "limit", "offset"),
			"/api/works/{id}/reunions", List.of("topBilled", "roles"),
			"/api/paths", List.of("from", "to", "maxHops", "roles", "yearFrom", "yearTo", "all"),
			"/api/network", List.of("people", "depth", "minShared", "roles", "limit", "works", "format"),
			"/api/works/{id}/network", List.of("works", "format"),
			"/api/works/{id}", List.of(),
			"/api/people/{id}", List.of());

	/** Values that have broken web services before. */
	private static final List<String> NASTY = List.of("", " ", "-1", "0", "-0", "+1", "2147483647", "2147483648",
			"-2147483649", "9223372036854775808", "1e9", "1.5", "NaN", "Infinity", "0x10", "true", "null", "undefined",
			"' OR 1=1 //", "x}) MATCH (n) DETACH DELETE n //", "$param", "`label`", "\\u0000", "\u0000", "%00", "%",
			"../../etc/passwd", "a,b,,c", ",,,", ",", "director,actor,composer,writer,producer,cinematographer,editor",
			"director>actor", "\t\r\n", "\u202E\u0301", "\uD800", "\uFFFF", "이충현", "Ω≈ç√", "😀", "<script>", "{}", "[]",
			"x".repeat(129), "y".repeat(5_000), "z,".repeat(3_000), "2023-02-30", "9999-12-31", "0000-00-00", "json",
			"cytoscape", "d3", "graphml", "gexf", "GRAPHML", "csv");

	/** Values that pass the first checks, so that the fuzzing also reaches the queries behind them. */
	private static final List<String> PLAUSIBLE = List.of("lee-chung-hyun", "jeon-jong-seo", "gray", "kim-ji-hoon",
			"netflix:ballerina", "lee-chung-hyun,jeon-jong-seo", "jeon-jong-seo,kim-ji-hoon,gray", "actor", "director",
			"composer", "director,actor", "person", "work", "1", "2", "3", "10", "50", "1000", "1001", "2000", "2020",
			"2023-10-06", "false");

	private static final List<String> BODY_KEYS = List.of("id", "title", "originalTitle", "kind", "released", "year",
			"companies", "credits", "person", "name", "aliases", "role", "characters", "billing", "job", "imdbId", "tmdbId",
			"wikidataId", "birthYear");

	@Autowired
	private DemoData demo;

	@BeforeProperty
	void springAndDemoData() throws Exception {
		new TestContextManager(getClass()).prepareTestInstance(this);
		GraphSnapshot.emptyDatabase(this.driver);
		this.demo.load();
	}

	@Property(tries = 400, seed = "20260811")
	void readsAnswer2xxOr4xxWithAProblem(@ForAll("endpoints") String endpoint, @ForAll("value") String id,
			@ForAll("parameters") List<Tuple.Tuple2<Integer, String>> parameters) throws Exception {
		List<String> names = READS.get(endpoint);
		MockHttpServletRequestBuilder request = endpoint.contains("{id}") ? MockMvcRequestBuilders.get(endpoint, id)
				: MockMvcRequestBuilders.get(endpoint);
		if (!names.isEmpty()) {
			for (Tuple.Tuple2<Integer, String> parameter : parameters) {
				request.param(names.get(parameter.get1() % names.size()), parameter.get2());
			}
		}

		MvcResult result = this.mvc.perform(request).andReturn();

		answersWithoutServerError(result);
		Statistics.collect(endpoint, result.getResponse().getStatus() / 100 + "xx");
		Statistics.label("status").collect(result.getResponse().getStatus() / 100 + "xx");
		// Enough valid values get through to reach the queries, not only the validation.
		Statistics.label("status").coverage((coverage) -> coverage.check("2xx").count((n) -> n >= 20));
	}

	@Property(tries = 400, seed = "20260812")
	void workUpsertsAnswer2xxOr4xxAndRefusedOnesWriteNothing(@ForAll("value") String id, @ForAll("workBody") String body,
			@ForAll("contentType") String contentType) throws Exception {
		upsertAnswersWithoutServerError("/api/works/{id}", id, body, contentType);
	}

	@Property(tries = 300, seed = "20260813")
	void personUpsertsAnswer2xxOr4xxAndRefusedOnesWriteNothing(@ForAll("value") String id, @ForAll("personBody") String body,
			@ForAll("contentType") String contentType) throws Exception {
		upsertAnswersWithoutServerError("/api/people/{id}", id, body, contentType);
		// Some get through: the writes that succeed are fuzzed too, not only the refusals.
		Statistics.label("status").coverage((coverage) -> coverage.check("2xx").count((n) -> n >= 5));
	}

	private void upsertAnswersWithoutServerError(String path, String id, String body, String contentType) throws Exception {
		String before = GraphSnapshot.of(this.driver).checksum();
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.put(path, id).header("X-Api-Key", API_KEY).content(body);
		if (!contentType.isEmpty()) {
			request.contentType(contentType);
		}

		MvcResult result = this.mvc.perform(request).andReturn();

		answersWithoutServerError(result);
		Statistics.collect(result.getResponse().getStatus());
		Statistics.label("status").collect(result.getResponse().getStatus() / 100 + "xx");
		if (result.getResponse().getStatus() >= 400) {
			assertThat(GraphSnapshot.of(this.driver).checksum()).as("graph after a refused write").isEqualTo(before);
		}
	}

	private static void answersWithoutServerError(MvcResult result) throws Exception {
		int status = result.getResponse().getStatus();
		String detail = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " "
				+ result.getRequest().getParameterMap().keySet() + " -> " + status + " "
				+ abbreviate(result.getResponse().getContentAsString());
		assertThat(status).as(detail).isBetween(200, 499);
		if (status >= 400) {
			assertThat(result.getResponse().getContentType()).as(detail).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(result.getResponse().getContentAsString()).as(detail).contains("\"status\":" + status);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

	@Provide
	Arbitrary<String> endpoints() {
		return Arbitraries.of(READS.keySet().stream().sorted().toList());
	}

	@Provide
	Arbitrary<String> value() {
		return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(NASTY)), Tuple.of(4, Arbitraries.of(PLAUSIBLE)),
				Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
				Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10)),
				Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
				Tuple.of(1, Arbitraries.strings().withChars("abc:._-/ %,").ofMinLength(1).ofMaxLength(200)));
	}

	@Provide
	Arbitrary<List<Tuple.Tuple2<Integer, String>>> parameters() {
		return Arbitraries.integers().between(0, 100).flatMap((index) -> value().map((value) -> Tuple.of(index, value)))
			.list()
			.ofMaxSize(6);
	}

	@Provide
	Arbitrary<String> contentType() {
		return Arbitraries.frequency(Tuple.of(12, MediaType.APPLICATION_JSON_VALUE), Tuple.of(1, MediaType.TEXT_PLAIN_VALUE),
				Tuple.of(1, "application/xml"), Tuple.of(1, ""), Tuple.of(1, "application/json; charset=ISO-8859-1"));
	}

	@Provide
	Arbitrary<String> workBody() {
		Arbitrary<String> credit = object(Map.of("person", personBody(), "role", Arbitraries.frequencyOf(
				Tuple.of(3, Arbitraries.of("actor", "director", "composer", "writer")), Tuple.of(1, jsonValue(0))),
				"characters", jsonValue(1), "billing", jsonValue(0), "job", jsonValue(0)));
		Arbitrary<String> work = object(Map.of("title", Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("\"T\"")),
				Tuple.of(1, jsonValue(0))), "credits", Arbitraries.frequencyOf(Tuple.of(3, array(credit)), Tuple.of(1,
				jsonValue(1))), "kind", jsonValue(0), "released", jsonValue(0), "year", jsonValue(0), "originalTitle",
				jsonValue(0), "companies", jsonValue(2), "id", jsonValue(0)));
		return broken(work);
	}

	@Provide
	Arbitrary<String> personBody() {
		return broken(object(Map.of("name", Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("\"P\"")),
				Tuple.of(1, jsonValue(0))), "id", Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("\"p1\"")),
				Tuple.of(1, jsonValue(0))), "aliases", jsonValue(1), "imdbId", jsonValue(0), "tmdbId", jsonValue(0),
				"wikidataId", jsonValue(0), "birthYear", jsonValue(0))));
	}

	/** Mostly the JSON given; sometimes cut short, or a few characters of noise. */
	private static Arbitrary<String> broken(Arbitrary<String> json) {
		return Arbitraries.frequencyOf(Tuple.of(8, json),
				Tuple.of(1, json.flatMap((text) -> Arbitraries.integers().between(0, text.length()).map((cut) -> text.substring(0, cut)))),
				Tuple.of(1, Arbitraries.strings().withChars("{}[]\":,0a\\ n").ofMaxLength(60)));
	}

	/** The fields a body needs, present more often than the others so that some bodies get through. */
	private static final List<String> REQUIRED = List.of("title", "credits", "person", "role", "name");

	/** An object with any subset of the given fields and, sometimes, one that no one asked for. */
	private static Arbitrary<String> object(Map<String, Arbitrary<String>> fields) {
		List<Arbitrary<String>> members = new ArrayList<>();
		// Sorted, so that a seed gives the same bodies on every run.
		new TreeMap<>(fields).forEach((name, value) -> members.add(Arbitraries.frequencyOf(
				Tuple.of(REQUIRED.contains(name) ? 12 : 1, value.map((v) -> quote(name) + ":" + v)),
				Tuple.of(REQUIRED.contains(name) ? 1 : 2, Arbitraries.just("")))));
		members.add(Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just("")),
				Tuple.of(1, Arbitraries.of(BODY_KEYS).flatMap((key) -> jsonValue(1).map((v) -> quote(key + "_x") + ":" + v)))));
		return Combinators.combine(members)
			.as((parts) -> "{" + String.join(",", parts.stream().filter((part) -> !part.isEmpty()).toList()) + "}");
	}

	private static Arbitrary<String> array(Arbitrary<String> element) {
		return element.list().ofMaxSize(4).map((elements) -> "[" + String.join(",", elements) + "]");
	}

	/** Any JSON value, nested up to {@code depth}: the wrong type in a field is the commonest bad body. */
	private static Arbitrary<String> jsonValue(int depth) {
		List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> choices = new ArrayList<>(List.of(
				Tuple.of(4, Arbitraries.of(NASTY).map(RequestFuzzTests::quote)),
				Tuple.of(2, Arbitraries.strings().all().ofMaxLength(20).map(RequestFuzzTests::quote)),
				Tuple.of(2, Arbitraries.of("null", "true", "false", "0", "-1", "1850", "2100", "2101", "1e400", "-1e400", "1.5",
						"99999999999999999999999", "2147483648", "-0", "[]", "{}")),
				Tuple.of(1, Arbitraries.integers().map(String::valueOf))));
		if (depth > 0) {
			choices.add(Tuple.of(1, array(jsonValue(depth - 1))));
			choices.add(Tuple.of(1, Arbitraries.of(BODY_KEYS).flatMap((key) -> jsonValue(depth - 1).map((v) -> "{" + quote(key)
					+ ":" + v + "}"))));
		}
		@SuppressWarnings("unchecked")
		Tuple.Tuple2<Integer, Arbitrary<? extends String>>[] array = choices.toArray(Tuple.Tuple2[]::new);
		return Arbitraries.frequencyOf(array);
	}

	/** A JSON string, escaped as JSON wants, lone surrogates and all. */
	private static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
