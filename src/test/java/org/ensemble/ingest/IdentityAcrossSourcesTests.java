package org.ensemble.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.collaboration.BruteForceCollaborations;
import org.ensemble.collaboration.CollaborationRebuild;
import org.ensemble.ingest.parse.ImdbParser;
import org.ensemble.ingest.parse.WikidataParser;
import org.ensemble.support.GraphSnapshot;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One person, one node, whatever the source: the same people and works through IMDb, Wikidata and
 * TMDB, in all six orders, give the same graph; namesakes no id joins stay two.
 *
 * <p>
 * Node ids depend on the order (a node keeps the id it was first stored under), so the graphs are
 * compared with every node named by its external ids, and each collaboration by its two ends unordered.
 */
class IdentityAcrossSourcesTests extends GraphTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String NULL = "\\N";

	@Autowired
	private Imports imports;

	@Autowired
	private CollaborationRebuild rebuild;

	@TempDir
	Path dir;

	@Test
	void theSamePeopleAndWorksThroughThreeSourcesInAnyOrderGiveTheSameGraph() throws Exception {
		Map<String, ImportRequest> sources = new LinkedHashMap<>();
		sources.put("imdb", new ImportRequest.Imdb(imdbFolder(), ImdbParser.DEFAULT_TITLE_TYPES, false));
		sources.put("wikidata", new ImportRequest.Wikidata(wikidataFile(), WikidataParser.DEFAULT_WORK_CLASSES));
		sources.put("tmdb", new ImportRequest.Tmdb(tmdbCredits(), tmdbMovies()));
		Map<String, String> checksums = new TreeMap<>();
		String first = null;
		for (List<String> order : permutations(List.copyOf(sources.keySet()))) {
			GraphSnapshot.emptyDatabase(this.driver);
			for (String source : order) {
				this.imports.run(sources.get(source), new ImportProgress());
			}
			List<String> graph = canonicalGraph();
			if (first == null) {
				first = String.join("\n", graph);
				assertOneNodePerRealPerson();
				BruteForceCollaborations.assertAgreeWithCreditsAndRebuild(this.driver, this.rebuild);
			}
			assertThat(String.join("\n", graph)).as("the graph after %s", order).isEqualTo(first);
			checksums.put(String.join(" > ", order), Integer.toHexString(first.hashCode()));
		}
		assertThat(checksums).hasSize(6);
	}

	/** After the three sources: five people, three works, each reachable by every id it is known by. */
	private void assertOneNodePerRealPerson() throws Exception {
		assertThat(GraphSnapshot.count(this.driver, "MATCH (p:Person) RETURN count(p)")).isEqualTo(5);
		assertThat(GraphSnapshot.count(this.driver, "MATCH (w:Work) RETURN count(w)")).isEqualTo(3);
		String jeon = personId("imdb:nm0000202");
		assertThat(personId("tmdb:person:7002")).isEqualTo(jeon);
		assertThat(personId("wikidata:Q2002")).isEqualTo(jeon);
		JsonNode person = getJson("/api/people/wikidata:Q2002");
		assertThat(person.path("name").asString()).isEqualTo("Jeon Jong-seo");
		List<String> aliases = new ArrayList<>();
		person.path("aliases").forEach((a) -> aliases.add(a.asString()));
		assertThat(aliases).contains("Jong-seo Jun", "전종서");
		assertThat(person.path("imdbId").asString()).isEqualTo("nm0000202");
		assertThat(person.path("tmdbId").asString()).isEqualTo("7002");
		assertThat(person.path("wikidataId").asString()).isEqualTo("Q2002");
		String theCall = getJson("/api/works/imdb:tt0000101").path("id").asString();
		assertThat(getJson("/api/works/tmdb:movie:900").path("id").asString()).isEqualTo(theCall);
		JsonNode work = getJson("/api/works/wikidata:Q1001");
		assertThat(work.path("id").asString()).isEqualTo(theCall);
		assertThat(work.path("title").asString()).isEqualTo("The Call");
		// Each source's credits are its own: the director is credited three times, and pairs once.
		assertThat(GraphSnapshot.count(this.driver, "MATCH (:Person)-[c:DIRECTED]->(:Work) RETURN count(c)")).isEqualTo(3);
		assertThat(GraphSnapshot.count(this.driver, """
				MATCH (:Person {imdbId: 'nm0000201'})-[r:COLLABORATED_WITH]-(:Person {imdbId: 'nm0000202'})
				RETURN sum(r.shared)""")).isEqualTo(1);
		// Namesakes with no id in common stay two.
		assertThat(GraphSnapshot.count(this.driver, """
				MATCH (p:Person) WHERE p.name IN ['Kim Ji-hoon', 'Ji-hoon Kim'] OR 'Ji-hoon Kim' IN coalesce(p.aliases, [])
				RETURN count(p)""")).isEqualTo(2);
		this.mvc.perform(get("/api/people/tmdb:person:99999")).andExpect(status().isNotFound());
	}

	private String personId(String anyId) throws Exception {
		return getJson("/api/people/" + anyId).path("id").asString();
	}

	/** Every node and relationship as a line, nodes named by their external ids rather than their ids. */
	private List<String> canonicalGraph() {
		Map<String, String> names = new HashMap<>();
		List<String> lines = new ArrayList<>();
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE n:Person OR n:Work OR n:Company
					RETURN elementId(n) AS e, labels(n)[0] AS label, properties(n) AS props""").forEachRemaining((r) -> {
				Map<String, Object> props = new TreeMap<>(r.get("props").asMap());
				String name = r.get("label").asString() + "[" + ids(props) + "]";
				names.put(r.get("e").asString(), name);
				props.keySet().removeAll(List.of("id", "createdAt", "updatedAt"));
				lines.add("node " + name + " " + props);
			});
			session.run("""
					MATCH (a)-[r]->(b) WHERE type(r) <> 'COLLABORATED_WITH'
					RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b""")
				.forEachRemaining((r) -> lines.add(names.get(r.get("a").asString()) + " -" + r.get("type").asString() + " "
						+ new TreeMap<>(r.get("props").asMap()) + "-> " + names.get(r.get("b").asString())));
			session.run("""
					MATCH (a)-[r:COLLABORATED_WITH]->(b)
					RETURN elementId(a) AS a, elementId(b) AS b, r.shared AS shared, r.first AS first, r.last AS last""")
				.forEachRemaining((r) -> {
					TreeSet<String> ends = new TreeSet<>(List.of(names.get(r.get("a").asString()), names.get(r.get("b").asString())));
					lines.add("pair " + ends + " shared " + r.get("shared") + " " + r.get("first") + "-" + r.get("last"));
				});
		}
		lines.sort(null);
		return lines;
	}

	private static String ids(Map<String, Object> props) {
		List<String> ids = new ArrayList<>();
		for (String key : List.of("imdbId", "tmdbId", "wikidataId")) {
			if (props.get(key) != null) {
				ids.add(key + "=" + props.get(key));
			}
		}
		return ids.isEmpty() ? String.valueOf(props.get("id")) : String.join(",", ids);
	}

	private static List<List<String>> permutations(List<String> items) {
		if (items.size() <= 1) {
			return List.of(items);
		}
		List<List<String>> all = new ArrayList<>();
		for (String head : items) {
			List<String> rest = new ArrayList<>(items);
			rest.remove(head);
			for (List<String> tail : permutations(rest)) {
				List<String> order = new ArrayList<>(List.of(head));
				order.addAll(tail);
				all.add(order);
			}
		}
		return all;
	}

	/** IMDb's spellings: given name first; a series with an episode; a namesake of Kim Ji-hoon. */
	private Path imdbFolder() throws Exception {
		Path imdb = Files.createDirectories(this.dir.resolve("imdb"));
		String titleHeader = "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres";
		Fixtures.writeLines(imdb, "title.basics.tsv", List.of(titleHeader,
				String.join("\t", "tt0000101", "movie", "Call", "Kol", "0", "2020", NULL, "112", "Thriller"),
				String.join("\t", "tt0000102", "tvSeries", "Money Heist: Korea", "Money Heist: Korea", "0", "2022", NULL, NULL, "Crime"),
				String.join("\t", "tt0000103", "tvEpisode", "Episode #1.1", "Episode #1.1", "0", "2022", NULL, NULL, "Crime"),
				String.join("\t", "tt0000104", "movie", "Other Film", "Other Film", "0", "2015", NULL, NULL, "Drama")));
		Fixtures.writeLines(imdb, "title.episode.tsv",
				List.of("tconst\tparentTconst\tseasonNumber\tepisodeNumber", "tt0000103\ttt0000102\t1\t1"));
		Fixtures.writeLines(imdb, "title.principals.tsv", List.of("tconst\tordering\tnconst\tcategory\tjob\tcharacters",
				String.join("\t", "tt0000101", "1", "nm0000202", "actress", NULL, "[\"Young-sook\"]"),
				String.join("\t", "tt0000101", "2", "nm0000201", "director", NULL, NULL),
				String.join("\t", "tt0000103", "1", "nm0000202", "actress", NULL, "[\"Tokyo\"]"),
				String.join("\t", "tt0000103", "2", "nm0000203", "actor", NULL, "[\"Moscow\"]"),
				String.join("\t", "tt0000104", "1", "nm0000204", "actor", NULL, NULL)));
		Fixtures.writeLines(imdb, "name.basics.tsv", List.of(
				"nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles",
				String.join("\t", "nm0000201", "Chung-hyun Lee", "1990", NULL, "director", "tt0000101"),
				String.join("\t", "nm0000202", "Jong-seo Jun", "1994", NULL, "actress", "tt0000101"),
				String.join("\t", "nm0000203", "Ji-hoon Kim", NULL, NULL, "actor", "tt0000102"),
				String.join("\t", "nm0000204", "Ji-hoon Kim", "1960", NULL, "actor", "tt0000104")));
		return imdb;
	}

	/** TMDB's spellings; no IMDb ids, so TMDB and IMDb meet only through Wikidata. */
	private Path tmdbCredits() throws Exception {
		String cast = JSON.writeValueAsString(List.of(
				Map.of("cast_id", 1, "character", "Young-sook", "credit_id", "c1", "gender", 1, "id", 7002, "name",
						"Jeon Jong-seo", "order", 0),
				Map.of("cast_id", 2, "character", "Seo-yeon", "credit_id", "c2", "gender", 1, "id", 7005, "name",
						"Park Shin-hye", "order", 1)));
		String crew = JSON.writeValueAsString(List.of(Map.of("credit_id", "c3", "department", "Directing", "gender", 2,
				"id", 7001, "job", "Director", "name", "Lee Chung-hyun")));
		return Fixtures.writeLines(Files.createDirectories(this.dir.resolve("tmdb")), "tmdb_5000_credits.csv",
				List.of("movie_id,title,cast,crew", "900,The Call," + csv(cast) + "," + csv(crew)));
	}

	private Path tmdbMovies() throws Exception {
		return Fixtures.writeLines(Files.createDirectories(this.dir.resolve("tmdb")), "tmdb_5000_movies.csv",
				List.of("id,title,original_title,release_date,production_companies", "900,The Call,콜,2020-11-27,[]"));
	}

	private static String csv(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	/** Wikidata: the names as the press spells them, Hangul, and the ids that join the other two. */
	private Path wikidataFile() throws Exception {
		List<String> lines = new ArrayList<>();
		lines.add(entity("Q1001", Map.of("en", "The Call", "ko", "콜"), List.of(item("P31", "Q11424"),
				time("P577", "+2020-11-27T00:00:00Z"), item("P57", "Q2001"), item("P161", "Q2002"),
				item("P750", "Q907311"), string("P345", "tt0000101"), string("P4947", "900")), Map.of()));
		lines.add(entity("Q1002", Map.of("en", "Money Heist: Korea – Joint Economic Area", "ko", "종이의 집: 공동경제구역"),
				List.of(item("P31", "Q5398426"), time("P577", "+2022-06-24T00:00:00Z"), item("P161", "Q2002"),
						item("P161", "Q2003"), item("P449", "Q907311"), string("P345", "tt0000102")), Map.of()));
		lines.add(entity("Q2001", Map.of("en", "Lee Chung-hyun", "ko", "이충현"), List.of(item("P31", "Q5"),
				string("P345", "nm0000201"), string("P4985", "7001")), Map.of("en", List.of("Lee Choong Hyun"))));
		lines.add(entity("Q2002", Map.of("en", "Jeon Jong-seo", "ko", "전종서"), List.of(item("P31", "Q5"),
				string("P345", "nm0000202"), string("P4985", "7002")), Map.of()));
		lines.add(entity("Q2003", Map.of("en", "Kim Ji-hoon", "ko", "김지훈"), List.of(item("P31", "Q5"),
				string("P345", "nm0000203")), Map.of()));
		lines.add(entity("Q907311", Map.of("en", "Netflix"), List.of(), Map.of()));
		return Fixtures.writeLines(Files.createDirectories(this.dir.resolve("wikidata")), "extract.ndjson", lines);
	}

	private static String entity(String id, Map<String, String> labels, List<Map<String, Object>> claims,
			Map<String, List<String>> aliases) throws Exception {
		Map<String, Object> labelMap = new TreeMap<>();
		labels.forEach((lang, value) -> labelMap.put(lang, Map.of("language", lang, "value", value)));
		Map<String, Object> aliasMap = new TreeMap<>();
		aliases.forEach((lang, values) -> aliasMap.put(lang,
				values.stream().map((v) -> Map.of("language", lang, "value", v)).toList()));
		Map<String, List<Map<String, Object>>> byProperty = new LinkedHashMap<>();
		for (Map<String, Object> claim : claims) {
			@SuppressWarnings("unchecked")
			String property = (String) ((Map<String, Object>) claim.get("mainsnak")).get("property");
			byProperty.computeIfAbsent(property, (p) -> new ArrayList<>()).add(claim);
		}
		return JSON.writeValueAsString(Map.of("type", "item", "id", id, "labels", labelMap, "aliases", aliasMap, "claims",
				byProperty));
	}

	private static Map<String, Object> statement(String property, Object value, String type) {
		return Map.of("mainsnak", Map.of("snaktype", "value", "property", property, "datavalue",
				Map.of("value", value, "type", type)), "type", "statement", "rank", "normal");
	}

	private static Map<String, Object> item(String property, String q) {
		return statement(property, Map.of("entity-type", "item", "numeric-id", Integer.parseInt(q.substring(1)), "id", q),
				"wikibase-entityid");
	}

	private static Map<String, Object> string(String property, String value) {
		return statement(property, value, "string");
	}

	private static Map<String, Object> time(String property, String value) {
		return statement(property, Map.of("time", value, "timezone", 0, "before", 0, "after", 0, "precision", 11,
				"calendarmodel", "http://www.wikidata.org/entity/Q1985727"), "time");
	}

	private JsonNode getJson(String path) throws Exception {
		return JSON.readTree(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
	}

}
