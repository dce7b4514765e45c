package org.ensemble.ingest.parse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.ensemble.credit.Role;
import org.ensemble.ingest.parse.RecordingSink.Aliases;
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

class JsonLinesParserTests {

	private static final String BALLERINA = """
			{"id": "netflix:ballerina", "title": "Ballerina", "kind": "movie", "released": "2023-10-06", "year": 2023, \
			"credits": [{"person": {"id": "jeon-jong-seo", "name": "Jeon Jong-seo"}, "role": "actor", \
			"characters": ["Ok-ju"], "billing": 0}]}""";

	@TempDir
	Path dir;

	@Test
	void eachLineGivesItsPeopleThenTheWorkThenCompaniesThenCredits() {
		RecordingSink sink = parse(TestFiles.fixture("jsonl/ballerina.jsonl"));

		PersonRow lee = new PersonRow("lee-chung-hyun", "Lee Chung-hyun", null, null, null);
		PersonRow jeon = new PersonRow("jeon-jong-seo", "Jeon Jong-seo", null, null, null);
		PersonRow gray = new PersonRow("gray", "GRAY", null, null, null);
		List<String> leeAliases = List.of("Lee Choong Hyun", "이충현");
		assertThat(sink.calls.subList(0, 7)).containsExactly(new Person(lee), new Aliases(lee.id(), leeAliases),
				new Person(jeon), new Person(gray),
				new Work(new WorkRow("netflix:ballerina", "Ballerina", null, "movie", LocalDate.of(2023, 10, 6), 2023,
						null, null)),
				new Companies("netflix:ballerina", List.of(new CompanyRow("netflix", "Netflix", "distributor"))),
				new Credits("netflix:ballerina",
						List.of(new CreditRow("lee-chung-hyun", "Lee Chung-hyun", Role.DIRECTOR, List.of(), null, null),
								new CreditRow("jeon-jong-seo", "Jeon Jong-seo", Role.ACTOR, List.of("Ok-ju"), 0, null),
								new CreditRow("gray", "GRAY", Role.COMPOSER, List.of(), null, "music director"))));
		assertThat(sink.skipped()).isEmpty();
	}

	@Test
	void aPersonCreditedTwiceIsAnnouncedOnceWithBothCredits() {
		RecordingSink sink = parse(TestFiles.fixture("jsonl/ballerina.jsonl"));

		assertThat(sink.of(Person.class).subList(3, 6)).extracting((call) -> call.row().id())
			.containsExactly("lee-chung-hyun", "park-shin-hye", "jeon-jong-seo");
		assertThat(sink.credits("netflix:the-call")).filteredOn((credit) -> credit.personId().equals("lee-chung-hyun"))
			.extracting(CreditRow::role)
			.containsExactly(Role.DIRECTOR, Role.WRITER);
	}

	@Test
	void aMissingYearIsLeftToTheWorkRecordWhichTakesItFromTheReleaseDate() {
		RecordingSink sink = parse(TestFiles.fixture("jsonl/ballerina.jsonl"));

		assertThat(sink.work("netflix:the-call")).isEqualTo(new WorkRow("netflix:the-call", "The Call", "콜", "movie",
				LocalDate.of(2020, 11, 27), null, null, null));
	}

