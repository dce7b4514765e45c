package org.ensemble.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.catalog.CreditInput;
import org.ensemble.collaboration.BruteForceCollaborations;
import org.ensemble.collaboration.CollaborationRebuild;
import org.ensemble.ingest.parse.ImdbParser;
import org.ensemble.support.GraphSnapshot;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Series and their episodes from IMDb's files: the default title types, episode credits rolled up
 * onto their series with {@code title.episode}, {@code --episodes keep}, and the rule that two people
 * pair on a series only when they share an episode or are both credited on the series itself.
 */
class ImdbEpisodesImportTests extends GraphTestSupport {

	private static final String NULL = "\\N";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The series, its episodes E1–E3, and who is credited where. */
	private static final String SERIES = "tt0100001";

	@Autowired
	private Imports imports;

	@Autowired
	private CollaborationRebuild rebuild;

	@TempDir
	Path dir;

	@Test
	void defaultsImportSeriesMiniseriesAndSpecialsAndRollEpisodeCreditsUpOntoTheirSeries() throws Exception {
		ImportReport report = this.imports.run(imdb(folder(), ImdbParser.Episodes.ROLL_UP), new ImportProgress());

		assertThat(ids("MATCH (w:Work) RETURN w.id AS id")).containsExactlyInAnyOrder("imdb:tt0100001", "imdb:tt0100002",
				"imdb:tt0100003", "imdb:tt0100004");
		assertThat(single("MATCH (w:Work {id: 'imdb:tt0100001'}) RETURN w.kind AS kind").get("kind").asString())
			.isEqualTo("series");
		assertThat(single("MATCH (w:Work {id: 'imdb:tt0100003'}) RETURN w.kind AS kind").get("kind").asString())
			.isEqualTo("tv_special");
		// The composer of two episodes: one credit on the series, listing both.
		Record composer = single("""
				MATCH (:Person {id: 'imdb:nm0000001'})-[c:COMPOSED]->(:Work {id: 'imdb:tt0100001'})
				RETURN count(c) AS credits, collect(c.episodes)[0] AS episodes, collect(c.onWork)[0] AS onWork""");
		assertThat(composer.get("credits").asLong()).isOne();
		assertThat(composer.get("episodes").asList(Value::asString)).containsExactly("imdb:tt0200001", "imdb:tt0200002");
		assertThat(composer.get("onWork").isNull()).isTrue();
		// Credited on the series itself and on an episode: one credit that says both.
		Record lead = single("""
				MATCH (:Person {id: 'imdb:nm0000004'})-[c:ACTED_IN]->(:Work {id: 'imdb:tt0100001'})
				RETURN c.episodes AS episodes, c.onWork AS onWork, c.characters AS characters, c.billing AS billing""");
		assertThat(lead.get("episodes").asList(Value::asString)).containsExactly("imdb:tt0200003");
		assertThat(lead.get("onWork").asBoolean()).isTrue();
		assertThat(lead.get("characters").asList(Value::asString)).containsExactly("Min-ji");
		assertThat(lead.get("billing").asInt()).isZero();
		// Only on the series: a plain credit.
		assertThat(single("""
				MATCH (:Person {id: 'imdb:nm0000005'})-[c:ACTED_IN]->(:Work {id: 'imdb:tt0100001'}) RETURN keys(c) AS keys""")
			.get("keys").asList(Value::asString)).doesNotContain("episodes", "onWork");
		// Rolled up: E1 two rows, E2 three, E3 two; the episode of a missing series is left out and said so.
		assertThat(report.episodeCreditsRolledUp()).isEqualTo(7);
		assertThat(report.episodeCreditsWithoutSeries()).isEqualTo(1);
		assertThat(report.skippedLines()).anySatisfy((skip) -> assertThat(skip.toString()).contains("title.principals.tsv")
			.contains("tt0200009").contains("tt0999999"));
		assertThat(report.describe()).contains("7 episode credit rows rolled up");
		// Nobody is created for the credit that was left out, nor for the episode of a series filtered out.
		assertThat(ids("MATCH (p:Person) RETURN p.id AS id")).doesNotContain("imdb:nm0000007", "imdb:nm0000008");
		assertThat(ids("MATCH (p:Person) WHERE NOT (p)-->(:Work) RETURN p.id AS id")).isEmpty();
	}

