package org.ensemble.ingest.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ensemble.credit.Role;
import org.ensemble.ingest.parse.RecordingSink.Call;
import org.ensemble.ingest.parse.RecordingSink.Companies;
import org.ensemble.ingest.parse.RecordingSink.Credits;
import org.ensemble.ingest.parse.RecordingSink.Person;
import org.ensemble.ingest.parse.RecordingSink.Skipped;
import org.ensemble.ingest.parse.RecordingSink.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fixture is 28 real rows cut from TMDB 5000 (see {@code cut_tmdb_fixture.py} for why each is
 * there); counts come from {@code expected_counts.py}, which shares no code with the parser.
 */
class TmdbParserTests {

	private static final String CREDITS = "tmdb_5000_credits.csv";

	private static final String MOVIES = "tmdb_5000_movies.csv";

	private static final String MOVIES_HEADER = "budget,genres,homepage,id,keywords,original_language,original_title,"
			+ "overview,popularity,production_companies,production_countries,release_date,revenue,runtime,"
			+ "spoken_languages,status,tagline,title,vote_average,vote_count";

	@TempDir
	Path dir;

	@Test
	void everyCreditsRowBecomesAMovieDatedFromTheMoviesFile() {
		RecordingSink sink = parseFixture();

		assertThat(sink.works()).hasSize(28);
		assertThat(sink.work("tmdb:movie:19995")).isEqualTo(new WorkRow("tmdb:movie:19995", "Avatar", "Avatar", "movie",
				LocalDate.of(2009, 12, 10), null, null, "19995"));
		assertThat(sink.credits()).hasSize(28);
		assertThat(sink.skipped()).isEmpty();
	}

	@Test
	void fixtureCountsMatchAnIndependentCount() {
		RecordingSink sink = parseFixture();

		List<CreditRow> credits = sink.credits().values().stream().flatMap(List::stream).toList();
		// expected_counts.py: credits=449 people=410 characters=301 and the roles below.
		assertThat(credits).hasSize(449);
		assertThat(sink.people().stream().map(PersonRow::id).distinct()).hasSize(410);
		assertThat(credits.stream().mapToInt((credit) -> credit.characters().size()).sum()).isEqualTo(301);
		assertThat(countByRole(credits)).isEqualTo(Map.of(Role.ACTOR, 312L, Role.CINEMATOGRAPHER, 10L, Role.COMPOSER,
				16L, Role.DIRECTOR, 29L, Role.EDITOR, 14L, Role.PRODUCER, 33L, Role.WRITER, 35L));
	}

	@Test
	void eachMovieComesAsWorkThenItsCompaniesThenItsPeopleThenItsCredits() {
		RecordingSink sink = parseFixture();

		String currentWork = null;
		Set<String> announced = new HashSet<>();
		for (Call call : sink.calls) {
			switch (call) {
				case Work work -> {
					assertThat(currentWork).as("credits of the previous work came").isNull();
					currentWork = work.row().id();
					announced.clear();
				}
				case Companies companies -> {
					assertThat(companies.workId()).isEqualTo(currentWork);
					assertThat(announced).as("companies before people").isEmpty();
				}
				case Person person -> {
					assertThat(currentWork).isNotNull();
					assertThat(announced.add(person.row().id())).as("each person once per movie").isTrue();
				}
				case Credits credits -> {
					assertThat(credits.workId()).isEqualTo(currentWork);
					assertThat(credits.credits()).allSatisfy((credit) -> assertThat(announced).contains(credit.personId()));
					currentWork = null;
				}
				default -> throw new AssertionError("unexpected " + call);
			}
		}
	}