	@Test
	void aBadLineIsReportedAndTheRestImported() {
		Path file = TestFiles.write(this.dir, "works.jsonl",
				BALLERINA + "\n{\"id\": \"x\", \"title\": \"Cut\n" + BALLERINA.replace("ballerina", "copy") + "\n");

		RecordingSink sink = parse(file);

		assertThat(sink.skipped()).singleElement().satisfies((skipped) -> {
			assertThat(skipped.file()).isEqualTo("works.jsonl");
			assertThat(skipped.line()).isEqualTo(2);
			assertThat(skipped.reason()).startsWith("the line is not valid JSON: ");
		});
		assertThat(sink.works()).extracting(WorkRow::id).containsExactly("netflix:ballerina", "netflix:copy");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			"id": "netflix:ballerina"       | "id": "no spaces allowed"   | id must be 1 to 128 characters from A-Z a-z 0-9 : . _ -
			"title": "Ballerina"            | "title": "  "               | title is missing or blank
			"released": "2023-10-06"        | "released": "2023-13-06"    | released '2023-13-06' is not a YYYY-MM-DD date
			"year": 2023                    | "year": "2023"              | year must be a whole number
			"role": "actor"                 | "role": "dancer"            | credits[0].role 'dancer' is not one of director, actor, composer, writer, producer, cinematographer, editor
			"billing": 0                    | "billing": 1.5              | credits[0].billing must be a whole number
			"id": "jeon-jong-seo"           | "id": ""                    | credits[0].person.id must be 1 to 128 characters from A-Z a-z 0-9 : . _ -
			"name": "Jeon Jong-seo"         | "name": null                | credits[0].person.name is missing or blank
			"characters": ["Ok-ju"]         | "characters": "Ok-ju"       | credits[0].characters must be an array of strings
			"credits": [                    | "credits": {"x": 1}, "c": [ | credits must be an array
			""")
	void eachRuleBrokenIsReportedNamingItsField(String valid, String invalid, String reason) {
		assertThat(BALLERINA).contains(valid);
		Path file = TestFiles.write(this.dir, "works.jsonl", "\n" + BALLERINA.replace(valid, invalid) + "\n");

		RecordingSink sink = parse(file);

		assertThat(sink.calls).containsExactly(new Skipped("works.jsonl", 2, reason));
	}

	@Test
	void blankLinesAndCrlfEndsAreIgnoredAndLinesKeepTheirNumbers() {
		Path file = TestFiles.write(this.dir, "works.jsonl", "\r\n  \r\n" + BALLERINA + "\r\n\r\n[1]\r\n");

		RecordingSink sink = parse(file);

		assertThat(sink.works()).hasSize(1);
		assertThat(sink.skipped()).containsExactly(new Skipped("works.jsonl", 5, "the line is not a JSON object"));
	}

	@Test
	void aLineTooLongIsReportedWithoutStoppingTheFile() {
		String huge = BALLERINA.replace("Ballerina\"", "B" + "a".repeat(LineReader.MAX_LINE) + "\"");
		Path file = TestFiles.write(this.dir, "works.jsonl", huge + "\n" + BALLERINA + "\n");

		RecordingSink sink = parse(file);

		assertThat(sink.skipped())
			.containsExactly(new Skipped("works.jsonl", 1, "line too long (over 1000000 characters)"));
		assertThat(sink.works()).extracting(WorkRow::title).containsExactly("Ballerina");
	}

	@Test
	void trailingGarbageAfterTheObjectIsABadLine() {
		Path file = TestFiles.write(this.dir, "works.jsonl", BALLERINA + " {}\n");

		RecordingSink sink = parse(file);

		assertThat(sink.works()).isEmpty();
		assertThat(sink.skipped()).singleElement()
			.satisfies((skipped) -> assertThat(skipped.reason()).startsWith("the line is not valid JSON"));
	}

	@Test
	void aTruncatedGzipIsRefusedBeforeAnythingIsPushed() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			text.append(BALLERINA.replace("netflix:ballerina", "work-" + i)).append('\n');
		}
		Path whole = TestFiles.gzip(TestFiles.write(this.dir, "plain", text.toString()), this.dir, "whole.gz");
		Path cut = TestFiles.truncate(whole, this.dir, "works.jsonl.gz", 0.5);
		RecordingSink sink = new RecordingSink();

		assertThatThrownBy(() -> new JsonLinesParser(cut).parse(sink)).isInstanceOf(ImportFileException.class)
			.hasMessageMatching(".*works.jsonl.gz:[0-9]+: gzip stream is corrupt or truncated: .*");
		assertThat(sink.calls).isEmpty();
	}

	@Test
	void aMissingFileFailsBeforeAnythingIsPushed() {
		RecordingSink sink = new RecordingSink();

		assertThatThrownBy(() -> new JsonLinesParser(this.dir.resolve("none.jsonl")).parse(sink))
			.isInstanceOf(ImportFileException.class)
			.hasMessageContaining("none.jsonl");
		assertThat(sink.calls).isEmpty();
	}

	private static RecordingSink parse(Path file) {
		RecordingSink sink = new RecordingSink();
		new JsonLinesParser(file).parse(sink);
		return sink;
	}

}
