package org.ensemble.ingest.parse;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SequencedSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.ensemble.credit.Role;
import org.ensemble.ingest.parse.RecordingSink.Call;
import org.ensemble.ingest.parse.RecordingSink.Credits;
import org.ensemble.ingest.parse.RecordingSink.Person;
import org.ensemble.ingest.parse.RecordingSink.Skipped;
import org.ensemble.ingest.parse.RecordingSink.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fixture is 19 real titles cut from the IMDb subset in shared/data (see
 * {@code cut_imdb_fixture.py}); counts come from {@code expected_counts.py}, which shares no code
 * with the parser.
 */
class ImdbParserTests {

	private static final String BASICS_HEADER = "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres";

	private static final String PRINCIPALS_HEADER = "tconst\tordering\tnconst\tcategory\tjob\tcharacters";

	private static final String NAMES_HEADER = "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles";

	private static final String PRINCIPALS = "title.principals.tsv";

	@TempDir
	Path dir;

	@Test
	void keptTitlesBecomeWorksWithTheirStartYear() {
		RecordingSink sink = parseFixture();

		assertThat(sink.works()).hasSize(17);
		assertThat(sink.work("imdb:tt9806258")).isEqualTo(
				new WorkRow("imdb:tt9806258", "Shadowtown", "Shadowtown", "movie", null, 2020, "tt9806258", null));
		assertThat(sink.work("imdb:tt9806336").originalTitle()).isEqualTo("Betonrausch");
	}

	@Test
	void fixtureCountsMatchAnIndependentCount() {
		RecordingSink sink = parseFixture();

		List<CreditRow> credits = sink.credits().values().stream().flatMap(List::stream).toList();
		// expected_counts.py: works=17 credits=108 people=107, two of them missing from name.basics.
		assertThat(sink.credits()).hasSize(17);
		assertThat(credits).hasSize(108);
		assertThat(countByRole(credits)).isEqualTo(Map.of(Role.ACTOR, 51L, Role.CINEMATOGRAPHER, 7L, Role.COMPOSER,
				4L, Role.DIRECTOR, 13L, Role.EDITOR, 6L, Role.PRODUCER, 13L, Role.WRITER, 14L));
		assertThat(sink.people()).hasSize(107);
		assertThat(sink.people()).extracting(PersonRow::id).doesNotHaveDuplicates();
		assertThat(sink.skipped()).hasSize(2);
	}

	@Test
	void onlyPeopleWithKeptCreditsAreEmitted() {
		RecordingSink sink = parseFixture();

		Set<String> credited = sink.credits()
			.values()
			.stream()
			.flatMap(List::stream)
			.map(CreditRow::personId)
			.collect(Collectors.toSet());
		assertThat(sink.people()).extracting(PersonRow::id).containsExactlyInAnyOrderElementsOf(credited);
		// name.basics in the fixture also holds Ingrid Bergman, credited on none of its titles.
		assertThat(sink.people()).extracting(PersonRow::name).doesNotContain("Ingrid Bergman");
	}

	@Test
	void worksThenCreditsThenPeople() {
		RecordingSink sink = parseFixture();

		List<Class<?>> phases = sink.calls.stream()
			.filter((call) -> !(call instanceof Skipped))
			.<Class<?>>map(Call::getClass)
			.distinct()
			.toList();
		assertThat(phases).containsExactly(Work.class, Credits.class, Person.class);
	}

	@Test
	void actressIsAnActorBilledFromZeroWithHerCharacters() {
		RecordingSink sink = parseFixture();

		assertThat(sink.credits("imdb:tt9806258")).filteredOn((credit) -> credit.role() == Role.ACTOR)
			.extracting(CreditRow::personId, CreditRow::characters, CreditRow::billing)
			.containsExactly(tuple("imdb:nm1147982", List.of("Maya"), 0), tuple("imdb:nm0084908", List.of("María"), 1),
					tuple("imdb:nm6541199", List.of("Asgeir"), 2), tuple("imdb:nm0722636", List.of("Einar"), 3));
		assertThat(sink.credits("imdb:tt9806370")).filteredOn((credit) -> credit.personId().equals("imdb:nm3586035"))
			.singleElement()
			.isEqualTo(new CreditRow("imdb:nm3586035", null, Role.ACTOR, List.of("Mary", "Jane"), 0, null));
	}

