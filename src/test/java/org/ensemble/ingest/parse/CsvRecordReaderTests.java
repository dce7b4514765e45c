package org.ensemble.ingest.parse;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import org.ensemble.ingest.parse.CsvRecordReader.CsvRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordReaderTests {

	@Test
	void quotedFieldsKeepCommasNewlinesCarriageReturnsAndDoubledQuotes() throws IOException {
		List<CsvRecord> records = read("id,overview\n1,\"a, b\nsecond line\rbare CR \"\"quoted\"\" end\"\n2,plain\n");

		assertThat(records).hasSize(3);
		assertThat(records.get(1).fields()).containsExactly("1", "a, b\nsecond line\rbare CR \"quoted\" end");
		assertThat(records.get(2).fields()).containsExactly("2", "plain");
	}

	@Test
	void recordsAreNumberedByThePhysicalLineTheyStartOn() throws IOException {
		List<CsvRecord> records = read("h1,h2\n\"one\ntwo\nthree\",x\nnext,y\n");

		assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 5L);
	}

	@Test
	void crlfLineEndsAreNotPartOfTheLastField() throws IOException {
		List<CsvRecord> records = read("a,b\r\n1,\"q\"\r\n2,x\r\n");

		assertThat(records).extracting(CsvRecord::fields)
			.containsExactly(List.of("a", "b"), List.of("1", "q"), List.of("2", "x"));
		assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L);
	}

	@Test
	void aCarriageReturnInsideAQuotedFieldBeforeTheLineEndIsKept() throws IOException {
		List<CsvRecord> records = read("a\n\"x\r\n\"\n");

		assertThat(records.get(1).fields()).containsExactly("x\r\n");
	}

	@Test
	void blankLinesAreNotRecords() throws IOException {
		List<CsvRecord> records = read("a,b\n\n1,2\r\n\r\n3,4\n\n");

		assertThat(records).extracting(CsvRecord::fields)
			.containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
		assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 3L, 5L);
	}

	@Test
	void emptyFieldsAndALastLineWithoutNewlineAreRead() throws IOException {
		List<CsvRecord> records = read("a,,\"\"\n,x,");

		assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("a", "", ""), List.of("", "x", ""));
	}

	@Test
	void leadingAndTrailingWhitespaceAndTabsAreKept() throws IOException {
		List<CsvRecord> records = read(" a ,\tb\t,\" c \"\n");

		assertThat(records.get(0).fields()).containsExactly(" a ", "\tb\t", " c ");
	}

	@Test
	void anUnterminatedQuoteIsAProblemOfItsRecord() throws IOException {
		List<CsvRecord> records = read("a,b\n1,\"never closed\n2,x\n");

		assertThat(records).hasSize(2);
		assertThat(records.get(1).line()).isEqualTo(2);
		assertThat(records.get(1).problem()).contains("column 2").contains("never closed");
	}

	@Test
	void textAfterAClosingQuoteIsAProblemAndTheNextRecordIsStillRead() throws IOException {
		List<CsvRecord> records = read("\"ab\"c,d\n1,2\n");

		assertThat(records.get(0).problem()).contains("after the closing quote of column 1");
		assertThat(records.get(1).fields()).containsExactly("1", "2");
		assertThat(records.get(1).problem()).isNull();
	}

	@Test
	void aRecordOverTheLimitIsReportedWithoutBeingKept() throws IOException {
		String huge = "x".repeat(500);
		CsvRecordReader reader = new CsvRecordReader(new StringReader("a,\"" + huge + "\"\nb,c\n"), 100);

		CsvRecord first = reader.next();
		CsvRecord second = reader.next();

		assertThat(first.problem()).contains("longer than 100");
		assertThat(first.fields()).isEmpty();
		assertThat(second.fields()).containsExactly("b", "c");
		assertThat(second.line()).isEqualTo(2);
	}

	@Property(tries = 300)
	void anyFieldsWrittenAsRfc4180AreReadBack(
			@ForAll @Size(min = 1, max = 5) List<@Chars({ ',', '"', '\n', '\r', ' ', '\t', 'é', '中' }) @CharRange(
					from = 'a', to = 'c') String> fields) throws IOException {
		StringBuilder line = new StringBuilder();
		for (String field : fields) {
			line.append((line.isEmpty()) ? "" : ",").append('"').append(field.replace("\"", "\"\"")).append('"');
		}
		List<CsvRecord> records = read(line + "\r\n" + line + "\n");

		assertThat(records).hasSize(2);
		assertThat(records.get(0).fields()).isEqualTo(fields);
		assertThat(records.get(1).fields()).isEqualTo(fields);
	}

	private static List<CsvRecord> read(String text) throws IOException {
		CsvRecordReader reader = new CsvRecordReader(new StringReader(text), CsvRecordReader.MAX_RECORD);
		List<CsvRecord> records = new ArrayList<>();
		for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
			records.add(record);
		}
		return records;
	}

}