	@Test
	void twoPeoplePairOnASeriesOnlyWhenTheyShareAnEpisodeOrAreBothOnTheSeriesItself() throws Exception {
		this.imports.run(imdb(folder(), ImdbParser.Episodes.ROLL_UP), new ImportProgress());

		assertThat(pairsOn("imdb:tt0100001")).containsExactlyInAnyOrder(
				// E1 and E2: the series counts once.
				"nm0000001-nm0000002:1", "nm0000001-nm0000003:1", "nm0000002-nm0000003:1",
				// E3
				"nm0000003-nm0000004:1",
				// The series itself
				"nm0000004-nm0000005:1", "nm0000005-nm0000006:1",
				// The series itself, and The Call
				"nm0000004-nm0000006:2");
		assertThat(worksTogether("imdb:nm0000001,imdb:nm0000002")).containsExactly("imdb:tt0100001");
		assertThat(worksTogether("imdb:nm0000001,imdb:nm0000005")).isEmpty();
		assertThat(worksTogether("imdb:nm0000001,imdb:nm0000004")).isEmpty();
		JsonNode collaborators = getJson("/api/people/imdb:nm0000005/collaborators?role=actor");
		List<String> found = new ArrayList<>();
		collaborators.path("collaborators").forEach((c) -> found.add(c.path("person").path("id").asString()));
		assertThat(found).containsExactlyInAnyOrder("imdb:nm0000004", "imdb:nm0000006");
		BruteForceCollaborations.assertAgreeWithCreditsAndRebuild(this.driver, this.rebuild);
	}

	@Test
	void withEpisodesKeptEachEpisodeIsAWorkOfItsOwnAndNothingRollsUp() throws Exception {
		ImportReport report = this.imports.run(imdb(folder(), ImdbParser.Episodes.KEEP), new ImportProgress());

		assertThat(ids("MATCH (w:Work {kind: 'tv_episode'}) RETURN w.id AS id")).contains("imdb:tt0200001",
				"imdb:tt0200002", "imdb:tt0200003");
		assertThat(report.episodeCreditsRolledUp()).isZero();
		assertThat(ids("MATCH (p:Person)-->(:Work {id: 'imdb:tt0100001'}) RETURN p.id AS id"))
			.containsExactlyInAnyOrder("imdb:nm0000004", "imdb:nm0000005", "imdb:nm0000006");
		assertThat(GraphSnapshot.count(this.driver, "MATCH ()-[c]->() WHERE c.episodes IS NOT NULL RETURN count(c)")).isZero();
		assertThat(ids("MATCH (:Person {id: 'imdb:nm0000001'})-[:COMPOSED]->(w) RETURN w.id AS id"))
			.containsExactlyInAnyOrder("imdb:tt0200001", "imdb:tt0200002");
	}

