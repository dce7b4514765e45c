package org.ensemble.ingest.parse;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.ensemble.ingest.parse.LineReader.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTests {

	@Test
	void crlfEndsAreDroppedButALoneCarriageReturnIsText() throws IOException {
		List<Line> lines = read("a\r\nb\rc\nlast\r", 100);

		assertThat(lines).extracting(Line::text).containsExactly("a", "b\rc", "last");
		assertThat(lines).extracting(Line::number).containsExactly(1L, 2L, 3L);
	}

	@Test
	void emptyLinesAreLinesAndALastLineNeedsNoNewline() throws IOException {
		List<Line> lines = read("\n\nx", 100);

		assertThat(lines).extracting(Line::text).containsExactly("", "", "x");
	}

	@Test
	void aLineOverTheLimitIsSkippedWholeAndTheNextOneIsRead() throws IOException {
		List<Line> lines = read("short\n" + "y".repeat(50_000) + "\nafter\n", 1000);

		assertThat(lines).extracting(Line::tooLong).containsExactly(false, true, false);
		assertThat(lines.get(1).text()).isEmpty();
		assertThat(lines.get(2).text()).isEqualTo("after");
		assertThat(lines.get(2).number()).isEqualTo(3);
	}

	@Test
	void aLineExactlyAtTheLimitIsKeptEvenWithACarriageReturn() throws IOException {
		String full = "z".repeat(1000);

		List<Line> lines = read(full + "\r\n" + full + "z\n", 1000);

		assertThat(lines.get(0).text()).isEqualTo(full);
		assertThat(lines.get(1).tooLong()).isTrue();
	}

	private static List<Line> read(String text, int max) throws IOException {
		LineReader reader = new LineReader(new StringReader(text), max);
		List<Line> lines = new ArrayList<>();
		for (Line line = reader.next(); line != null; line = reader.next()) {
			lines.add(line);
		}
		return lines;
	}

}
