package org.ensemble.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.catalog.CatalogStats;
import org.ensemble.ingest.parse.ImdbParser;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The real data sets beside the project ({@code ../shared/data}), skipped where they are absent. The
 * numbers come from {@code src/test/resources/ingest/graph/expected_graph.py} over the same files:
 * distinct (movie, person, role) credits with the DESIGN.md §4 mapping, people by distinct id,
 * collaborations as distinct unordered pairs of people credited on a common movie. The import's time
 * and rates are printed, not asserted.
 */
class FullDataImportTests extends GraphTestSupport {

	private static final Path TMDB = Fixtures.SHARED_DATA.resolve("tmdb5000");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path IMDB = Fixtures.SHARED_DATA.resolve("imdb-sample");

	private static final CsvMapper CSV = CsvMapper.builder().build();

	/** The TMDB crew jobs DESIGN.md §4 credits; every cast member is credited. */
	private static final Set<String> CREDITED_JOBS = Set.of("Director", "Original Music Composer", "Music", "Screenplay",
			"Writer", "Producer", "Director of Photography", "Editor");

	/** Ordered (director, actor) pairs with two or more works that a directed and b acted in. */
	private static final String ORDERED_FROM_CREDITS = """
			MATCH (a:Person)-[:DIRECTED]->(w:Work)<-[:ACTED_IN]-(b:Person)
			WHERE a <> b
			WITH a, b, count(DISTINCT w) AS shared WHERE shared >= 2
			RETURN count(*) AS pairs""";

	/** The same, with a pair's two directions counted together as the first release did. */
	private static final String UNORDERED_FROM_CREDITS = """
			MATCH (a:Person)-[:DIRECTED]->(w:Work)<-[:ACTED_IN]-(b:Person)
			WHERE a <> b
			WITH CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y, w
			WITH x, y, count(DISTINCT w) AS shared WHERE shared >= 2
			RETURN count(*) AS pairs""";

	private static final String DIRECTED_AND_ACTED = """
			MATCH (a:Person {id: $a})-[:DIRECTED]->(w:Work)<-[:ACTED_IN]-(b:Person {id: $b})
			RETURN count(DISTINCT w) AS shared""";

	@Autowired
	private Imports imports;

	@Autowired
	private CatalogStats stats;

	@Test
	void theFullTmdb5000ImportsWithTheIndependentlyCountedGraph() throws Exception {
		Path credits = TMDB.resolve("tmdb_5000_credits.csv.gz");
		Path movies = TMDB.resolve("tmdb_5000_movies.csv.gz");
		assumeTrue(Files.isReadable(credits) && Files.isReadable(movies), "TMDB 5000 is not in " + TMDB);

		ImportReport report = this.imports.run(new ImportRequest.Tmdb(credits, movies), new ImportProgress());
		System.out.print(report.describe());
		System.out.printf("TMDB 5000: %.1f s, %,.0f credits/s, collaborations rebuilt at %,.0f/s%n", report.millis() / 1000.0,
				report.creditsPerSecond(), report.collaborationsPerSecond());

		assertThat(report.skipped()).isZero();
		assertThat(report.worksRead()).isEqualTo(4_803);
		assertThat(report.creditsStored()).isEqualTo(141_273);
		CatalogStats.Stats stats = this.stats.current();
		assertThat(stats.works()).isEqualTo(4_803);
		assertThat(stats.people()).isEqualTo(66_506);
		assertThat(stats.credits()).isEqualTo(Map.of("director", 5_166L, "actor", 106_084L, "composer", 4_115L, "writer",
				7_327L, "producer", 10_206L, "cinematographer", 3_676L, "editor", 4_699L));
		assertThat(stats.totalCredits()).isEqualTo(141_273);
		assertThat(stats.collaborations()).isEqualTo(2_805_032);
		assertThat(report.collaborations()).isEqualTo(2_805_032);
		directorActorPairingsAreOrdered();
		productionCompaniesAreStoredAndReunite(credits, movies);
	}