	@Test
	void categoriesMapToRolesAndCrewKeepsItsJob() {
		RecordingSink sink = parseFixture();

		assertThat(sink.credits("imdb:tt9806258")).filteredOn((credit) -> credit.role() != Role.ACTOR)
			.extracting(CreditRow::personId, CreditRow::role, CreditRow::job, CreditRow::billing)
			.containsExactly(tuple("imdb:nm11178186", Role.COMPOSER, null, null),
					tuple("imdb:nm0349030", Role.DIRECTOR, null, null), tuple("imdb:nm2264600", Role.DIRECTOR, null, null),
					tuple("imdb:nm1072648", Role.PRODUCER, "producer", null),
					tuple("imdb:nm1785868", Role.PRODUCER, "producer", null),
					tuple("imdb:nm1881813", Role.PRODUCER, "producer", null));
		assertThat(sink.credits("imdb:tt9809952")).extracting(CreditRow::role)
			.contains(Role.WRITER, Role.CINEMATOGRAPHER, Role.EDITOR);
	}

	@Test
	void selfArchiveFootageAndProductionDesignersAreLeftOut() {
		RecordingSink sink = parseFixture();

		// The Appendices: three people as themselves, nobody else.
		assertThat(sink.credits("imdb:tt9810488")).isEmpty();
		assertThat(sink.credits("imdb:tt9810480")).extracting(CreditRow::personId, CreditRow::role)
			.containsExactly(tuple("imdb:nm10490216", Role.DIRECTOR));
		assertThat(sink.credits("imdb:tt9820914")).hasSize(1);
		assertThat(sink.credits("imdb:tt9806336")).hasSize(9);
		assertThat(sink.skipped()).noneMatch((skipped) -> skipped.reason().contains("self"));
	}

	@Test
	void titlesWithoutPrincipalsGetAnEmptyCreditList() {
		RecordingSink sink = parseFixture();

		assertThat(sink.credits("imdb:tt9806954")).isEmpty();
		assertThat(sink.credits("imdb:tt9811746")).isEmpty();
	}

	@Test
	void adultTitlesAreLeftOutUnlessIncluded() {
		RecordingSink withoutAdult = parseFixture();
		RecordingSink withAdult = new RecordingSink();
		new ImdbParser(TestFiles.fixture("imdb"), Set.of("movie"), true).parse(withAdult);

		assertThat(withoutAdult.works()).extracting(WorkRow::id).doesNotContain("imdb:tt9811452", "imdb:tt9818628");
		// expected_counts.py with adult titles: works=19 credits=127, three people missing.
		assertThat(withAdult.works()).extracting(WorkRow::id).contains("imdb:tt9811452", "imdb:tt9818628");
		assertThat(withAdult.works()).hasSize(19);
		assertThat(withAdult.credits().values().stream().mapToInt(List::size).sum()).isEqualTo(127);
		assertThat(withAdult.skipped()).hasSize(3);
	}

	@Test
	void aPersonMissingFromNameBasicsIsReportedAndKeptUnderTheirId() {
		RecordingSink sink = parseFixture();

		assertThat(sink.skipped()).containsExactly(
				new Skipped(PRINCIPALS, 63, "person nm10449319 not in name.basics; credit kept with the id as the name"),
				new Skipped(PRINCIPALS, 118, "person nm13131519 not in name.basics; credit kept with the id as the name"));
		assertThat(sink.person("imdb:nm10449319"))
			.isEqualTo(new PersonRow("imdb:nm10449319", "nm10449319", "nm10449319", null, null));
		assertThat(sink.credits("imdb:tt9809952")).extracting(CreditRow::personId, CreditRow::characters)
			.contains(tuple("imdb:nm10449319", List.of("Kichisaburô")));
	}

	@Test
	void theSamePersonListedTwiceKeepsBothCredits() {
		RecordingSink sink = parseFixture();

		assertThat(sink.credits("imdb:tt9838780")).filteredOn((credit) -> credit.personId().equals("imdb:nm1167899"))
			.extracting(CreditRow::role, CreditRow::billing)
			.containsExactly(tuple(Role.ACTOR, 1), tuple(Role.ACTOR, 5));
	}

