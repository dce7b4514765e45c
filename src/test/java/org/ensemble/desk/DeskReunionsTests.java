package org.ensemble.desk;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

import org.ensemble.ingest.Imports;
import org.ensemble.ingest.TheStory;
import org.ensemble.support.GraphTestSupport;
import org.ensemble.support.Requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/reunions} on the Ballerina story as film people hold it (IMDb's files with IMDb's
 * spellings, a Wikidata extract with the press's), loaded through the importers: the team of the
 * press release, written as the press writes it, before the film is in any database.
 */
class DeskReunionsTests extends GraphTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String JEON_BY_IMDB = "imdb:nm9112345";

	@Autowired
	private Imports imports;

	@BeforeEach
	void importTheStory() {
		TheStory.importWith(this.imports);
	}

	@Test
	void thePressReleaseNamesFindTheTwoPairsWithoutAnApiKey() throws Exception {
		JsonNode answer = reunions("""
				{"people": ["Lee Choong Hyun", "Jeon Jong Seo", "Kim Ji Hoon", "Park Yu Rim"],
				 "companies": ["Netflix"], "before": "2023-10-06"}""");

		assertThat(resolved(answer)).containsExactly("Lee Choong Hyun=Lee Chung-hyun", "Jeon Jong Seo=Jeon Jong-seo",
				"Kim Ji Hoon=Kim Ji-hoon", "Park Yu Rim=Park Yu-rim");
		assertThat(answer.path("ambiguous").isEmpty()).isTrue();
		assertThat(pairs(answer)).containsExactlyInAnyOrder("Jeon Jong-seo + Lee Chung-hyun: [The Call]",
				"Jeon Jong-seo + Kim Ji-hoon: [Money Heist: Korea – Joint Economic Area]");
		assertThat(answer.path("text").asString()).contains(
				"Lee Chung-hyun and Jeon Jong-seo worked together before on *The Call* (2020).",
				"Jeon Jong-seo and Kim Ji-hoon worked together before on *Money Heist: Korea – Joint Economic Area* (2022).");
	}

	@Test
	void newsSpellingHangulAndIdsMixedWithGrayFindGrayWithNetflixByName() throws Exception {
		JsonNode answer = reunions("""
				{"people": ["Lee Choong Hyun", "%s", "김지훈", "Park Yu Rim", "GRAY"],
				 "companies": ["netflix"], "before": "2023-10-06"}""".formatted(JEON_BY_IMDB));

		assertThat(resolved(answer)).containsExactly("Lee Choong Hyun=Lee Chung-hyun", JEON_BY_IMDB + "=Jeon Jong-seo",
				"김지훈=Kim Ji-hoon", "Park Yu Rim=Park Yu-rim", "GRAY=GRAY");
		assertThat(pairs(answer)).containsExactlyInAnyOrder("Jeon Jong-seo + Lee Chung-hyun: [The Call]",
				"Jeon Jong-seo + Kim Ji-hoon: [Money Heist: Korea – Joint Economic Area]");
		assertThat(companies(answer)).contains("GRAY@Netflix: [D.P., Hellbound]");
		assertThat(answer.path("text").asString()).contains("GRAY worked with Netflix before on *D.P.* (2021) and *Hellbound* (2021).");
	}

	@Test
	void aNamesakeMakesTheNameAmbiguousAndTheRestIsStillAnswered() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/test:namesake-film", """
				{"title": "A Namesake's Film", "kind": "movie", "year": 2015,
				 "credits": [{"person": {"id": "test:kim-ji-hoon-1972", "name": "Kim Ji-hoon"}, "role": "director"}]}"""))
			.andExpect(status().isCreated());

		JsonNode answer = reunions("""
				{"people": ["Lee Choong Hyun", "Jeon Jong Seo", "Kim Ji Hoon"], "before": "2023-10-06"}""");

		assertThat(answer.path("ambiguous")).hasSize(1);
		JsonNode kim = answer.path("ambiguous").path(0);
		assertThat(kim.path("query").asString()).isEqualTo("Kim Ji Hoon");
		List<String> candidates = new ArrayList<>();
		kim.path("candidates").forEach((c) -> candidates.add(c.path("name").asString() + " " + titles(c.path("credits"))));
		assertThat(candidates).hasSize(2).contains("Kim Ji-hoon [A Namesake's Film]");
		assertThat(pairs(answer)).containsExactly("Jeon Jong-seo + Lee Chung-hyun: [The Call]");
		assertThat(answer.path("text").asString()).contains("\"Kim Ji Hoon\" names 2 people");

		String actor = kim.path("candidates").findValues("id").stream().map(JsonNode::asString)
			.filter((id) -> !id.equals("test:kim-ji-hoon-1972")).findFirst().orElseThrow();
		JsonNode picked = reunions("""
				{"people": ["Lee Choong Hyun", "Jeon Jong Seo", "%s"], "before": "2023-10-06"}""".formatted(actor));
		assertThat(picked.path("ambiguous").isEmpty()).isTrue();
		assertThat(pairs(picked)).hasSize(2);
	}

	@Test
	void unknownNamesAndCompaniesAreA404ProblemNamingThem() throws Exception {
		this.mvc.perform(post("/api/reunions").contentType(MediaType.APPLICATION_JSON).content("""
				{"people": ["Lee Choong Hyun", "Nobody Q. Unheardof", "imdb:nm0000000"], "companies": ["Netflix", "No Such Pictures"]}"""))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.unknown.people[0]").value("Nobody Q. Unheardof"))
			.andExpect(jsonPath("$.unknown.people[1]").value("imdb:nm0000000"))
			.andExpect(jsonPath("$.unknown.companies[0]").value("No Such Pictures"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Nobody Q. Unheardof")));
	}

	@Test
	void beforeTheirFirstSharedWorkNothingHappenedAndTheTextSaysSoWithTheCompanyGivenById() throws Exception {
		JsonNode answer = reunions("""
				{"people": ["Lee Choong Hyun", "Jeon Jong Seo", "Kim Ji Hoon"], "companies": ["wikidata:Q907311"], "before": "2020-01-01"}""");

		assertThat(answer.path("pairs").isEmpty()).isTrue();
		assertThat(answer.path("companies").isEmpty()).isTrue();
		assertThat(answer.path("text").asString()).isEqualTo("No earlier collaboration between these people before 1 January 2020. "
				+ "None of them worked with Netflix before 1 January 2020.");
	}

	@Test
	void withoutADateEveryWorkCountsBallerinaToo() throws Exception {
		JsonNode answer = reunions("""
				{"people": ["Lee Choong Hyun", "Park Yu Rim"]}""");

		assertThat(pairs(answer)).containsExactly("Lee Chung-hyun + Park Yu-rim: [Ballerina]");
	}

	@Test
	void aRolePerPersonRestrictsWhichOfTheirCreditsCount() throws Exception {
		JsonNode answer = reunions("""
				{"people": ["Lee Choong Hyun", "Jeon Jong Seo", "Kim Ji Hoon"], "before": "2023-10-06",
				 "roles": {"Lee Choong Hyun": "actor"}}""");

		assertThat(pairs(answer)).containsExactly("Jeon Jong-seo + Kim Ji-hoon: [Money Heist: Korea – Joint Economic Area]");
	}

	@Test
	void badBodiesAre400ProblemsNamingTheField() throws Exception {
		badRequest("{}", "people");
		badRequest("{\"people\": []}", "people");
		badRequest("{\"people\": [\"Lee Choong Hyun\", \" \"]}", "people[1]");
		badRequest("{\"people\": [\"" + "x".repeat(201) + "\"]}", "people[0]");
		badRequest("{\"people\": [" + "\"a\",".repeat(50) + "\"a\"]}", "people");
		badRequest("{\"people\": [\"GRAY\"], \"before\": \"6 October 2023\"}", "before");
		badRequest("{\"people\": [\"GRAY\"], \"roles\": {\"GRAY\": \"singer\"}}", "roles.GRAY");
		badRequest("{\"people\": [\"GRAY\"], \"roles\": {\"Someone Else\": \"actor\"}}", "roles.Someone Else");
		badRequest("{\"people\": [\"GRAY\"], \"companies\": [\"\"]}", "companies[0]");
	}

	private void badRequest(String body, String field) throws Exception {
		expect(body, status().isBadRequest(), jsonPath("$.parameter").value(field));
	}

	private void expect(String body, ResultMatcher... matchers) throws Exception {
		var result = this.mvc.perform(post("/api/reunions").contentType(MediaType.APPLICATION_JSON).content(body));
		for (ResultMatcher matcher : matchers) {
			result.andExpect(matcher);
		}
		result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	/** Posted without any API key: the question only reads. */
	private JsonNode reunions(String body) throws Exception {
		return JSON.readTree(this.mvc.perform(post("/api/reunions").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	private static List<String> resolved(JsonNode answer) {
		List<String> people = new ArrayList<>();
		answer.path("people").forEach((p) -> people.add(p.path("query").asString() + "=" + p.path("person").path("name").asString()));
		return people;
	}

	/** Each pair as "name + name: [titles]", names in order. */
	private static List<String> pairs(JsonNode answer) {
		List<String> pairs = new ArrayList<>();
		answer.path("pairs").forEach((pair) -> {
			List<String> names = new ArrayList<>(List.of(pair.path("a").path("name").asString(), pair.path("b").path("name").asString()));
			names.sort(null);
			pairs.add(String.join(" + ", names) + ": " + titles(pair.path("works")));
		});
		return pairs;
	}

	private static List<String> companies(JsonNode answer) {
		List<String> rows = new ArrayList<>();
		answer.path("companies").forEach((row) -> rows.add(row.path("person").path("name").asString() + "@"
				+ row.path("company").path("name").asString() + ": " + titles(row.path("works")).stream().sorted().toList()));
		return rows;
	}

	private static List<String> titles(JsonNode works) {
		List<String> titles = new ArrayList<>();
		works.forEach((w) -> titles.add(w.path("title").asString()));
		return titles;
	}

}