	/**
	 * Companies and RELEASED_BY as counted from the CSV with Jackson (not the importer's reader), and the
	 * company reunions of the movie with the most of them, computed from the CSV: for each member and
	 * each of the movie's production companies, the strictly earlier movies of that company the member
	 * was credited on.
	 */
	private void productionCompaniesAreStoredAndReunite(Path creditsFile, Path moviesFile) throws Exception {
		Map<String, TmdbMovie> movies = new HashMap<>();
		for (Map<String, String> row : csv(moviesFile)) {
			Set<String> companies = new TreeSet<>();
			JSON.readTree(row.get("production_companies")).forEach((c) -> companies.add(c.path("id").asString()));
			movies.put(row.get("id"), new TmdbMovie(row.get("release_date"), companies));
		}
		Map<String, Set<String>> teams = new HashMap<>();
		Map<String, List<String>> moviesOf = new HashMap<>();
		for (Map<String, String> row : csv(creditsFile)) {
			Set<String> team = new HashSet<>();
			JSON.readTree(row.get("cast")).forEach((p) -> team.add(p.path("id").asString()));
			for (JsonNode crew : JSON.readTree(row.get("crew"))) {
				if (CREDITED_JOBS.contains(crew.path("job").asString())) {
					team.add(crew.path("id").asString());
				}
			}
			teams.put(row.get("movie_id"), team);
			team.forEach((p) -> moviesOf.computeIfAbsent(p, (k) -> new ArrayList<>()).add(row.get("movie_id")));
		}
		Set<String> companies = new HashSet<>();
		long releases = 0;
		for (String movie : teams.keySet()) {
			companies.addAll(movies.get(movie).companies());
			releases += movies.get(movie).companies().size();
		}
		System.out.printf("TMDB 5000: %,d production companies, %,d RELEASED_BY%n", companies.size(), releases);
		assertThat(this.stats.current().companies()).isEqualTo(companies.size());
		assertThat(count("MATCH (:Work)-[r:RELEASED_BY {role: 'production'}]->(:Company) RETURN count(r)"))
			.isEqualTo(releases);
		assertThat(count("MATCH ()-[r:RELEASED_BY]->() RETURN count(r)")).isEqualTo(releases);

		String best = null;
		Set<String> expected = Set.of();
		for (String work : new TreeSet<>(teams.keySet())) {
			Set<String> reunions = companyReunions(work, movies, teams, moviesOf);
			if (reunions.size() > expected.size()) {
				best = work;
				expected = reunions;
			}
		}
		JsonNode answer = json("/api/works/tmdb:movie:" + best + "/reunions");
		Set<String> found = new HashSet<>();
		for (JsonNode row : answer.path("companies")) {
			Set<String> works = new TreeSet<>();
			row.path("works").forEach((w) -> works.add(w.path("id").asString()));
			found.add(row.path("person").path("id").asString() + " " + row.path("company").path("id").asString() + " " + works);
		}
		System.out.printf("company reunions of tmdb:movie:%s: %d%n", best, expected.size());
		assertThat(found).as("company reunions of tmdb:movie:%s", best).isEqualTo(expected);
	}

	/** "person company [earlier works]" for each member who worked earlier with one of the work's companies. */
	private static Set<String> companyReunions(String work, Map<String, TmdbMovie> movies, Map<String, Set<String>> teams,
			Map<String, List<String>> moviesOf) {
		TmdbMovie movie = movies.get(work);
		Set<String> reunions = new HashSet<>();
		if (movie.released().isEmpty()) {
			return reunions;
		}
		for (String person : teams.get(work)) {
			for (String company : movie.companies()) {
				Set<String> earlier = new TreeSet<>();
				for (String other : moviesOf.get(person)) {
					TmdbMovie before = movies.get(other);
					if (!before.released().isEmpty() && before.released().compareTo(movie.released()) < 0
							&& before.companies().contains(company)) {
						earlier.add("tmdb:movie:" + other);
					}
				}
				if (!earlier.isEmpty()) {
					reunions.add("tmdb:person:" + person + " tmdb:company:" + company + " " + earlier);
				}
			}
		}
		return reunions;
	}

