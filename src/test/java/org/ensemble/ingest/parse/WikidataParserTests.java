package org.ensemble.ingest.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ensemble.credit.Role;
import org.ensemble.ingest.parse.RecordingSink.Person;
import org.ensemble.ingest.parse.RecordingSink.Skipped;
import org.ensemble.ingest.parse.RecordingSink.Work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Wikidata parser over {@code src/test/resources/wikidata} (written by {@code make_fixtures.py}:
 * the Ballerina story, as the official dump's array and as NDJSON in another order).
 */
class WikidataParserTests {

	private static final String BALLERINA = "wikidata:Q90000001";

	private static final String THE_CALL = "wikidata:Q90000002";

	private static final String HELLBOUND = "wikidata:Q90000003";

	private static final String DP = "wikidata:Q90000004";

	@TempDir
	Path dir;

	@Test
	void everyPersonComesBeforeTheWorksWhichComeInFileOrderEachWithCompaniesThenCredits() {
		RecordingSink sink = parse(array());

		int lastPerson = sink.calls.lastIndexOf(sink.of(Person.class).getLast());
		int firstWork = sink.calls.indexOf(sink.of(Work.class).getFirst());
		assertThat(lastPerson).isLessThan(firstWork);
		assertThat(sink.works()).extracting(WorkRow::id).containsExactly(BALLERINA, THE_CALL, HELLBOUND, DP);
		List<String> order = sink.calls.subList(firstWork, firstWork + 3).stream().map((call) -> call.getClass().getSimpleName()).toList();
		assertThat(order).containsExactly("Work", "Companies", "Credits");
	}

	@Test
	void aWorkHasItsEnglishTitleTheTitleStatementItsIdsAndItsEarliestDate() {
		RecordingSink sink = parse(array());

		// The deprecated 2019 date is ignored; of 2023-10-06 and 2023-10-20 the earliest is taken.
		assertThat(sink.work(BALLERINA)).isEqualTo(new WorkRow(BALLERINA, "Ballerina", "발레리나", "movie",
				LocalDate.of(2023, 10, 6), 2023, "tt15353916", "1004663", "Q90000001"));
		assertThat(sink.work(THE_CALL)).isEqualTo(new WorkRow(THE_CALL, "The Call", "콜", "movie", LocalDate.of(2020, 11, 27),
				2020, "tt10530176", null, "Q90000002"));
	}

	@Test
	void yearAndMonthPrecisionGiveAYearWithoutADateAndSeriesAreSeries() {
		RecordingSink sink = parse(array());

		assertThat(sink.work(HELLBOUND)).isEqualTo(new WorkRow(HELLBOUND, "Hellbound", null, "series", null, 2021, null, null,
				"Q90000003"));
		assertThat(sink.work(DP).year()).isEqualTo(2021);
		assertThat(sink.work(DP).released()).isNull();
	}

	@Test
	void castIsBilledInStatementOrderSkippingDeprecatedAndValuelessStatements() {
		RecordingSink sink = parse(array());

		assertThat(sink.credits(BALLERINA)).containsExactly(credit("Q90000101", Role.DIRECTOR, List.of(), null),
				credit("Q90000102", Role.ACTOR, List.of("Ok-ju"), 0), credit("Q90000103", Role.ACTOR, List.of("Choi-pro"), 1),
				credit("Q90000104", Role.ACTOR, List.of("Min-hee"), 2), credit("Q90000105", Role.COMPOSER, List.of(), null),
				credit("Q90000101", Role.WRITER, List.of(), null));
		// The Call: a somevalue and a novalue cast statement, and a novalue composer, are passed over silently.
		assertThat(sink.credits(THE_CALL)).containsExactly(credit("Q90000101", Role.DIRECTOR, List.of(), null),
				credit("Q90000106", Role.ACTOR, List.of(), 0), credit("Q90000102", Role.ACTOR, List.of(), 1),
				credit("Q90000101", Role.WRITER, List.of(), null));
		// The deprecated cast member is not a credit, nor a person looked for.
		assertThat(sink.people()).extracting(PersonRow::id).doesNotContain("wikidata:Q90000199");
	}

	@Test
	void companiesAreNamedByTheirLabelWithTheRoleOfTheirStatement() {
		RecordingSink sink = parse(array());

		assertThat(companies(sink, BALLERINA)).containsExactly(
				new CompanyRow("wikidata:Q90000201", "클라이맥스 스튜디오", "production"),
				new CompanyRow("wikidata:Q907311", "Netflix", "distributor"));
		assertThat(companies(sink, HELLBOUND)).containsExactly(new CompanyRow("wikidata:Q907311", "Netflix", "broadcaster"));
		assertThat(companies(sink, THE_CALL)).containsExactly(new CompanyRow("wikidata:Q907311", "Netflix", "distributor"));
	}

	@Test
	void peopleAreNamedInEnglishAndKnownByEveryOtherLabelAndAlias() {
		RecordingSink sink = parse(array());

		assertThat(sink.person("wikidata:Q90000101")).isEqualTo(new PersonRow("wikidata:Q90000101", "Lee Chung-hyun",
				"nm7652862", "1527408", "Q90000101", 1990));
		assertThat(aliases(sink, "wikidata:Q90000101")).containsExactly("이충현", "イ・チュンヒョン", "Lee Choong Hyun");
		// Labels first (ko, ja, then by language: fr repeats the name, zh), then aliases; each once.
		assertThat(aliases(sink, "wikidata:Q90000102")).containsExactly("전종서", "チョン・ジョンソ", "全钟瑞", "Jun Jong-seo");
		assertThat(sink.person("wikidata:Q90000102").birthYear()).isEqualTo(1994);
		// English wins whatever the order of the labels; then the multilingual label; then Korean.
		assertThat(sink.person("wikidata:Q90000103").name()).isEqualTo("Kim Ji-hoon");
		assertThat(sink.person("wikidata:Q90000105").name()).isEqualTo("GRAY");
		assertThat(aliases(sink, "wikidata:Q90000105")).containsExactly("그레이", "Lee Sung-hwa");
		assertThat(sink.person("wikidata:Q90000112").name()).isEqualTo("한준희");
	}

	@Test
	void namelessEntitiesAndMissingPeopleAreReportedWithTheirLine() {
		RecordingSink sink = parse(array());

		assertThat(sink.skipped()).containsExactly(new Skipped("ballerina.json", 13, "work Q90000005 has no label"),
				new Skipped("ballerina.json", 17, "person Q90000111 has no label; the id is used as the name"),
				new Skipped("ballerina.json", 6, "person Q90000107 is not in the file; credit kept with the id as the name"));
		assertThat(sink.works()).extracting(WorkRow::id).doesNotContain("wikidata:Q90000005");
		assertThat(sink.person("wikidata:Q90000111").name()).isEqualTo("Q90000111");
		assertThat(sink.person("wikidata:Q90000107"))
			.isEqualTo(new PersonRow("wikidata:Q90000107", "Q90000107", null, null, "Q90000107", null));
		// Only the people credited on a kept work: not the property P57, not Netflix.
		assertThat(sink.people()).hasSize(12);
	}

	@Test
	void ndjsonAndGzipGiveWhatTheArrayGives() {
		RecordingSink array = parse(array());
		RecordingSink ndjson = parse(fixture("ballerina.ndjson"));
		RecordingSink gzip = parse(TestFiles.gzip(fixture("ballerina.ndjson"), this.dir, "ballerina.ndjson.gz"));
		RecordingSink arrayGzip = parse(TestFiles.gzip(array(), this.dir, "ballerina.json.gz"));

		for (RecordingSink other : List.of(ndjson, gzip, arrayGzip)) {
			assertThat(sorted(other.works())).isEqualTo(sorted(array.works()));
			assertThat(other.credits()).isEqualTo(array.credits());
			assertThat(other.people()).containsExactlyInAnyOrderElementsOf(array.people());
			assertThat(other.skipped()).extracting(Skipped::reason)
				.containsExactlyInAnyOrderElementsOf(array.skipped().stream().map(Skipped::reason).toList());
		}
		assertThat(arrayGzip.calls).isEqualTo(array.calls.stream()
			.map((call) -> (call instanceof Skipped s) ? new Skipped("ballerina.json.gz", s.line(), s.reason()) : call)
			.toList());
	}

	@Test
	void aFileCutMidLineImportsTheEntitiesBeforeTheCutAndReportsIt() {
		Path cut = TestFiles.copy(array(), this.dir, "cut.json");
		String text = read(cut);
		// Line 14 is D.P.: cut it in the middle.
		int dp = text.indexOf("{\"type\":\"item\",\"id\":\"Q90000004\"");
		TestFiles.write(this.dir, "cut.json", text.substring(0, dp + 200));

		RecordingSink sink = parse(cut);

		assertThat(sink.works()).extracting(WorkRow::id).containsExactly(BALLERINA, THE_CALL, HELLBOUND);
		assertThat(sink.skipped()).filteredOn((skipped) -> skipped.line() >= 14).satisfiesExactly((broken) -> {
			assertThat(broken.line()).isEqualTo(14);
			assertThat(broken.reason()).startsWith("the line is not valid JSON");
		}, (unclosed) -> {
			assertThat(unclosed.line()).isEqualTo(15);
			assertThat(unclosed.reason()).startsWith("the JSON array has no closing ']': the file is cut short");
		});
		// D.P.'s people were never looked for.
		assertThat(sink.people()).extracting(PersonRow::id).doesNotContain("wikidata:Q90000109");
	}

	@Test
	void aGzipCutShortIsRefusedBeforeAnythingReachesTheSink() {
		Path gz = TestFiles.gzip(array(), this.dir, "ballerina.json.gz");
		Path cut = TestFiles.truncate(gz, this.dir, "cut.json.gz", 0.6);
		RecordingSink sink = new RecordingSink();

		assertThatThrownBy(() -> new WikidataParser(cut, WikidataParser.DEFAULT_WORK_CLASSES).parse(sink))
			.isInstanceOf(ImportFileException.class)
			.hasMessageMatching(".*cut.json.gz:[0-9]+: gzip stream is corrupt or truncated: .*");
		assertThat(sink.calls).isEmpty();
	}

	@Test
	void aMalformedLineIsReportedAndTheOthersRead() {
		List<String> lines = read(fixture("ballerina.ndjson")).lines().toList();
		String text = String.join("\n", lines.subList(0, 3)) + "\n{\"type\":\"item\",\"id\":\"Q1\",\"labels\":\n"
				+ "[1, 2]\n" + String.join("\n", lines.subList(3, lines.size())) + "\n";
		Path file = TestFiles.write(this.dir, "bad.ndjson", text);

		RecordingSink sink = parse(file);

		assertThat(sink.skipped()).filteredOn((skipped) -> skipped.line() == 4 || skipped.line() == 5)
			.extracting(Skipped::reason)
			.satisfiesExactly((reason) -> assertThat(reason).startsWith("the line is not valid JSON"),
					(reason) -> assertThat(reason).isEqualTo("the line is not a JSON object"));
		assertThat(sink.works()).hasSize(4);
	}

	@Test
	void textAfterTheClosingBracketIsReported() {
		Path file = TestFiles.write(this.dir, "more.json", read(array()) + "{\"type\":\"item\",\"id\":\"Q2\"}\n");

		RecordingSink sink = parse(file);

		assertThat(sink.skipped()).contains(new Skipped("more.json", 22, "text after the JSON array's closing ']'"));
		assertThat(sink.works()).hasSize(4);
	}

	@Test
	void moreWorkClassesCanBeListedWithOrWithoutTheirKind() {
		String shortFilm = """
				{"type":"item","id":"Q3","labels":{"en":{"language":"en","value":"A Short"}},"claims":{"P31":[\
				{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":24862}\
				,"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}]}}
				""";
		Path file = TestFiles.write(this.dir, "short.ndjson", shortFilm);

		assertThat(parse(file).works()).isEmpty();
		RecordingSink sink = new RecordingSink();
		new WikidataParser(file, WikidataParser.workClasses("Q24862")).parse(sink);
		assertThat(sink.works()).singleElement().satisfies((work) -> {
			assertThat(work.kind()).isEqualTo("short");
			assertThat(work.year()).isNull();
		});
		assertThat(WikidataParser.workClasses("Q24862, Q506240=tv_special, Q1")).containsEntry("Q24862", "short")
			.containsEntry("Q506240", "tv_special")
			.containsEntry("Q1", "movie")
			.containsAllEntriesOf(WikidataParser.DEFAULT_WORK_CLASSES);
		assertThatIllegalArgumentException().isThrownBy(() -> WikidataParser.workClasses("film"))
			.withMessageContaining("'film' is not a Q-id");
		assertThatIllegalArgumentException().isThrownBy(() -> WikidataParser.workClasses("Q1=Movie"));
	}

	private static CreditRow credit(String q, Role role, List<String> characters, Integer billing) {
		return new CreditRow("wikidata:" + q, null, role, characters, billing, null);
	}

	private static List<CompanyRow> companies(RecordingSink sink, String workId) {
		return first(sink, RecordingSink.Companies.class, (call) -> call.workId().equals(workId)).companies();
	}

	private static List<String> aliases(RecordingSink sink, String personId) {
		return first(sink, RecordingSink.Aliases.class, (call) -> call.personId().equals(personId)).aliases();
	}

	private static <T extends RecordingSink.Call> T first(RecordingSink sink, Class<T> type, Predicate<T> which) {
		return sink.of(type).stream().filter(which).findFirst().orElseThrow();
	}

	private static List<WorkRow> sorted(List<WorkRow> works) {
		return works.stream().sorted(Comparator.comparing(WorkRow::id)).toList();
	}

	private static RecordingSink parse(Path file) {
		RecordingSink sink = new RecordingSink();
		new WikidataParser(file, WikidataParser.DEFAULT_WORK_CLASSES).parse(sink);
		return sink;
	}

	private static Path array() {
		return fixture("ballerina.json");
	}

	static Path fixture(String name) {
		try {
			return Path.of(WikidataParserTests.class.getResource("/wikidata/" + name).toURI());
		}
		catch (URISyntaxException | NullPointerException ex) {
			throw new IllegalStateException("No fixture " + name, ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