	@Test
	void castListedTwiceKeepsBothCharacters() {
		RecordingSink sink = parseFixture();

		assertThat(sink.credits("tmdb:movie:282128")).filteredOn((credit) -> credit.personId().equals("tmdb:person:99160"))
			.extracting(CreditRow::role, CreditRow::characters, CreditRow::billing)
			.containsExactly(tuple(Role.ACTOR, List.of("Josiah"), 3), tuple(Role.ACTOR, List.of("Ayoka"), 4));
		// This Thing of Ours: James Caan once without a character, once as Jimmy.
		assertThat(sink.credits("tmdb:movie:67373")).filteredOn((credit) -> credit.personId().equals("tmdb:person:3085"))
			.extracting(CreditRow::characters, CreditRow::billing)
			.containsExactly(tuple(List.of(), 1), tuple(List.of("Jimmy"), 2));
	}

	@Test
	void severalDirectorsAndComposersAreAllCredited() {
		RecordingSink sink = parseFixture();

		assertThat(sink.credits("tmdb:movie:603")).filteredOn((credit) -> credit.role() == Role.DIRECTOR)
			.extracting(CreditRow::personId, CreditRow::personName)
			.containsExactly(tuple("tmdb:person:9339", "Lilly Wachowski"), tuple("tmdb:person:9340", "Lana Wachowski"));
		assertThat(sink.credits("tmdb:movie:89708")).filteredOn((credit) -> credit.role() == Role.COMPOSER)
			.extracting(CreditRow::personName, CreditRow::job)
			.containsExactly(tuple("Lisa Gerrard", "Music"), tuple("Michael Stearns", "Music"),
					tuple("Marcello De Francisci ", "Music"));
	}

	@Test
	void directorWhoAlsoActsHasBothCredits() {
		RecordingSink sink = parseFixture();

		assertThat(sink.credits("tmdb:movie:202604")).extracting(CreditRow::personId, CreditRow::role)
			.containsExactly(tuple("tmdb:person:1184745", Role.ACTOR), tuple("tmdb:person:1184745", Role.DIRECTOR));
		assertThat(sink.credits("tmdb:movie:14022")).filteredOn((credit) -> credit.personId().equals("tmdb:person:564"))
			.extracting(CreditRow::role, CreditRow::job)
			.containsExactly(tuple(Role.ACTOR, null), tuple(Role.DIRECTOR, null), tuple(Role.WRITER, "Writer"));
	}

	@Test
	void moviesWithoutCastCrewOrDirectorStillGetTheirCreditList() {
		RecordingSink sink = parseFixture();

		// Running Forever: cast [] and crew [].
		assertThat(sink.work("tmdb:movie:447027").title()).isEqualTo("Running Forever");
		assertThat(sink.credits("tmdb:movie:447027")).isEmpty();
		// The Trials Of Darryl Hunt: no cast, two directors.
		assertThat(sink.credits("tmdb:movie:37985")).extracting(CreditRow::role)
			.containsExactly(Role.DIRECTOR, Role.DIRECTOR);
		// Dream with the Fishes: a crew, but nobody in a mapped job.
		assertThat(sink.credits("tmdb:movie:47686")).hasSize(5).allMatch((credit) -> credit.role() == Role.ACTOR);
	}

	@Test
	void missingReleaseDateLeavesDateAndYearEmpty() {
		RecordingSink sink = parseFixture();

		WorkRow work = sink.work("tmdb:movie:380097");
		assertThat(work.title()).isEqualTo("America Is Still the Place");
		assertThat(work.released()).isNull();
		assertThat(work.year()).isNull();
	}

	@Test
	void namesAndTitlesAreKeptExactlyAsGiven() {
		RecordingSink sink = parseFixture();

		assertThat(sink.person("tmdb:person:1018729").name()).isEqualTo("Norma Argentina ");
		assertThat(sink.person("tmdb:person:557883").name()).isEqualTo("David Evans ");
		assertThat(sink.person("tmdb:person:1111712").name()).isEqualTo("Brendan \"Doogie\" Milewski");
		assertThat(sink.person("tmdb:person:143217").name()).isEqualTo("张立 | Zhang Li");
		assertThat(sink.person("tmdb:person:1203223").name()).isEqualTo("Américo Paredes");
		assertThat(sink.work("tmdb:movie:4550").originalTitle()).isEqualTo("친절한 금자씨");
		assertThat(sink.credits("tmdb:movie:603").getFirst().characters()).containsExactly("Thomas \"Neo\" Anderson");
	}