	@Test
	void quotesAreTextAndNamesAreKeptAsGiven() {
		RecordingSink sink = parseFixture();

		assertThat(sink.person("imdb:nm5533924").name()).isEqualTo("Stephen \"Dr\" Love");
		assertThat(sink.person("imdb:nm0084908")).isEqualTo(
				new PersonRow("imdb:nm0084908", "Edda Björgvinsdóttir", "nm0084908", null, 1952));
		assertThat(sink.credits("imdb:tt9806370")).extracting(CreditRow::job)
			.contains("based on the graphic novel \"Une nuit de pleine lune\" by");
	}

	@Test
	void backslashNIsNull() {
		RecordingSink sink = parseFixture();

		assertThat(sink.work("imdb:tt9806262").year()).isNull();
		assertThat(sink.person("imdb:nm1167899").birthYear()).isNull();
		assertThat(sink.credits("imdb:tt9838780")).allSatisfy((credit) -> {
			assertThat(credit.characters()).isEmpty();
			assertThat(credit.job()).isNotEqualTo("\\N");
		});
	}

	@Test
	void gzipAndPlainFilesCanBeMixed() {
		Path mixed = this.dir.resolve("mixed");
		mixed.toFile().mkdir();
		TestFiles.gzip(TestFiles.fixture("imdb/title.basics.tsv"), mixed, "title.basics.tsv.gz");
		TestFiles.copy(TestFiles.fixture("imdb/title.principals.tsv"), mixed, PRINCIPALS);
		TestFiles.gzip(TestFiles.fixture("imdb/name.basics.tsv"), mixed, "name.basics.tsv.gz");
		RecordingSink sink = new RecordingSink();

		new ImdbParser(mixed, Set.of("movie"), false).parse(sink);

		assertThat(sink.calls).isEqualTo(parseFixture().calls);
	}

	@Test
	void titleTypesSelectWhatIsKeptAndMapToKinds() {
		writeImdb("""
				tt1	movie	A movie	A movie	0	2001	\\N	90	Drama
				tt2	tvSeries	A series	A series	0	2002	2004	\\N	Drama
				tt3	short	A short	A short	0	2003	\\N	9	Drama
				tt4	tvMiniSeries	A mini	A mini	0	2004	2004	\\N	Drama
				tt5	tvPilot	A pilot	A pilot	0	2005	\\N	\\N	Drama
				tt6	tvEpisode	An episode	An episode	0	2006	\\N	\\N	Drama
				""", "", "");
		RecordingSink sink = new RecordingSink();

		new ImdbParser(this.dir, Set.of("tvSeries", "short", "tvMiniSeries", "tvPilot"), false).parse(sink);

		assertThat(sink.works()).extracting(WorkRow::id, WorkRow::kind)
			.containsExactly(tuple("imdb:tt2", "series"), tuple("imdb:tt3", "short"), tuple("imdb:tt4", "series"),
					tuple("imdb:tt5", "tvpilot"));
	}

	@Test
	void crlfLineEndsAreNotPartOfTheLastColumn() {
		writeImdb("tt1\tmovie\tOne\tOne\t0\t2001\t\\N\t90\tDrama\r\n",
				"tt1\t1\tnm1\tactress\t\\N\t[\"Ok-ju\"]\r\ntt1\t2\tnm2\tdirector\t\\N\t\\N\r\n",
				"nm1\tJeon Jong-seo\t1994\t\\N\tactress\ttt1\r\nnm2\tLee Chung-hyun\t\\N\t\\N\tdirector\ttt1\r\n");
		RecordingSink sink = new RecordingSink();

		new ImdbParser(this.dir, Set.of("movie"), false).parse(sink);

		assertThat(sink.skipped()).isEmpty();
		assertThat(sink.credits("imdb:tt1")).containsExactly(
				new CreditRow("imdb:nm1", null, Role.ACTOR, List.of("Ok-ju"), 0, null),
				new CreditRow("imdb:nm2", null, Role.DIRECTOR, List.of(), null, null));
		assertThat(sink.people()).extracting(PersonRow::name, PersonRow::birthYear)
			.containsExactly(tuple("Jeon Jong-seo", 1994), tuple("Lee Chung-hyun", null));
	}

