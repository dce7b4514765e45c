package org.ensemble.collaboration;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ensemble.collaboration.HttpCatalog.actor;
import static org.ensemble.collaboration.HttpCatalog.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The collaboration questions answer mistakes with RFC 9457 problems: an unknown person or work is
 * a 404 naming it, a bad parameter a 400 naming the parameter.
 */
class CollaborationErrorTests extends GraphTestSupport {

	@BeforeEach
	void aSmallCatalog() throws Exception {
		new HttpCatalog(this.mvc).work("known-work", "2020-01-01", null, as("known", "director"), actor("other", 0));
	}

	@Test
	void collaboratorsOfAnUnknownPersonAreNotFound() throws Exception {
		assertThat(problem("/api/people/nobody/collaborators", 404).path("detail").asString()).contains("nobody");
	}

	@Test
	void togetherWithAnUnknownPersonIsNotFound() throws Exception {
		assertThat(problem("/api/together?people=known,nobody", 404).path("detail").asString()).contains("nobody");
		assertThat(problem("/api/together?people=nobody,known", 404).path("detail").asString()).contains("nobody");
	}

	@Test
	void reunionsOfAnUnknownWorkAreNotFound() throws Exception {
		assertThat(problem("/api/works/no-such-work/reunions", 404).path("detail").asString()).contains("no-such-work");
	}

	@Test
	void togetherBeforeAnUnknownWorkIsNotFound() throws Exception {
		assertThat(problem("/api/together?people=known,other&beforeWork=no-such-work", 404).path("detail").asString())
			.contains("no-such-work");
	}

	@ParameterizedTest(name = "{0} -> 400 naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/people/known/collaborators?role=dancer              | role
			/api/people/known/collaborators?with=dancer              | with
			/api/people/known/collaborators?roles=actor,dancer       | roles
			/api/people/known/collaborators?limit=0                  | limit
			/api/people/known/collaborators?limit=5000               | limit
			/api/people/known/collaborators?offset=-1                | offset
			/api/people/known/collaborators?from=2010&to=2000        | from
			/api/people/known/collaborators?minShared=0              | minShared
			/api/people/known/collaborators?topBilled=0              | topBilled
			/api/people/bad!id/collaborators                         | id
			/api/together?people=known,other&roles=dancer            | roles
			/api/together?people=known                               | people
			/api/together?people=known,known                         | people
			/api/together                                            | people
			/api/together?people=known,bad!id                        | people
			/api/together?people=known,other&before=2020-13-45       | before
			/api/together?people=known,other&before=yesterday        | before
			/api/together?people=known,other&before=2020-01-01&beforeWork=known-work | before
			/api/pairings?roles=director                             | roles
			/api/pairings?roles=actor,director,composer              | roles
			/api/pairings?roles=actor,dancer                         | roles
			/api/pairings?roles=dancer,actor                         | roles
			/api/pairings?roles=actor,                               | roles
			/api/pairings?limit=0                                    | limit
			/api/pairings?limit=5000                                 | limit
			/api/pairings?offset=-1                                  | offset
			/api/pairings?from=2010&to=2000                          | from
			/api/pairings?minShared=0                                | minShared
			/api/pairings?topBilled=0                                | topBilled
			/api/works/known-work/reunions?roles=dancer              | roles
			/api/works/known-work/reunions?roles=actor,dancer        | roles
			/api/works/known-work/reunions?topBilled=0               | topBilled
			""")
	void badParametersAreRejectedNamingTheParameter(String url, String parameter) throws Exception {
		JsonNode problem = problem(url, 400);

		assertThat(problem.path("detail").asString()).as("detail of %s", url).containsPattern(word(parameter));
		assertThat(problem.path("parameter").asString()).as("parameter of %s", url).isEqualTo(parameter);
	}

	@ParameterizedTest(name = "{0} -> 400 naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/people/known/collaborators?limit=many               | limit
			/api/pairings?minShared=two                              | minShared
			/api/works/known-work/reunions?topBilled=top             | topBilled
			""")
	void parametersThatAreNotNumbersAreRejectedNamingTheParameter(String url, String parameter) throws Exception {
		JsonNode problem = problem(url, 400);

		assertThat(problem.path("detail").asString()).as("detail of %s", url).containsPattern(word(parameter));
	}

	private JsonNode problem(String url, int status) throws Exception {
		MvcResult result = this.mvc.perform(get(url)).andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as("status of %s: %s", url, body).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).as("content type of %s", url).isNotNull();
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType())
			.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("%s is a problem: %s", url, result.getResponse().getContentType())
			.isTrue();
		JsonNode problem = HttpCatalog.JSON.readTree(body);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		return problem;
	}

	/** The name as a word of its own: "roles" does not count as naming "role". */
	private static Pattern word(String name) {
		return Pattern.compile("(^|[^A-Za-z])" + Pattern.quote(name) + "([^A-Za-z]|$)");
	}

}