	private record TmdbMovie(String released, Set<String> companies) {
	}

	private static List<Map<String, String>> csv(Path gzip) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip));
				MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class)
					.with(CsvSchema.emptySchema().withHeader())
					.readValues(in)) {
			return rows.readAll();
		}
	}

	/**
	 * Ordered director–actor pairings: 3,909 (director, actor) pairs share two or more works, as many as
	 * a count straight from the credits finds, where the unordered count of the first release found
	 * 3,913 (pairs who directed each other); every row of the top page names the director first, and
	 * its count is the number of works that a directed and b acted in.
	 */
	private void directorActorPairingsAreOrdered() throws Exception {
		long start = System.nanoTime();
		JsonNode directorActor = json("/api/pairings?roles=director,actor&minShared=2");
		System.out.printf("roles=director,actor&minShared=2: total %d in %d ms%n", directorActor.path("total").asInt(),
				(System.nanoTime() - start) / 1_000_000);
		assertThat(directorActor.path("total").asInt()).isEqualTo(3_909);
		assertThat(count(ORDERED_FROM_CREDITS)).as("ordered pairs counted from the credits").isEqualTo(3_909);
		assertThat(count(UNORDERED_FROM_CREDITS)).as("unordered pairs, as the first release counted them").isEqualTo(3_913);
		assertThat(directorActor.path("pairings")).isNotEmpty();
		int previous = Integer.MAX_VALUE;
		for (JsonNode row : directorActor.path("pairings")) {
			String a = row.path("a").path("id").asString();
			String b = row.path("b").path("id").asString();
			int shared = row.path("shared").asInt();
			assertThat(shared).as("%s>%s", a, b).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(previous);
			assertThat(directedAndActed(a, b)).as("works that %s directed and %s acted in", a, b).isEqualTo(shared);
			previous = shared;
		}
		assertThat(json("/api/pairings?roles=actor,director&minShared=2").path("total").asInt()).isEqualTo(3_909);
	}

	private JsonNode json(String url) throws Exception {
		return JSON.readTree(this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private long count(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	private int directedAndActed(String a, String b) {
		try (var session = this.driver.session()) {
			return session.run(DIRECTED_AND_ACTED, Map.of("a", a, "b", b)).single().get("shared").asInt();
		}
	}

	@Test
	void theImdbSampleImportsWithTheIndependentlyCountedGraph() {
		assumeTrue(Files.isReadable(IMDB.resolve("title.principals.tsv")), "the IMDb sample is not in " + IMDB);

		ImportReport report = this.imports.run(new ImportRequest.Imdb(IMDB, ImdbParser.DEFAULT_TITLE_TYPES, false),
				new ImportProgress());
		System.out.print(report.describe());

		assertThat(report.worksRead()).isEqualTo(1_994);
		CatalogStats.Stats stats = this.stats.current();
		assertThat(stats.works()).isEqualTo(1_994);
		// 9,570 people credited, five of them missing from name.basics: kept with the id as the name.
		assertThat(stats.people()).isEqualTo(9_570);
		assertThat(report.skippedLines()).filteredOn((skip) -> skip.reason().contains("not in name.basics")).hasSize(5);
		assertThat(stats.credits()).isEqualTo(Map.of("director", 1_712L, "actor", 4_791L, "composer", 702L, "writer", 1_091L,
				"producer", 1_346L, "cinematographer", 835L, "editor", 471L));
		assertThat(stats.collaborations()).isEqualTo(35_007);
	}

	/** Millions of collaborations: removed in small transactions before the next test empties the rest. */
	@AfterEach
	void dropCollaborations() {
		try (var session = this.driver.session()) {
			session.run("""
					MATCH ()-[r:COLLABORATED_WITH]->()
					CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS""").consume();
		}
	}

}