	@Test
	void twoPeopleWithTheSameNameKeepTheirOwnIds() {
		RecordingSink sink = parseFixture();

		assertThat(sink.people()).filteredOn((person) -> person.name().equals("Steve James"))
			.extracting(PersonRow::id, PersonRow::tmdbId)
			.containsExactlyInAnyOrder(tuple("tmdb:person:55271", "55271"), tuple("tmdb:person:122449", "122449"));
		// Heroes of Dirt: one Eric Bugbee directs, another writes.
		assertThat(sink.credits("tmdb:movie:354624")).filteredOn((credit) -> "Eric Bugbee".equals(credit.personName()))
			.extracting(CreditRow::personId, CreditRow::role)
			.containsExactly(tuple("tmdb:person:1562421", Role.DIRECTOR), tuple("tmdb:person:1562422", Role.WRITER));
	}

	@Test
	void castBecomesActorsBilledByOrderWithTheirCharacter() {
		RecordingSink sink = parseFixture();

		assertThat(sink.credits("tmdb:movie:19995").getFirst()).isEqualTo(
				new CreditRow("tmdb:person:65731", "Sam Worthington", Role.ACTOR, List.of("Jake Sully"), 0, null));
		// Slacker: Mark James has an empty character, which is no character.
		assertThat(sink.credits("tmdb:movie:14022")).filteredOn((credit) -> credit.personId().equals("tmdb:person:94675"))
			.singleElement()
			.satisfies((credit) -> assertThat(credit.characters()).isEmpty());
	}

	@Test
	void crewJobsMapToRolesAndUnmappedJobsAreLeftOut() {
		RecordingSink sink = parseFixture();

		assertThat(sink.credits("tmdb:movie:19995")).filteredOn((credit) -> credit.personId().equals("tmdb:person:2710"))
			.extracting(CreditRow::role, CreditRow::job)
			.containsExactly(tuple(Role.DIRECTOR, null), tuple(Role.WRITER, "Writer"), tuple(Role.EDITOR, null),
					tuple(Role.PRODUCER, null), tuple(Role.WRITER, "Screenplay"));
		assertThat(sink.credits("tmdb:movie:4550")).filteredOn((credit) -> credit.role() != Role.ACTOR)
			.extracting(CreditRow::personName, CreditRow::role)
			.contains(tuple("Chung Chung-hoon", Role.CINEMATOGRAPHER), tuple("Choi Seung-hyun", Role.COMPOSER),
					tuple("Young-wuk Cho", Role.COMPOSER), tuple("Jeong Seo-gyeong", Role.WRITER));
		// Pink Narcissus: Gary Goch's "Cinematography" and James Bidgood's "Story" are not mapped jobs.
		assertThat(sink.credits("tmdb:movie:42497")).filteredOn((credit) -> credit.role() != Role.ACTOR)
			.extracting(CreditRow::personName, CreditRow::role)
			.containsExactly(tuple("Gary Goch", Role.COMPOSER), tuple("Martin Jay Sadoff", Role.COMPOSER),
					tuple("James Bidgood", Role.DIRECTOR), tuple("James Bidgood", Role.PRODUCER));
	}

	@Test
	void overviewsWithBareCarriageReturnsDoNotShiftTheMoviesFile() {
		RecordingSink sink = parseFixture();

		assertThat(sink.work("tmdb:movie:11342").released()).isEqualTo(LocalDate.of(1989, 6, 1));
		assertThat(sink.work("tmdb:movie:25248").title()).isEqualTo("Saint Ralph");
		assertThat(sink.work("tmdb:movie:11891").title()).isEqualTo("Kung Pow: Enter the Fist");
		assertThat(sink.work("tmdb:movie:253450").originalTitle()).isEqualTo("刺客聶隱娘");
	}