	/**
	 * A soap: 1,500 episodes drawn from 300 people, four a time, and five on the series itself. The pairs are
	 * those of each episode's team and of the series' own cast, far fewer than the 44,850 of everyone ever
	 * credited; the stored collaborations are exactly those, and a rebuild agrees.
	 */
	@Test
	void aLongRunningSeriesPairsItsEpisodesTeamsNotEveryoneEverCredited() throws Exception {
		Random random = new Random(13);
		List<String> basics = new ArrayList<>(List.of(titleHeader(), title("tt0300000", "tvSeries", "Long Soap", "1990")));
		List<String> episodes = new ArrayList<>(List.of("tconst\tparentTconst\tseasonNumber\tepisodeNumber"));
		List<String> principals = new ArrayList<>(List.of(principalsHeader()));
		Set<String> expected = new TreeSet<>();
		List<String> cast = List.of("nm0500000", "nm0500001", "nm0500002", "nm0500003", "nm0500004");
		for (int i = 0; i < cast.size(); i++) {
			principals.add(principal("tt0300000", i + 1, cast.get(i), "actress"));
		}
		pairsAmong(cast, expected);
		for (int e = 1; e <= 1_500; e++) {
			String episode = "tt%07d".formatted(3_000_000 + e);
			episodes.add(String.join("\t", episode, "tt0300000", "1", String.valueOf(e)));
			Set<String> team = new TreeSet<>();
			while (team.size() < 4) {
				team.add("nm%07d".formatted(500_000 + random.nextInt(300)));
			}
			int ordering = 1;
			for (String person : team) {
				principals.add(principal(episode, ordering++, person, (ordering % 2 == 0) ? "actor" : "director"));
			}
			pairsAmong(List.copyOf(team), expected);
		}
		Path soap = Files.createDirectory(this.dir.resolve("soap"));
		Fixtures.writeLines(soap, "title.basics.tsv", basics);
		Fixtures.writeLines(soap, "title.episode.tsv", episodes);
		Fixtures.writeLines(soap, "title.principals.tsv", principals);
		Fixtures.writeLines(soap, "name.basics.tsv", List.of(nameHeader()));

		ImportReport report = this.imports.run(imdb(soap, ImdbParser.Episodes.ROLL_UP), new ImportProgress());

		assertThat(report.episodeCreditsRolledUp()).isEqualTo(6_000);
		assertThat(report.collaborations()).isEqualTo(expected.size()).isLessThan(44_850 / 3);
		assertThat(new TreeSet<>(pairsOn("imdb:tt0300000").stream().map((p) -> p.substring(0, p.indexOf(':'))).toList()))
			.isEqualTo(expected);
		BruteForceCollaborations.assertAgreeWithCreditsAndRebuild(this.driver, this.rebuild);
	}

	/**
	 * A voice actor who plays a new character in each of 80 episodes, and a crew member with a new job in
	 * each: the series is imported with one credit each, holding as many characters and jobs as a credit
	 * takes, the first met. Before, the series failed its validation and was left out whole.
	 */
	@Test
	void aSeriesWithMoreCharactersThanACreditHoldsIsImportedWithTheFirstOnes() throws Exception {
		List<String> episodes = new ArrayList<>(List.of("tconst\tparentTconst\tseasonNumber\tepisodeNumber"));
		List<String> principals = new ArrayList<>(List.of(principalsHeader(),
				principal("tt0400000", 1, "nm0600000", "actor", "[\"Narrator\"]")));
		for (int e = 1; e <= 80; e++) {
			String episode = "tt%07d".formatted(4_000_000 + e);
			episodes.add(String.join("\t", episode, "tt0400000", "1", String.valueOf(e)));
			principals.add(principal(episode, 1, "nm0600000", "actor", "[\"Voice " + e + "\"]"));
			principals.add(String.join("\t", episode, "2", "nm0600001", "editor", "assistant editor " + e, NULL));
		}
		Path cartoon = Files.createDirectory(this.dir.resolve("cartoon"));
		Fixtures.writeLines(cartoon, "title.basics.tsv",
				List.of(titleHeader(), title("tt0400000", "tvSeries", "Long Cartoon", "1989")));
		Fixtures.writeLines(cartoon, "title.episode.tsv", episodes);
		Fixtures.writeLines(cartoon, "title.principals.tsv", principals);
		Fixtures.writeLines(cartoon, "name.basics.tsv", List.of(nameHeader(), name("nm0600000"), name("nm0600001")));

		ImportReport report = this.imports.run(imdb(cartoon, ImdbParser.Episodes.ROLL_UP), new ImportProgress());

		assertThat(report.skippedLines()).isEmpty();
		Record voice = single("""
				MATCH (:Person {id: 'imdb:nm0600000'})-[c:ACTED_IN]->(:Work {id: 'imdb:tt0400000'})
				RETURN c.characters AS characters, size(c.episodes) AS episodes""");
		List<String> played = voice.get("characters").asList(Value::asString);
		assertThat(played).hasSize(CreditInput.MAX_CHARACTERS).startsWith("Narrator", "Voice 1", "Voice 2").endsWith("Voice 49");
		assertThat(voice.get("episodes").asInt()).isEqualTo(80);
		String job = single("""
				MATCH (:Person {id: 'imdb:nm0600001'})-[c:EDITED]->(:Work {id: 'imdb:tt0400000'}) RETURN c.job AS job""")
			.get("job")
			.asString();
		assertThat(job).startsWith("assistant editor 1, assistant editor 2, ").hasSizeLessThanOrEqualTo(CreditInput.MAX_JOB);
		assertThat(job.length()).isGreaterThan(CreditInput.MAX_JOB - "assistant editor 10, ".length());
	}

