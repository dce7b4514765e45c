package org.ensemble.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.catalog.CompanyInput;
import org.ensemble.catalog.CreditInput;
import org.ensemble.catalog.PersonInput;
import org.ensemble.catalog.WorkInput;
import org.ensemble.credit.Role;
import org.ensemble.ingest.parse.ImdbParser;
import org.ensemble.support.GraphSnapshot;
import org.ensemble.support.GraphTestSupport;
import org.ensemble.support.Requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Parity of the write roads: the same seeded random works, written by {@code PUT /api/works/{id}} one
 * request each and by an importer from its own source files, leave the same graph, every node,
 * relationship and property alike but the timestamps. Each source gets works of all that its format
 * can say; the PUT bodies say exactly what its import should store. A second import of the same file
 * writes nothing at all.
 */
class WriteParityTests extends GraphTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long SEED = 20_240_611L;

	private static final int PEOPLE = 40;

	private static final int WORKS = 48;

	private static final List<Role> ROLES = List.of(Role.values());

	private static final List<String> GIVEN = List.of("Ada", "Bong", "Chloé", "Dmitri", "Eun-ji", "Farah", "Gaspard",
			"Hye-jin", "Ingrid", "Jun", "Kwame", "Lena", "Mads", "Noémie", "Omar", "Quentin", "Rosa", "Sang-woo", "Tilda",
			"Yoon");

	private static final List<String> FAMILY = List.of("Lee", "Kim", "Dupont", "O'Brien", "Nakamura", "Søndergaard",
			"García", "Ivanova", "Park", "Mensah", "Jeon");

	private static final List<String> HANGUL = List.of("이충현", "전종서", "박신혜", "봉준호", "김민희", "송강호", "배두나");

	private static final List<String> WORDS = List.of("Night", "Call", "Ballerina", "Harbour", "Glass", "Winter", "Echo",
			"Red", "Orchard", "Signal", "Tide", "Paper", "Fox", "Lantern");

	private static final List<String> CHARACTERS = List.of("Ok-ju", "Seo-yeon", "The Inspector", "Mother", "Young-sook",
			"Captain Hale", "Girl on the Train", "Dr. Okafor", "Narrator (voice)", "Jane \"JJ\" Doe");

	private static final List<String> JOBS = List.of("Screenplay", "Story", "music director", " Executive Producer ",
			"Director of Photography", "additional editing");

	private static final List<List<String>> COMPANIES = List.of(List.of("netflix", "Netflix"),
			List.of("cj-entertainment", "CJ Entertainment"), List.of("a24", "A24"), List.of("studio.ghibli", "Studio Ghibli"),
			List.of("pathe", "Pathé"), List.of("neon", "NEON"));

	private static final List<String> COMPANY_ROLES = Arrays.asList("distributor", "production", "studio", null);

	/** TMDB crew jobs that are credits: the role, and whether the job title stays on the credit. */
	private static final Map<String, TmdbJob> TMDB_JOBS = Map.of("Director", new TmdbJob(Role.DIRECTOR, false),
			"Original Music Composer", new TmdbJob(Role.COMPOSER, true), "Music", new TmdbJob(Role.COMPOSER, true),
			"Screenplay", new TmdbJob(Role.WRITER, true), "Writer", new TmdbJob(Role.WRITER, true), "Producer",
			new TmdbJob(Role.PRODUCER, false), "Director of Photography", new TmdbJob(Role.CINEMATOGRAPHER, false), "Editor",
			new TmdbJob(Role.EDITOR, false));

	/** Every TMDB job the test uses: the ones that are credits, then some that are not. */
	private static final List<CompanyInput> TMDB_COMPANIES = List.of(
			new CompanyInput("tmdb:company:289", "Ingenious Film Partners", "production"),
			new CompanyInput("tmdb:company:306", "Twentieth Century Fox Film Corporation", "production"),
			new CompanyInput("tmdb:company:4003", "Halestorm entertainment", "production"),
			new CompanyInput("tmdb:company:6194", "Warner Bros.", "production"));

	private static final List<String> TMDB_ALL_JOBS = List.of("Director", "Original Music Composer", "Music", "Screenplay",
			"Writer", "Producer", "Director of Photography", "Editor", "Executive Producer", "Casting", "Grip", "Novel");

	/** IMDb principal categories: the ones that are credits, then some that are not. */
	private static final Map<String, Role> IMDB_CATEGORIES = Map.of("director", Role.DIRECTOR, "actor", Role.ACTOR,
			"actress", Role.ACTOR, "composer", Role.COMPOSER, "writer", Role.WRITER, "producer", Role.PRODUCER,
			"cinematographer", Role.CINEMATOGRAPHER, "editor", Role.EDITOR);

	private static final List<String> IMDB_ALL_CATEGORIES = List.of("director", "actor", "actress", "composer", "writer",
			"producer", "cinematographer", "editor", "self", "archive_footage", "casting_director");

	private static final String NULL = "\\N";

	@Autowired
	private Imports imports;

	@Test
	void jsonLinesImportLeavesTheGraphThatPuttingEachLineLeaves(@TempDir Path dir) throws Exception {
		List<WorkInput> works = jsonLinesWorks(SEED);
		Path file = jsonLines(dir, works);

		GraphSnapshot put = putEach(works);
		GraphSnapshot.emptyDatabase(this.driver);
		ImportReport report = this.imports.run(new ImportRequest.JsonLines(file), new ImportProgress());

		assertSameGraph(report, works.size(), put);
		assertLines(put, "^node \\[Work\\] .*kind=series", "^node \\[Work\\] .*originalTitle=\\S",
				"^node \\[Work\\] .*released=\\d{4}-\\d\\d-\\d\\d", "^node \\[Work\\] .*imdbId=tt",
				"^node \\[Work\\] .*tmdbId=\\d", "^node \\[Work\\] .*wikidataId=Q", "^node \\[Person\\] .*aliases=\\[.*[가-힣]",
				"^node \\[Person\\] .*birthYear=\\d", "^node \\[Person\\] .*imdbId=nm", "^node \\[Person\\] .*tmdbId=\\d",
				"^node \\[Person\\] .*wikidataId=Q", "^node \\[Company\\] ", "-\\[RELEASED_BY \\{role=\\w",
				"-\\[ACTED_IN \\{billing=\\d+, characters=\\[[^,\\]]+, [^\\]]+\\]", "-\\[\\w+ \\{job=\\w");
		assertAllRolesAndCollaborations(put);
		assertThat(GraphSnapshot.count(this.driver, """
				MATCH (p:Person)-[a]->(w:Work)<-[b]-(p) WHERE type(a) < type(b) RETURN count(*)""")).isPositive();
	}

	@Test
	void tmdbImportLeavesTheGraphThatPuttingWhatItReadsLeaves(@TempDir Path dir) throws Exception {
		Source tmdb = tmdb(SEED + 1, dir);

		GraphSnapshot put = putEach(tmdb.works());
		GraphSnapshot.emptyDatabase(this.driver);
		ImportReport report = this.imports.run(tmdb.request(), new ImportProgress());

		assertSameGraph(report, tmdb.works().size(), put);
		assertLines(put, "^node \\[Work\\] .*originalTitle=\\S", "^node \\[Work\\] .*released=\\d{4}-\\d\\d-\\d\\d",
				"^node \\[Work\\] .*tmdbId=\\d", "^node \\[Person\\] .*tmdbId=\\d",
				"-\\[ACTED_IN \\{billing=\\d+, characters=\\[[^,\\]]+, [^\\]]+\\]", "-\\[ACTED_IN \\{billing=\\d+\\}\\]",
				"-\\[WROTE \\{job=Screenplay\\}\\]", "-\\[WROTE \\{job=Writer\\}\\]", "-\\[COMPOSED \\{job=Music\\}\\]",
				"-\\[COMPOSED \\{job=Original Music Composer\\}\\]", "-\\[DIRECTED \\{\\}\\]");
		assertAllRolesAndCollaborations(put);
	}

	@Test
	void imdbImportLeavesTheGraphThatPuttingWhatItReadsLeaves(@TempDir Path dir) throws Exception {
		Source imdb = imdb(SEED + 2, dir);

		GraphSnapshot put = putEach(imdb.works());
		GraphSnapshot.emptyDatabase(this.driver);
		ImportReport report = this.imports.run(imdb.request(), new ImportProgress());

		assertSameGraph(report, imdb.works().size(), put);
		assertLines(put, "^node \\[Work\\] .*imdbId=tt", "^node \\[Work\\] .*originalTitle=\\S",
				"^node \\[Work\\] .*year=\\d", "^node \\[Person\\] .*birthYear=\\d", "^node \\[Person\\] .*imdbId=nm",
				"^node \\[Person\\] .*name=Stephen \"Dr\" Love",
				"-\\[ACTED_IN \\{billing=\\d+, characters=\\[[^,\\]]+, [^\\]]+\\]", "-\\[\\w+ \\{job=\\w");
		assertAllRolesAndCollaborations(put);
	}

	@Test
	void importingTheSameJsonLinesAgainWritesNothing(@TempDir Path dir) throws Exception {
		List<WorkInput> works = jsonLinesWorks(SEED + 3);
		Path file = jsonLines(dir, works);
		ImportReport first = this.imports.run(new ImportRequest.JsonLines(file), new ImportProgress());
		assertThat(first.worksStored()).isEqualTo(works.size());
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		List<String> timestamps = timestamps();
		List<String> collaborations = collaborationIds();
		assertThat(collaborations).isNotEmpty();

		ImportReport again = this.imports.run(new ImportRequest.JsonLines(file), new ImportProgress());

		assertThat(again.skippedLines()).isEmpty();
		assertThat(again.worksRead()).isEqualTo(works.size());
		assertThat(again.worksUnchanged()).isEqualTo(works.size());
		assertThat(again.worksStored()).isZero();
		assertThat(again.creditsStored()).isZero();
		assertThat(GraphSnapshot.of(this.driver).lines()).containsExactlyElementsOf(before.lines());
		assertThat(timestamps()).containsExactlyElementsOf(timestamps);
		assertThat(collaborationIds()).containsExactlyElementsOf(collaborations);
	}

	/** Road 1: one {@code PUT} per work, each a new work. */
	private GraphSnapshot putEach(List<WorkInput> works) throws Exception {
		for (WorkInput work : works) {
			this.mvc.perform(Requests.putJson("/api/works/" + work.id(), JSON.writeValueAsString(work)))
				.andExpect(status().isCreated());
		}
		return GraphSnapshot.facts(this.driver);
	}

	/** Road 2 has run: it skipped nothing, stored every work, and left the graph road 1 left. */
	private void assertSameGraph(ImportReport report, int works, GraphSnapshot put) {
		GraphSnapshot imported = GraphSnapshot.facts(this.driver);
		assertThat(report.skippedLines()).isEmpty();
		assertThat(report.skipped()).isZero();
		assertThat(report.worksStored()).isEqualTo(works);
		assertThat(report.worksInDatabase()).isEqualTo(works);
		assertThat(imported.lines()).containsExactlyElementsOf(put.lines());
		assertThat(imported.checksum()).isEqualTo(put.checksum());
	}

	/** The works exercised what they should: a snapshot line matches each pattern. */
	private static void assertLines(GraphSnapshot snapshot, String... patterns) {
		for (String pattern : patterns) {
			Pattern compiled = Pattern.compile(pattern);
			assertThat(snapshot.lines()).as("a line matching %s", pattern).anyMatch((line) -> compiled.matcher(line).find());
		}
	}

	private static void assertAllRolesAndCollaborations(GraphSnapshot snapshot) {
		for (Role role : Role.values()) {
			assertLines(snapshot, "-\\[" + role.relationship() + " ");
		}
		assertLines(snapshot, "-\\[COLLABORATED_WITH \\{.*n_");
	}

	/** Every node's and relationship's element id with its timestamps. */
	private List<String> timestamps() {
		try (var session = this.driver.session()) {
			List<String> lines = new ArrayList<>(session.run("""
					MATCH (n) WHERE NOT n:__EnsembleMigration AND NOT n:__EnsembleMigrationLock
					RETURN elementId(n) + ' ' + coalesce(n.id, n.name, '-') + ' ' + coalesce(toString(n.createdAt), '-') + ' '
					       + coalesce(toString(n.updatedAt), '-') AS line""").list((r) -> r.get("line").asString()));
			lines.addAll(session.run("""
					MATCH ()-[r]->()
					RETURN elementId(r) + ' ' + type(r) + ' ' + coalesce(toString(r.createdAt), '-') + ' '
					       + coalesce(toString(r.updatedAt), '-') AS line""").list((r) -> r.get("line").asString()));
			Collections.sort(lines);
			return lines;
		}
	}

	private List<String> collaborationIds() {
		try (var session = this.driver.session()) {
			return session.run("""
					MATCH (a)-[r:COLLABORATED_WITH]->(b)
					RETURN a.id + ' ' + b.id + ' ' + elementId(r) AS line ORDER BY line""").list((r) -> r.get("line").asString());
		}
	}

	/** The works of an importer's files, as the PUT bodies of what it should store, and the request that imports them. */
	private record Source(List<WorkInput> works, ImportRequest request) {
	}

	// JSON Lines: everything the API takes.

	private static List<WorkInput> jsonLinesWorks(long seed) {
		Random random = new Random(seed);
		List<PersonInput> people = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			List<String> aliases = switch (i % 4) {
				case 0 -> List.of(HANGUL.get(i % HANGUL.size()));
				case 1 -> List.of(name(i + 7), HANGUL.get((i + 3) % HANGUL.size()));
				default -> List.of();
			};
			people.add(new PersonInput("person:%02d".formatted(i), name(i), aliases, maybe(random, "nm%07d".formatted(10 + i)),
					maybe(random, String.valueOf(5_000 + i)), maybe(random, "Q" + (90_000 + i)),
					random.nextInt(4) == 0 ? null : 1930 + random.nextInt(75)));
		}
		List<WorkInput> works = new ArrayList<>();
		for (int i = 0; i < WORKS; i++) {
			// Every eighth work has all seven roles, a person in two roles, one with two characters, a company twice.
			boolean full = i % 8 == 0;
			List<PersonInput> team = team(random, people, full ? 8 : 2 + random.nextInt(6));
			List<CreditInput> credits = new ArrayList<>();
			for (int k = 0; k < team.size(); k++) {
				credits.add(credit(random, team.get(k), full ? ROLES.get(k % ROLES.size()) : pick(random, ROLES)));
			}
			if (full || random.nextInt(4) == 0) {
				CreditInput again = credits.get(random.nextInt(credits.size()));
				Role other = ROLES.get((again.role().ordinal() + 1 + random.nextInt(ROLES.size() - 1)) % ROLES.size());
				credits.add(credit(random, again.person(), other));
			}
			if (full || random.nextInt(4) == 0) {
				PersonInput actor = pick(random, team);
				credits.add(new CreditInput(actor, Role.ACTOR, List.of(pick(random, CHARACTERS)), random.nextInt(40), null));
				credits.add(new CreditInput(actor, Role.ACTOR, List.of(pick(random, WORDS) + " " + i), random.nextInt(40), null));
			}
			List<CompanyInput> companies = new ArrayList<>();
			for (int k = full ? 2 : random.nextInt(3); k > 0; k--) {
				List<String> company = pick(random, COMPANIES);
				companies.add(new CompanyInput(company.get(0), company.get(1), pick(random, COMPANY_ROLES)));
			}
			if (!companies.isEmpty() && (full || random.nextInt(5) == 0)) {
				CompanyInput twice = companies.get(0);
				companies.add(new CompanyInput(twice.id(), twice.name(), "co-production"));
			}
			int year = 1950 + random.nextInt(75);
			LocalDate released = null;
			Integer knownYear = null;
			switch (random.nextInt(4)) {
				case 0 -> released = date(random, year);
				case 1 -> {
					released = date(random, year);
					knownYear = year;
				}
				case 2 -> knownYear = year;
				default -> {
				}
			}
			String kind = (i % 8 == 1) ? "series" : pick(random, Arrays.asList("movie", "series", "short", null));
			String originalTitle = (full || random.nextInt(3) == 0) ? pick(random, HANGUL) + " " + i : null;
			works.add(new WorkInput("jsonl:work-%02d".formatted(i), title(random, i), originalTitle, kind, released, knownYear,
					maybe(random, "tt%07d".formatted(200 + i)), maybe(random, String.valueOf(30_000 + i)),
					(full || random.nextBoolean()) ? "Q" + (70_000 + i) : null, companies, credits));
		}
		return works;
	}

	private static CreditInput credit(Random random, PersonInput person, Role role) {
		if (role == Role.ACTOR) {
			List<String> characters = switch (random.nextInt(5)) {
				case 0 -> List.of();
				case 1 -> List.of(CHARACTERS.get(0), pick(random, CHARACTERS.subList(1, CHARACTERS.size())));
				default -> List.of(pick(random, CHARACTERS));
			};
			return new CreditInput(person, role, characters, random.nextInt(4) == 0 ? null : random.nextInt(40), null);
		}
		return new CreditInput(person, role, List.of(), null, random.nextInt(3) == 0 ? pick(random, JOBS) : null);
	}

	private static Path jsonLines(Path dir, List<WorkInput> works) throws IOException {
		List<String> lines = new ArrayList<>();
		for (WorkInput work : works) {
			lines.add(JSON.writeValueAsString(work));
		}
		return Files.write(dir.resolve("works.jsonl"), lines, StandardCharsets.UTF_8);
	}

	// TMDB: tmdb_5000_credits.csv and tmdb_5000_movies.csv.

	private static Source tmdb(long seed, Path dir) throws IOException {
		Random random = new Random(seed);
		List<PersonInput> people = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			String tmdbId = String.valueOf(1_000 + 37 * i);
			people.add(new PersonInput("tmdb:person:" + tmdbId, name(i), null, null, tmdbId, null, null));
		}
		List<String> creditRows = new ArrayList<>(List.of("movie_id,title,cast,crew"));
		List<String> movieRows = new ArrayList<>(
				List.of("budget,id,original_title,overview,production_companies,release_date,title"));
		List<WorkInput> works = new ArrayList<>();
		for (int i = 0; i < WORKS; i++) {
			String id = String.valueOf(19_000 + 17 * i);
			String title = title(random, i);
			String original = switch (random.nextInt(4)) {
				case 0 -> "";
				case 1 -> title;
				default -> pick(random, HANGUL) + " " + i;
			};
			LocalDate released = (random.nextInt(5) == 0) ? null : date(random, 1950 + random.nextInt(75));
			// Up to three production companies from a small pool, so that movies share them.
			List<CompanyInput> companies = new ArrayList<>();
			int firstCompany = random.nextInt(TMDB_COMPANIES.size());
			for (int k = random.nextInt(4); k > 0; k--) {
				companies.add(TMDB_COMPANIES.get((firstCompany + k) % TMDB_COMPANIES.size()));
			}
			if (i == 5) {
				// Not in the movies file: titled as the credits file says, with nothing else.
				original = "";
				released = null;
				companies.clear();
			}
			else {
				// A blank title in the movies file falls back to the credits file's.
				movieRows.add(csv(String.valueOf(random.nextInt(300) * 100_000), id, original, "A story, \"quoted\".",
						JSON.writeValueAsString(companies.stream()
							.map((c) -> Map.of("name", c.name(), "id", Long.parseLong(c.id().substring("tmdb:company:".length()))))
							.toList()),
						released == null ? "" : released.toString(), (i == 9) ? "" : title));
			}
			List<Map<String, Object>> cast = new ArrayList<>();
			List<Map<String, Object>> crew = new ArrayList<>();
			List<CreditInput> credits = new ArrayList<>();
			List<PersonInput> team = team(random, people, (i == 3) ? 0 : 1 + random.nextInt(7));
			for (PersonInput person : team) {
				// A blank character is TMDB's "not known": no character at all.
				String character = (random.nextInt(6) == 0) ? "" : pick(random, CHARACTERS);
				int order = cast.size();
				cast.add(castEntry(person, character, order));
				credits.add(new CreditInput(person, Role.ACTOR, character.isBlank() ? List.of() : List.of(character), order, null));
			}
			if (!team.isEmpty() && (i % 8 == 0 || random.nextInt(4) == 0)) {
				PersonInput twice = team.get(0);
				String character = pick(random, WORDS) + " " + i;
				int order = cast.size();
				cast.add(castEntry(twice, character, order));
				credits.add(new CreditInput(twice, Role.ACTOR, List.of(character), order, null));
			}
			int crewSize = (i % 8 == 0) ? TMDB_ALL_JOBS.size() : random.nextInt(6);
			for (int k = 0; k < crewSize; k++) {
				String job = (i % 8 == 0) ? TMDB_ALL_JOBS.get(k) : pick(random, TMDB_ALL_JOBS);
				PersonInput person = (k == 0 && !team.isEmpty()) ? team.get(0) : pick(random, people);
				crew.add(crewEntry(person, job));
				TmdbJob mapping = TMDB_JOBS.get(job);
				if (mapping != null) {
					credits.add(new CreditInput(person, mapping.role(), List.of(), null, mapping.keepsTitle() ? job : null));
				}
			}
			creditRows.add(csv(id, title, JSON.writeValueAsString(cast), JSON.writeValueAsString(crew)));
			works.add(new WorkInput("tmdb:movie:" + id, title, original.isEmpty() ? null : original, "movie", released, null,
					null, id, null, companies, credits));
		}
		Path credits = Files.write(dir.resolve("tmdb_5000_credits.csv"), creditRows, StandardCharsets.UTF_8);
		Path movies = Files.write(dir.resolve("tmdb_5000_movies.csv"), movieRows, StandardCharsets.UTF_8);
		return new Source(works, new ImportRequest.Tmdb(credits, movies));
	}

	private record TmdbJob(Role role, boolean keepsTitle) {
	}

	private static Map<String, Object> castEntry(PersonInput person, String character, int order) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("cast_id", order + 1);
		entry.put("character", character);
		entry.put("credit_id", "52fe4" + order);
		entry.put("gender", order % 3);
		entry.put("id", Long.parseLong(person.tmdbId()));
		entry.put("name", person.name());
		entry.put("order", order);
		return entry;
	}

	private static Map<String, Object> crewEntry(PersonInput person, String job) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("credit_id", "5301a" + job.length());
		entry.put("department", "Crew");
		entry.put("gender", 0);
		entry.put("id", Long.parseLong(person.tmdbId()));
		entry.put("job", job);
		entry.put("name", person.name());
		return entry;
	}

	/** One CSV record, every field quoted. */
	private static String csv(String... fields) {
		return Arrays.stream(fields).map((field) -> '"' + field.replace("\"", "\"\"") + '"').collect(Collectors.joining(","));
	}

	// IMDb: title.basics.tsv, title.principals.tsv and name.basics.tsv.

	private static Source imdb(long seed, Path dir) throws IOException {
		Random random = new Random(seed);
		List<PersonInput> people = new ArrayList<>();
		List<String> names = new ArrayList<>(
				List.of("nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles"));
		for (int i = 0; i < PEOPLE; i++) {
			String nconst = "nm%07d".formatted(1_000_001 + 97 * i);
			String name = switch (i) {
				case 3 -> "Stephen \"Dr\" Love";
				case 4 -> HANGUL.get(1);
				default -> name(i);
			};
			Integer born = (random.nextInt(3) == 0) ? null : 1920 + random.nextInt(85);
			people.add(new PersonInput("imdb:" + nconst, name, null, nconst, null, null, born));
			names.add(String.join("\t", nconst, name, born == null ? NULL : born.toString(), NULL, "actor,director", NULL));
		}
		// Nobody credits them: they stay out.
		names.add(String.join("\t", "nm9000001", "Unrelated Person", "1950", "2001", "actress", "tt0000001"));
		List<String> titles = new ArrayList<>(
				List.of("tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres"));
		List<List<String>> groups = new ArrayList<>();
		List<WorkInput> works = new ArrayList<>();
		List<String> leftOut = List.of("videoGame", "short", "video", "movie");
		for (int i = 0; i < WORKS + leftOut.size(); i++) {
			String tconst = "tt%07d".formatted(3_000_000 + 101 * i);
			// The last few are not imported: other title types, and an adult movie.
			boolean kept = i < WORKS;
			String type = kept ? "movie" : leftOut.get(i - WORKS);
			boolean adult = !kept && type.equals("movie");
			String title = title(random, i);
			String original = switch (random.nextInt(6)) {
				case 0 -> null;
				case 1, 2 -> pick(random, HANGUL) + " " + i;
				default -> title;
			};
			Integer year = (random.nextInt(7) == 0) ? null : 1950 + random.nextInt(75);
			titles.add(String.join("\t", tconst, type, title, original == null ? NULL : original, adult ? "1" : "0",
					year == null ? NULL : year.toString(), NULL, String.valueOf(80 + i), "Drama,Thriller"));
			List<String> rows = new ArrayList<>();
			List<CreditInput> credits = new ArrayList<>();
			// The first title has every category; the second no principals at all.
			int size = (i == 0) ? IMDB_ALL_CATEGORIES.size() : (i == 1) ? 0 : 1 + random.nextInt(8);
			List<PersonInput> team = team(random, people, Math.min(size, PEOPLE));
			for (int k = 0; k < size; k++) {
				String category = (i == 0) ? IMDB_ALL_CATEGORIES.get(k) : pick(random, IMDB_ALL_CATEGORIES);
				principal(random, rows, credits, tconst, team.get(k), category);
			}
			if (!team.isEmpty() && (i % 8 == 0 || random.nextInt(3) == 0)) {
				// Credited twice: as an actor again (another character), or in another category.
				String category = random.nextBoolean() ? "actor" : pick(random, IMDB_ALL_CATEGORIES);
				principal(random, rows, credits, tconst, team.get(0), category);
			}
			if (!rows.isEmpty()) {
				groups.add(rows);
			}
			if (kept) {
				works.add(new WorkInput("imdb:" + tconst, title, original, "movie", null, year, tconst, null, null, List.of(),
						credits));
			}
		}
		// Each title's rows stay together; the titles come in another order than in title.basics.
		Collections.shuffle(groups, random);
		List<String> principals = new ArrayList<>(List.of("tconst\tordering\tnconst\tcategory\tjob\tcharacters"));
		groups.forEach(principals::addAll);
		Path imdb = Files.createDirectory(dir.resolve("imdb"));
		Files.write(imdb.resolve("title.basics.tsv"), titles, StandardCharsets.UTF_8);
		Files.write(imdb.resolve("title.principals.tsv"), principals, StandardCharsets.UTF_8);
		Files.write(imdb.resolve("name.basics.tsv"), names, StandardCharsets.UTF_8);
		return new Source(works, new ImportRequest.Imdb(imdb, ImdbParser.DEFAULT_TITLE_TYPES, false));
	}

	/**
	 * Adds a principals row and, for a category that is a role, the credit its import stores: the person
	 * as name.basics tells of them, billing from ordering and characters for actors only, the job as given.
	 */
	private static void principal(Random random, List<String> rows, List<CreditInput> credits, String tconst,
			PersonInput person, String category) {
		int ordering = rows.size() + 1;
		boolean acts = category.equals("actor") || category.equals("actress");
		List<String> characters = switch (category) {
			case "actor", "actress" -> (random.nextInt(5) == 0) ? null
					: (random.nextInt(3) == 0) ? List.of(pick(random, CHARACTERS), pick(random, WORDS) + " " + ordering)
							: List.of(pick(random, CHARACTERS));
			case "self", "archive_footage" -> List.of("Self");
			default -> null;
		};
		String job = (random.nextInt(acts ? 8 : 3) == 0) ? pick(random, JOBS).strip() : null;
		rows.add(String.join("\t", tconst, String.valueOf(ordering), person.imdbId(), category, job == null ? NULL : job,
				characters == null ? NULL : JSON.writeValueAsString(characters)));
		Role role = IMDB_CATEGORIES.get(category);
		if (role != null) {
			credits.add(new CreditInput(person, role, (acts && characters != null) ? characters : List.of(),
					acts ? ordering - 1 : null, job));
		}
	}

	// Shared random pieces.

	private static String name(int i) {
		return GIVEN.get(i % GIVEN.size()) + " " + FAMILY.get((i * 7 + i / GIVEN.size()) % FAMILY.size());
	}

	private static String title(Random random, int i) {
		if (random.nextInt(6) == 0) {
			return pick(random, HANGUL) + " " + i;
		}
		return "The " + pick(random, WORDS) + " of " + pick(random, WORDS) + " " + i;
	}

	private static LocalDate date(Random random, int year) {
		return LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
	}

	/** {@code size} different people, so that teams of a pool this small overlap and collaborations form. */
	private static List<PersonInput> team(Random random, List<PersonInput> people, int size) {
		List<PersonInput> shuffled = new ArrayList<>(people);
		Collections.shuffle(shuffled, random);
		return List.copyOf(shuffled.subList(0, size));
	}

	private static String maybe(Random random, String value) {
		return random.nextBoolean() ? value : null;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