	@Test
	void gzippedFilesGiveTheSameRowsAsPlainOnes() {
		Path credits = TestFiles.gzip(TestFiles.fixture("tmdb/" + CREDITS), this.dir, CREDITS + ".gz");
		Path movies = TestFiles.gzip(TestFiles.fixture("tmdb/" + MOVIES), this.dir, MOVIES + ".gz");
		RecordingSink gzipped = new RecordingSink();

		new TmdbParser(credits, movies).parse(gzipped);

		assertThat(gzipped.calls).isEqualTo(parseFixture().calls);
	}

	@Test
	void badCastJsonIsReportedAtTheFirstLineOfItsRecord() {
		Path credits = TestFiles.write(this.dir, CREDITS, """
				movie_id,title,cast,crew
				1,"A title
				over two lines",[],[]
				2,Broken,"[{""id"": 5, ""name"": ""Ann""
				, ""order"": 0","[
				]"
				3,Fine,"[{""id"": 7, ""name"": ""Bo"", ""character"": ""Hero"", ""order"": 0}]",[]
				""");
		RecordingSink sink = parse(credits, movies());

		assertThat(sink.skipped()).singleElement().satisfies((skipped) -> {
			assertThat(skipped.file()).isEqualTo(CREDITS);
			assertThat(skipped.line()).isEqualTo(4);
			assertThat(skipped.reason()).startsWith("cast is not valid JSON");
		});
		assertThat(sink.works()).extracting(WorkRow::id).containsExactly("tmdb:movie:1", "tmdb:movie:3");
		assertThat(sink.work("tmdb:movie:1").title()).isEqualTo("A title\nover two lines");
	}

	@Test
	void aCrewEntryWithoutAnIdRejectsTheWholeRow() {
		Path credits = TestFiles.write(this.dir, CREDITS, """
				movie_id,title,cast,crew
				1,No id,"[{""id"": 5, ""name"": ""Ann"", ""order"": 0}]","[{""job"": ""Director"", ""name"": ""Who""}]"
				""");
		RecordingSink sink = parse(credits, movies());

		assertThat(sink.calls).containsExactly(new Skipped(CREDITS, 2, "crew entry 0: id is missing or not a whole number"));
	}

	@Test
	void wrongColumnCountIsReportedWithFileAndLine() {
		Path credits = TestFiles.write(this.dir, CREDITS, "movie_id,title,cast,crew\r\n" + "1,One,[],[]\r\n"
				+ "2,\"Two\r\nlines\",[]\r\n" + "3,Three,[],[],extra\r\n" + "4,Four,[],[]\r\n");
		Path movies = TestFiles.write(this.dir, MOVIES,
				MOVIES_HEADER + "\r\n" + "0,[],,9,[],en,Uno,,0,[],[],,0,0,[],Released,,One,0,0\r\n");
		RecordingSink sink = parse(credits, movies);

		assertThat(sink.skipped()).containsExactly(
				new Skipped(CREDITS, 3, "expected 4 columns, found 3 (the record runs to line 4)"),
				new Skipped(CREDITS, 5, "expected 4 columns, found 5"));
		assertThat(sink.works()).extracting(WorkRow::title).containsExactly("One", "Four");
	}

	@Test
	void aMovieMissingFromTheMoviesFileIsTitledFromTheCreditsFile() {
		Path credits = TestFiles.write(this.dir, CREDITS, "movie_id,title,cast,crew\n42,\" Only here \",[],[]\n");
		RecordingSink sink = parse(credits, movies());

		assertThat(sink.works()).containsExactly(
				new WorkRow("tmdb:movie:42", " Only here ", null, "movie", null, null, null, "42"));
	}