	@Test
	void wrongColumnCountIsReportedWithFileAndLine() {
		writeImdb("tt1\tmovie\tOne\tOne\t0\t2001\t\\N\t90\n" + "tt2\tmovie\tTwo\tTwo\t0\t2002\t\\N\t90\tDrama\n",
				"tt2\t1\tnm1\tactor\t\\N\t[\"A\"]\ntt2\t2\tnm2\tactor\t[\"B\"]\ntt2\t3\tnm3\tactor\t\\N\t\\N\n",
				"nm1\tOne\t\\N\t\\N\tactor\ttt2\nnm3\tThree\t\\N\t\\N\tactor\ttt2\n");
		RecordingSink sink = new RecordingSink();

		new ImdbParser(this.dir, Set.of("movie"), false).parse(sink);

		assertThat(sink.skipped()).containsExactly(
				new Skipped("title.basics.tsv", 2, "expected 9 tab-separated columns, found 8"),
				new Skipped(PRINCIPALS, 3, "expected 6 tab-separated columns, found 5"));
		assertThat(sink.credits("imdb:tt2")).extracting(CreditRow::personId).containsExactly("imdb:nm1", "imdb:nm3");
	}

	@Test
	void malformedValuesAreReportedAndTheRestOfTheTitleKept() {
		writeImdb("tt1\tmovie\tOne\tOne\t0\tsoon\t\\N\t90\tDrama\ntt2\tmovie\tTwo\tTwo\t0\t2002\t\\N\t90\tDrama\n",
				"tt2\t1\tnm1\tactor\t\\N\t[\"unclosed\ntt2\tfirst\tnm2\tactor\t\\N\t\\N\ntt2\t3\tnm3\tactor\t\\N\t\\N\n",
				"nm3\tThree\t19x4\t\\N\tactor\ttt2\n");
		RecordingSink sink = new RecordingSink();

		new ImdbParser(this.dir, Set.of("movie"), false).parse(sink);

		assertThat(sink.skipped()).extracting(Skipped::file, Skipped::line, Skipped::reason)
			.containsExactly(tuple("title.basics.tsv", 2L, "startYear 'soon' is not a year"),
					tuple(PRINCIPALS, 2L, "characters is not valid JSON: " + jsonError("[\"unclosed")),
					tuple(PRINCIPALS, 3L, "ordering 'first' is not a whole number of at least 1"),
					tuple("name.basics.tsv", 2L, "birthYear '19x4' is not a year; the person is kept without it"));
		assertThat(sink.works()).extracting(WorkRow::id).containsExactly("imdb:tt2");
		assertThat(sink.credits("imdb:tt2")).extracting(CreditRow::personId).containsExactly("imdb:nm3");
		assertThat(sink.people()).containsExactly(new PersonRow("imdb:nm3", "Three", "nm3", null, null));
	}

	@Test
	void rowsOfATitleThatComeBackLaterAreReported() {
		writeImdb("tt1\tmovie\tOne\tOne\t0\t2001\t\\N\t90\tDrama\ntt2\tmovie\tTwo\tTwo\t0\t2002\t\\N\t90\tDrama\n",
				"tt1\t1\tnm1\tactor\t\\N\t\\N\ntt2\t1\tnm2\tactor\t\\N\t\\N\ntt1\t2\tnm3\tactor\t\\N\t\\N\n",
				"nm1\tOne\t\\N\t\\N\tactor\ttt1\nnm2\tTwo\t\\N\t\\N\tactor\ttt2\n");
		RecordingSink sink = new RecordingSink();

		new ImdbParser(this.dir, Set.of("movie"), false).parse(sink);

		assertThat(sink.skipped()).singleElement().satisfies((skipped) -> {
			assertThat(skipped.file()).isEqualTo(PRINCIPALS);
			assertThat(skipped.line()).isEqualTo(4);
			assertThat(skipped.reason()).contains("tt1").contains("not listed together");
		});
		assertThat(sink.credits("imdb:tt1")).extracting(CreditRow::personId).containsExactly("imdb:nm1");
		assertThat(sink.people()).extracting(PersonRow::id).containsExactly("imdb:nm1", "imdb:nm2");
	}