	/** A series' credits are stored once the whole file is read; a report on them names the series' first row. */
	@Test
	void aSeriesThatFailsItsValidationIsReportedAtItsFirstRow() throws Exception {
		Path bad = Files.createDirectory(this.dir.resolve("bad"));
		Fixtures.writeLines(bad, "title.basics.tsv", List.of(titleHeader(), title("tt0500000", "tvSeries", "Bad Series", "2001"),
				title("tt0600000", "movie", "A Film", "2002")));
		Fixtures.writeLines(bad, "title.episode.tsv", List.of("tconst\tparentTconst\tseasonNumber\tepisodeNumber",
				"tt0500001\ttt0500000\t1\t1"));
		Fixtures.writeLines(bad, "title.principals.tsv", List.of(principalsHeader(),
				principal("tt0500001", 1, "nm0700000", "actor", "[\"" + "x".repeat(501) + "\"]"),
				principal("tt0600000", 1, "nm0700000", "actor"),
				principal("tt0600000", 2, "nm0700001", "actor")));
		Fixtures.writeLines(bad, "name.basics.tsv", List.of(nameHeader(), name("nm0700000"), name("nm0700001")));

		ImportReport report = this.imports.run(imdb(bad, ImdbParser.Episodes.ROLL_UP), new ImportProgress());

		assertThat(report.skippedLines()).singleElement()
			.satisfies((skip) -> assertThat(skip.toString()).startsWith("title.principals.tsv:2: work imdb:tt0500000"));
		assertThat(ids("MATCH (w:Work) RETURN w.id AS id")).containsExactly("imdb:tt0600000");
	}

	private static void pairsAmong(List<String> people, Set<String> pairs) {
		for (int i = 0; i < people.size(); i++) {
			for (int j = i + 1; j < people.size(); j++) {
				String a = people.get(i);
				String b = people.get(j);
				pairs.add((a.compareTo(b) < 0) ? a + "-" + b : b + "-" + a);
			}
		}
	}