	@Test
	void productionCompaniesComeWithTheirMovieAsProductionCompanies() {
		RecordingSink sink = parseFixture();

		assertThat(sink.of(Companies.class)).hasSize(28);
		assertThat(sink.of(Companies.class)).filteredOn((call) -> call.workId().equals("tmdb:movie:603"))
			.singleElement()
			.satisfies((call) -> assertThat(call.companies()).containsExactly(
					new CompanyRow("tmdb:company:79", "Village Roadshow Pictures", "production"),
					new CompanyRow("tmdb:company:372", "Groucho II Film Partnership", "production"),
					new CompanyRow("tmdb:company:1885", "Silver Pictures", "production"),
					new CompanyRow("tmdb:company:6194", "Warner Bros.", "production")));
	}

	/** A bad value in the movies file leaves its row out whole: the movie is as the credits file gives it. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			09/01/2001 | []                                    | release_date '09/01/2001' is not a YYYY-MM-DD date
			2001-09-01 | "[{""name"": \"\"\"\", ""id"": 4}]" | production_companies entry 0: name is missing or blank
			2001-09-01 | "[{""name"": ""Halestorm"", ""id"": 4}" | production_companies is not valid JSON: Unexpected end-of-input
			2001-09-01 | "{""name"": ""Halestorm"", ""id"": 4}"  | production_companies is not a JSON array
			""")
	void aBadMoviesRowIsReportedAgainstTheMoviesFileAndItsMovieComesFromTheCreditsFile(String releaseDate,
			String companies, String reason) {
		Path credits = TestFiles.write(this.dir, CREDITS, "movie_id,title,cast,crew\n9,Nine,[],[]\n");
		Path movies = TestFiles.write(this.dir, MOVIES, MOVIES_HEADER + "\n" + "0,[],,9,[],en,Nueve,\"An\noverview\",0,"
				+ companies + ",[]," + releaseDate + ",0,0,[],Released,,Nine,0,0\n");
		RecordingSink sink = parse(credits, movies);

		assertThat(sink.skipped()).singleElement().satisfies((skipped) -> {
			assertThat(skipped.file()).isEqualTo(MOVIES);
			assertThat(skipped.line()).isEqualTo(2);
			assertThat(skipped.reason()).startsWith(reason);
		});
		assertThat(sink.works()).containsExactly(new WorkRow("tmdb:movie:9", "Nine", null, "movie", null, null, null, "9"));
		assertThat(sink.of(Companies.class)).containsExactly(new Companies("tmdb:movie:9", List.of()));
	}

	@Test
	void aWrongHeaderFailsBeforeAnythingIsPushed() {
		Path credits = TestFiles.write(this.dir, CREDITS, "movie_id,title,cast\n1,One,[]\n");
		RecordingSink sink = new RecordingSink();

		assertThatThrownBy(() -> new TmdbParser(credits, TestFiles.fixture("tmdb/" + MOVIES)).parse(sink))
			.isInstanceOf(ImportFileException.class)
			.hasMessageContaining(CREDITS)
			.hasMessageContaining("crew");
		assertThat(sink.calls).isEmpty();
		assertThat(sink.progress).isEmpty();
	}

	@Test
	void theFilesSwappedFailBeforeAnythingIsPushed() {
		RecordingSink sink = new RecordingSink();
		TmdbParser swapped = new TmdbParser(TestFiles.fixture("tmdb/" + MOVIES), TestFiles.fixture("tmdb/" + CREDITS));

		assertThatThrownBy(() -> swapped.parse(sink)).isInstanceOf(ImportFileException.class)
			.hasMessageContaining("wrong header");
		assertThat(sink.calls).isEmpty();
	}

	@Test
	void aMissingFileFailsBeforeAnythingIsPushed() {
		RecordingSink sink = new RecordingSink();
		TmdbParser parser = new TmdbParser(this.dir.resolve(CREDITS), TestFiles.fixture("tmdb/" + MOVIES));

		assertThatThrownBy(() -> parser.parse(sink)).isInstanceOf(ImportFileException.class)
			.hasMessageContaining(CREDITS)
			.hasMessageContaining("not found");
		assertThat(sink.calls).isEmpty();
	}

	@Test
	void aTruncatedGzipIsRefusedBeforeAnythingIsPushed() throws IOException {
		// Ten copies of the fixture's rows under new ids: big enough that the cut falls well after
		// the header.
		List<String> lines = Files.readAllLines(TestFiles.fixture("tmdb/" + CREDITS));
		StringBuilder text = new StringBuilder(lines.getFirst()).append('\n');
		for (int copy = 0; copy < 10; copy++) {
			String suffix = "000" + copy;
			lines.subList(1, lines.size()).forEach((line) -> text.append(line.replaceFirst("^([0-9]+),", "$1" + suffix + ","))
				.append('\n'));
		}
		Path whole = TestFiles.gzip(TestFiles.write(this.dir, "whole.csv", text.toString()), this.dir, "whole.csv.gz");
		Path cut = TestFiles.truncate(whole, this.dir, CREDITS + ".gz", 0.5);
		RecordingSink sink = new RecordingSink();

		assertThatThrownBy(() -> new TmdbParser(cut, TestFiles.fixture("tmdb/" + MOVIES)).parse(sink))
			.isInstanceOf(ImportFileException.class)
			.hasMessageMatching(".*" + CREDITS + ".gz:[0-9]+: gzip stream is corrupt or truncated: .*");
		// Refused whole: none of the movies before the break is pushed.
		assertThat(sink.calls).isEmpty();
	}

	@Test
	void theFullTmdb5000GivesEveryMovieAndEveryMappedCredit() {
		Path data = TestFiles.SHARED_DATA.resolve("tmdb5000");
		assumeTrue(Files.exists(data.resolve("tmdb_5000_credits.csv.gz")), "shared data not present");
		RecordingSink sink = new RecordingSink();

		new TmdbParser(data.resolve("tmdb_5000_credits.csv.gz"), data.resolve("tmdb_5000_movies.csv.gz")).parse(sink);

		// expected_counts.py on the full files: works=4803 undated=1 credits=141487 people=66506
		// characters=105574, and the roles below.
		List<CreditRow> credits = sink.credits().values().stream().flatMap(List::stream).toList();
		assertThat(sink.skipped()).isEmpty();
		assertThat(sink.works()).hasSize(4803);
		assertThat(sink.works()).filteredOn((work) -> work.released() == null).hasSize(1);
		assertThat(credits).hasSize(141_487);
		assertThat(sink.people().stream().map(PersonRow::id).distinct()).hasSize(66_506);
		assertThat(credits.stream().mapToInt((credit) -> credit.characters().size()).sum()).isEqualTo(105_574);
		assertThat(countByRole(credits)).isEqualTo(Map.of(Role.ACTOR, 106_257L, Role.CINEMATOGRAPHER, 3676L,
				Role.COMPOSER, 4125L, Role.DIRECTOR, 5166L, Role.EDITOR, 4699L, Role.PRODUCER, 10_206L, Role.WRITER,
				7358L));
	}

	private static Map<Role, Long> countByRole(List<CreditRow> credits) {
		return credits.stream().collect(Collectors.groupingBy(CreditRow::role, Collectors.counting()));
	}

	private RecordingSink parseFixture() {
		return parse(TestFiles.fixture("tmdb/" + CREDITS), TestFiles.fixture("tmdb/" + MOVIES));
	}

	private Path movies() {
		return TestFiles.write(this.dir, MOVIES, MOVIES_HEADER + "\n");
	}

	private static RecordingSink parse(Path credits, Path movies) {
		RecordingSink sink = new RecordingSink();
		new TmdbParser(credits, movies).parse(sink);
		return sink;
	}

}