	@Test
	void aMissingFileFailsBeforeAnythingIsPushed() {
		writeImdb("tt1\tmovie\tOne\tOne\t0\t2001\t\\N\t90\tDrama\n", "", "");
		this.dir.resolve("name.basics.tsv").toFile().delete();
		RecordingSink sink = new RecordingSink();

		assertThatThrownBy(() -> new ImdbParser(this.dir, Set.of("movie"), false).parse(sink))
			.isInstanceOf(ImportFileException.class)
			.hasMessageContaining("name.basics.tsv.gz")
			.hasMessageContaining("name.basics.tsv");
		assertThat(sink.calls).isEmpty();
	}

	@Test
	void aWrongHeaderInAnyFileFailsBeforeAnythingIsPushed() {
		writeImdb("tt1\tmovie\tOne\tOne\t0\t2001\t\\N\t90\tDrama\n", "", "");
		// name.basics' content under the principals' name.
		TestFiles.write(this.dir, PRINCIPALS, NAMES_HEADER + "\n");
		RecordingSink sink = new RecordingSink();

		assertThatThrownBy(() -> new ImdbParser(this.dir, Set.of("movie"), false).parse(sink))
			.isInstanceOf(ImportFileException.class)
			.hasMessageContaining(PRINCIPALS)
			.hasMessageContaining("wrong header")
			.hasMessageContaining("tconst");
		assertThat(sink.calls).isEmpty();
		assertThat(sink.progress).isEmpty();
	}

	@Test
	void anEmptyFileFailsBeforeAnythingIsPushed() {
		writeImdb("tt1\tmovie\tOne\tOne\t0\t2001\t\\N\t90\tDrama\n", "", "");
		TestFiles.write(this.dir, "name.basics.tsv", "");
		RecordingSink sink = new RecordingSink();

		assertThatThrownBy(() -> new ImdbParser(this.dir, Set.of("movie"), false).parse(sink))
			.isInstanceOf(ImportFileException.class)
			.hasMessageContaining("name.basics.tsv: is empty");
		assertThat(sink.calls).isEmpty();
	}

	@Test
	void aTruncatedPrincipalsGzipIsRefusedBeforeAnythingIsPushed() {
		Path whole = principalsOf3000Titles();
		TestFiles.truncate(whole, this.dir, PRINCIPALS + ".gz", 0.5);
		RecordingSink sink = new RecordingSink();

		assertThatThrownBy(() -> new ImdbParser(this.dir, Set.of("movie"), false).parse(sink))
			.isInstanceOf(ImportFileException.class)
			.hasMessageMatching(".*" + PRINCIPALS + ".gz:[0-9]+: gzip stream is corrupt or truncated: .*compressed bytes\\)");
		assertThat(sink.calls).isEmpty();
	}

	/**
	 * A file that breaks off after the check (it changed on disk, or the disk failed) is reported
	 * where it broke, and the titles it did not reach get no credit list, rather than an empty one.
	 */
	@Test
	void aPrincipalsFileThatBreaksOffWhileReadIsReportedAndUnreadTitlesGetNoCreditList() throws Exception {
		Path whole = principalsOf3000Titles();
		Path gz = TestFiles.copy(whole, this.dir, PRINCIPALS + ".gz");
		SequencedSet<String> kept = new LinkedHashSet<>();
		for (int title = 0; title < 3000; title++) {
			kept.add("tt" + title);
		}
		RecordingSink sink = new RecordingSink();

		try (TsvTable table = TsvTable.open(gz, ImdbPrincipals.COLUMNS)) {
			try (FileChannel channel = FileChannel.open(gz, StandardOpenOption.WRITE)) {
				channel.truncate(Files.size(gz) / 2);
			}
			ImdbPrincipals.read(table, new ImdbTitles.Titles(kept, Set.of(), Set.of()), null, sink);
		}

		Map<String, List<CreditRow>> credits = sink.credits();
		assertThat(credits.size()).isBetween(1, 2900);
		assertThat(credits.values()).allSatisfy((list) -> assertThat(list).hasSize(10));
		List<Skipped> skipped = sink.skipped();
		assertThat(skipped).hasSize(2);
		assertThat(skipped.get(0).file()).isEqualTo(PRINCIPALS + ".gz");
		assertThat(skipped.get(0).reason()).startsWith("gzip stream is corrupt or truncated: ");
		assertThat(skipped.get(0).line()).isGreaterThan(10L * credits.size());
		assertThat(skipped.get(1).reason()).startsWith("the credits of " + (3000 - credits.size()) + " titles");
	}