	/** A series with three episodes; a miniseries, a special and a film; an episode whose series is missing. */
	private Path folder() throws Exception {
		Path imdb = Files.createDirectories(this.dir.resolve("imdb"));
		Fixtures.writeLines(imdb, "title.basics.tsv", List.of(titleHeader(),
				title(SERIES, "tvSeries", "Money Heist: Korea", "2022"),
				title("tt0100002", "tvMiniSeries", "D.P.", "2021"),
				title("tt0100003", "tvSpecial", "A Special", "2020"),
				title("tt0100004", "movie", "The Call", "2020"),
				title("tt0100005", "tvSeries", "Left Out", "2019").replace("\t0\t", "\t1\t"),
				title("tt0200001", "tvEpisode", "Episode 1", "2022"),
				title("tt0200002", "tvEpisode", "Episode 2", "2022"),
				title("tt0200003", "tvEpisode", "Episode 3", "2022"),
				title("tt0200007", "tvEpisode", "Episode of an adult series", "2019"),
				title("tt0200009", "tvEpisode", "Episode of a missing series", "2019")));
		Fixtures.writeLines(imdb, "title.episode.tsv", List.of("tconst\tparentTconst\tseasonNumber\tepisodeNumber",
				"tt0200001\ttt0100001\t1\t1", "tt0200002\ttt0100001\t1\t2", "tt0200003\ttt0100001\t1\t3",
				"tt0200007\ttt0100005\t1\t1", "tt0200009\ttt0999999\t" + NULL + "\t" + NULL));
		Fixtures.writeLines(imdb, "title.principals.tsv", List.of(principalsHeader(),
				principal(SERIES, 1, "nm0000004", "actress", "[\"Min-ji\"]"),
				principal(SERIES, 2, "nm0000005", "actor"),
				principal(SERIES, 3, "nm0000006", "actor"),
				principal("tt0100004", 1, "nm0000004", "actress"),
				principal("tt0100004", 2, "nm0000006", "director"),
				principal("tt0200001", 1, "nm0000001", "composer"),
				principal("tt0200001", 2, "nm0000002", "director"),
				principal("tt0200002", 1, "nm0000001", "composer"),
				principal("tt0200002", 2, "nm0000002", "director"),
				principal("tt0200002", 3, "nm0000003", "actor", "[\"Jun-ho\"]"),
				principal("tt0200003", 1, "nm0000003", "actor", "[\"Jun-ho\"]"),
				principal("tt0200003", 2, "nm0000004", "actress", "[\"Min-ji\"]"),
				principal("tt0200007", 1, "nm0000008", "actor"),
				principal("tt0200009", 1, "nm0000007", "writer")));
		List<String> names = new ArrayList<>(List.of(nameHeader()));
		for (int i = 1; i <= 8; i++) {
			names.add(String.join("\t", "nm000000" + i, "Person " + i, NULL, NULL, "actor", NULL));
		}
		Fixtures.writeLines(imdb, "name.basics.tsv", names);
		return imdb;
	}

	private static String titleHeader() {
		return "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres";
	}

	private static String title(String tconst, String type, String title, String year) {
		return String.join("\t", tconst, type, title, title, "0", year, NULL, NULL, "Drama");
	}

	private static String principalsHeader() {
		return "tconst\tordering\tnconst\tcategory\tjob\tcharacters";
	}

	private static String principal(String tconst, int ordering, String nconst, String category) {
		return principal(tconst, ordering, nconst, category, NULL);
	}

	private static String principal(String tconst, int ordering, String nconst, String category, String characters) {
		return String.join("\t", tconst, String.valueOf(ordering), nconst, category, NULL, characters);
	}

	private static String nameHeader() {
		return "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles";
	}

	private static String name(String nconst) {
		return String.join("\t", nconst, "Person " + nconst, NULL, NULL, "actor", NULL);
	}

	private static ImportRequest.Imdb imdb(Path folder, ImdbParser.Episodes episodes) {
		return new ImportRequest.Imdb(folder, ImdbParser.DEFAULT_TITLE_TYPES, false, episodes);
	}

	/** "nmA-nmB:shared" for each collaboration whose two people share the work. */
	private List<String> pairsOn(String work) {
		try (var session = this.driver.session()) {
			return session.run("""
					MATCH (a:Person)-->(:Work {id: $work}), (b:Person)-->(:Work {id: $work})
					MATCH (a)-[r:COLLABORATED_WITH]->(b)
					RETURN DISTINCT substring(a.id, 5) + '-' + substring(b.id, 5) + ':' + r.shared AS pair""", java.util.Map.of("work", work))
				.list((r) -> r.get("pair").asString());
		}
	}

	private List<String> worksTogether(String people) throws Exception {
		List<String> works = new ArrayList<>();
		getJson("/api/together?people=" + people).path("works").forEach((w) -> works.add(w.path("id").asString()));
		return works;
	}

	private JsonNode getJson(String path) throws Exception {
		return JSON.readTree(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray());
	}

	private List<String> ids(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).list((r) -> r.get("id").asString());
		}
	}

	private Record single(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single();
		}
	}

}
