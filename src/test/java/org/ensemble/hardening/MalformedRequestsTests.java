package org.ensemble.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import org.ensemble.catalog.DemoData;
import org.ensemble.support.GraphSnapshot;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Malformed requests of every kind each get the right 4xx with a problem body, and leave the graph
 * exactly as it was.
 */
class MalformedRequestsTests extends GraphTestSupport {

	private static final String KEY = GraphTestSupport.API_KEY;

	private static final String INJECTION = "' OR 1=1 //";

	private static final String CYPHER = "x}) MATCH (n) DETACH DELETE n //";

	private static final String VALID_CREDIT = """
			{"person": {"id": "p1", "name": "P"}, "role": "actor"}""";

	record Bad(String name, HttpMethod method, String path, String body, int status) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	@Autowired
	DemoData demo;

	@BeforeEach
	void demoLoaded() {
		this.demo.load();
	}

	static Stream<Bad> requests() {
		List<Bad> bad = new ArrayList<>();
		// bodies
		bad.add(put("not JSON", "/api/works/w1", "{title: nope", 400));
		bad.add(put("empty body", "/api/works/w1", "", 400));
		bad.add(put("JSON array instead of object", "/api/works/w1", "[]", 400));
		bad.add(put("title is an object", "/api/works/w1", "{\"title\": {}, \"credits\": []}", 400));
		bad.add(put("credits is a string", "/api/works/w1", "{\"title\": \"T\", \"credits\": \"x\"}", 400));
		bad.add(put("credits missing", "/api/works/w1", "{\"title\": \"T\"}", 400));
		bad.add(put("title missing", "/api/works/w1", "{\"credits\": []}", 400));
		bad.add(put("blank title", "/api/works/w1", "{\"title\": \"  \", \"credits\": []}", 400));
		bad.add(put("unknown role", "/api/works/w1", "{\"title\": \"T\", \"credits\": [{\"person\": {\"id\": \"p\", \"name\": \"P\"}, \"role\": \"dancer\"}]}", 400));
		bad.add(put("role injection", "/api/works/w1", "{\"title\": \"T\", \"credits\": [{\"person\": {\"id\": \"p\", \"name\": \"P\"}, \"role\": \"" + INJECTION + "\"}]}", 400));
		bad.add(put("person id with Cypher", "/api/works/w1", "{\"title\": \"T\", \"credits\": [{\"person\": {\"id\": \"" + CYPHER + "\", \"name\": \"P\"}, \"role\": \"actor\"}]}", 400));
		bad.add(put("person without id", "/api/works/w1", "{\"title\": \"T\", \"credits\": [{\"person\": {\"name\": \"P\"}, \"role\": \"actor\"}]}", 400));
		bad.add(put("person without name", "/api/works/w1", "{\"title\": \"T\", \"credits\": [{\"person\": {\"id\": \"p\"}, \"role\": \"actor\"}]}", 400));
		bad.add(put("negative billing", "/api/works/w1", "{\"title\": \"T\", \"credits\": [{\"person\": {\"id\": \"p\", \"name\": \"P\"}, \"role\": \"actor\", \"billing\": -1}]}", 400));
		bad.add(put("billing is text", "/api/works/w1", "{\"title\": \"T\", \"credits\": [{\"person\": {\"id\": \"p\", \"name\": \"P\"}, \"role\": \"actor\", \"billing\": \"first\"}]}", 400));
		bad.add(put("bad release date", "/api/works/w1", "{\"title\": \"T\", \"released\": \"2023-13-45\", \"credits\": []}", 400));
		bad.add(put("date injection", "/api/works/w1", "{\"title\": \"T\", \"released\": \"" + INJECTION + "\", \"credits\": []}", 400));
		bad.add(put("year and date disagree", "/api/works/w1", "{\"title\": \"T\", \"released\": \"2023-01-01\", \"year\": 1999, \"credits\": []}", 400));
		bad.add(put("year far out", "/api/works/w1", "{\"title\": \"T\", \"year\": 99999, \"credits\": []}", 400));
		bad.add(put("kind with spaces", "/api/works/w1", "{\"title\": \"T\", \"kind\": \"MOVIE NIGHT\", \"credits\": []}", 400));
		bad.add(put("huge title", "/api/works/w1", "{\"title\": \"" + "x".repeat(5000) + "\", \"credits\": []}", 400));
		bad.add(put("too many aliases", "/api/works/w1", "{\"title\": \"T\", \"credits\": [{\"person\": {\"id\": \"p\", \"name\": \"P\", \"aliases\": [" + "\"a\",".repeat(60) + "\"a\"]}, \"role\": \"actor\"}]}", 400));
		bad.add(put("company id with spaces", "/api/works/w1", "{\"title\": \"T\", \"companies\": [{\"id\": \"a b\", \"name\": \"N\"}], \"credits\": []}", 400));
		bad.add(put("body id differs from path", "/api/works/w1", "{\"id\": \"w2\", \"title\": \"T\", \"credits\": [" + VALID_CREDIT + "]}", 400));
		bad.add(put("lone surrogate in title", "/api/works/w1", "{\"title\": \"\\ud800\", \"credits\": [], \"year\": \"x\"}", 400));
		bad.add(put("null credit", "/api/works/w1", "{\"title\": \"T\", \"credits\": [null]}", 400));
		bad.add(put("person body not JSON", "/api/people/p1", "{name", 400));
		bad.add(put("person birth year text", "/api/people/p1", "{\"name\": \"P\", \"birthYear\": \"old\"}", 400));
		bad.add(put("person blank name", "/api/people/p1", "{\"name\": \"\"}", 400));
		// ids in the path
		bad.add(put("work id with forbidden characters", "/api/works/bad id!", "{\"title\": \"T\", \"credits\": []}", 400));
		bad.add(put("work id too long", "/api/works/" + "a".repeat(200), "{\"title\": \"T\", \"credits\": []}", 400));
		bad.add(get("work id with quote", "/api/works/a'b", 400));
		bad.add(get("unicode work id", "/api/works/발레리나", 400));
		bad.add(get("person id injection", "/api/people/" + "x' OR 1=1", 400));
		bad.add(get("unknown work", "/api/works/no-such-work", 404));
		bad.add(get("unknown person", "/api/people/no-such-person", 404));
		bad.add(delete("delete unknown work", "/api/works/no-such-work", 404));
		// query parameters
		bad.add(get("search without q", "/api/search", 400));
		bad.add(get("search huge q", "/api/search?q=" + "a".repeat(500), 400));
		bad.add(get("search bad type", "/api/search?q=lee&type=" + INJECTION, 400));
		bad.add(get("search limit zero", "/api/search?q=lee&limit=0", 400));
		bad.add(get("search giant limit", "/api/search?q=lee&limit=1000000", 400));
		bad.add(get("search limit text", "/api/search?q=lee&limit=many", 400));
		bad.add(get("collaborators bad role", "/api/people/jeon-jong-seo/collaborators?role=dancer", 400));
		bad.add(get("collaborators with injection", "/api/people/jeon-jong-seo/collaborators?with=" + CYPHER, 400));
		bad.add(get("collaborators negative offset", "/api/people/jeon-jong-seo/collaborators?offset=-1", 400));
		bad.add(get("collaborators from after to", "/api/people/jeon-jong-seo/collaborators?from=2020&to=2010", 400));
		bad.add(get("collaborators minShared zero", "/api/people/jeon-jong-seo/collaborators?minShared=0", 400));
		bad.add(get("collaborators topBilled negative", "/api/people/jeon-jong-seo/collaborators?topBilled=-3", 400));
		bad.add(get("collaborators unknown person", "/api/people/nobody/collaborators", 404));
		bad.add(get("together one person", "/api/together?people=jeon-jong-seo", 400));
		bad.add(get("together injection id", "/api/together?people=jeon-jong-seo," + INJECTION, 400));
		bad.add(get("together bad date", "/api/together?people=jeon-jong-seo,kim-ji-hoon&before=yesterday", 400));
		bad.add(get("together unknown person", "/api/together?people=jeon-jong-seo,nobody", 404));
		bad.add(get("together unknown beforeWork", "/api/together?people=jeon-jong-seo,kim-ji-hoon&beforeWork=nothing", 404));
		bad.add(get("pairings three roles", "/api/pairings?roles=actor,director,writer", 400));
		bad.add(get("pairings unknown role", "/api/pairings?roles=actor," + INJECTION, 400));
		bad.add(get("pairings giant limit", "/api/pairings?limit=100000", 400));
		bad.add(get("reunions unknown work", "/api/works/nothing/reunions", 404));
		bad.add(get("reunions topBilled zero", "/api/works/netflix:ballerina/reunions?topBilled=0", 400));
		bad.add(get("reunions bad roles", "/api/works/netflix:ballerina/reunions?roles=actor,,", 400));
		return bad.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requests")
	void malformedRequestGetsAProblemAndChangesNothing(Bad bad) throws Exception {
		String before = GraphSnapshot.of(this.driver).checksum();
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(bad.method(), bad.path().replace(" ", "%20"))
			.header("X-Api-Key", KEY);
		if (bad.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(bad.body());
		}
		this.mvc.perform(request)
			.andExpect(status().is(bad.status()))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(bad.status()))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		assertThat(GraphSnapshot.of(this.driver).checksum()).isEqualTo(before);
	}

	private static Bad put(String name, String path, String body, int status) {
		return new Bad(name, HttpMethod.PUT, path, body, status);
	}

	private static Bad get(String name, String path, int status) {
		return new Bad(name, HttpMethod.GET, path, null, status);
	}

	private static Bad delete(String name, String path, int status) {
		return new Bad(name, HttpMethod.DELETE, path, null, status);
	}

}