	/**
	 * title.basics with 3000 movies, name.basics with one of their people, and their principals
	 * gzipped, returned; the characters' names are random so that the gzip is several times the
	 * importer's read buffers.
	 */
	private Path principalsOf3000Titles() {
		Random random = new Random(42);
		StringBuilder basics = new StringBuilder();
		StringBuilder principals = new StringBuilder(PRINCIPALS_HEADER).append('\n');
		for (int title = 0; title < 3000; title++) {
			basics.append("tt").append(title).append("\tmovie\tTitle ").append(title).append("\tT\t0\t2000\t\\N\t90\tDrama\n");
			for (int order = 1; order <= 10; order++) {
				principals.append("tt").append(title).append('\t').append(order).append("\tnm").append(order)
					.append("\tactor\t\\N\t[\"Role ").append(title).append(' ').append(Long.toHexString(random.nextLong()))
					.append("\"]\n");
			}
		}
		writeImdb(basics.toString(), "", "nm1\tOne\t\\N\t\\N\tactor\ttt1\n");
		Path plain = TestFiles.write(this.dir, "principals.plain", principals.toString());
		Path whole = TestFiles.gzip(plain, this.dir, "principals.gz");
		this.dir.resolve(PRINCIPALS).toFile().delete();
		return whole;
	}

	@Test
	void theFullImdbSampleGivesEveryKeptTitleAndCredit() {
		Path data = TestFiles.SHARED_DATA.resolve("imdb-sample");
		assumeTrue(Files.exists(data.resolve(PRINCIPALS)), "shared data not present");
		RecordingSink sink = new RecordingSink();

		new ImdbParser(data, Set.of("movie"), false).parse(sink);

		// expected_counts.py on the full sample (movies, adult excluded): works=1994 credits=10949
		// people=9570, five of them missing from name.basics, and the roles below.
		List<CreditRow> credits = sink.credits().values().stream().flatMap(List::stream).toList();
		assertThat(sink.works()).hasSize(1994);
		assertThat(sink.credits()).hasSize(1994);
		assertThat(credits).hasSize(10_949);
		assertThat(countByRole(credits)).isEqualTo(Map.of(Role.ACTOR, 4792L, Role.CINEMATOGRAPHER, 835L,
				Role.COMPOSER, 702L, Role.DIRECTOR, 1712L, Role.EDITOR, 471L, Role.PRODUCER, 1346L, Role.WRITER, 1091L));
		assertThat(sink.people()).hasSize(9570);
		assertThat(sink.skipped()).extracting(Skipped::reason)
			.containsExactlyInAnyOrder(missing("nm10449319"), missing("nm13131519"), missing("nm4063929"),
					missing("nm7794409"), missing("nm8380195"));
	}

	private static String missing(String nconst) {
		return "person " + nconst + " not in name.basics; credit kept with the id as the name";
	}

	/** The message Jackson gives for this text, so the test does not pin Jackson's wording. */
	private static String jsonError(String json) {
		try {
			Json.parse(json, "x");
			throw new AssertionError("parsed");
		}
		catch (BadRowException ex) {
			return ex.getMessage().substring("x is not valid JSON: ".length());
		}
	}

	private void writeImdb(String basics, String principals, String names) {
		TestFiles.write(this.dir, "title.basics.tsv", BASICS_HEADER + "\n" + basics);
		TestFiles.write(this.dir, PRINCIPALS, PRINCIPALS_HEADER + "\n" + principals);
		TestFiles.write(this.dir, "name.basics.tsv", NAMES_HEADER + "\n" + names);
	}

	private static Map<Role, Long> countByRole(List<CreditRow> credits) {
		return credits.stream().collect(Collectors.groupingBy(CreditRow::role, Collectors.counting()));
	}

	private static RecordingSink parseFixture() {
		RecordingSink sink = new RecordingSink();
		new ImdbParser(TestFiles.fixture("imdb"), Set.of("movie"), false).parse(sink);
		return sink;
	}

}
