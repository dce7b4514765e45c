package org.ensemble.network;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidates of a network step come back unordered beyond their counts; {@link Ties#strongest}
 * ranks them as the collaborators list and Cypher's {@code ORDER BY} would: strongest tie, then
 * strength, then name by code point with unnamed people last, then id.
 */
class TiesTests {

	@Test
	void candidatesRankByTieThenStrengthThenNameThenId() {
		List<Record> rows = List.of(row("p1", "Zed", 2, 5), row("p2", "Abe", 2, 5), row("p3", "Abe", 2, 5),
				row("p4", null, 2, 5), row("p5", "Moe", 3, 3), row("p6", "Kim", 2, 9), row("p7", "Ann", 1, 1));

		assertThat(ids(Ties.strongest(rows, 10))).containsExactly("p5", "p6", "p2", "p3", "p1", "p4", "p7");
		assertThat(ids(Ties.strongest(rows, 3))).containsExactly("p5", "p6", "p2");
		assertThat(Ties.strongest(List.of(), 3)).isEmpty();
	}

	@Test
	void namesCompareByCodePointAsNeo4jOrdersText() {
		// U+FF21 (fullwidth A) is one UTF-16 unit above any surrogate; U+1F600 is a surrogate pair. By code
		// point the emoji comes last, by String.compareTo first.
		List<Record> rows = List.of(row("p1", "\uD83D\uDE00", 1, 1), row("p2", "\uFF21", 1, 1), row("p3", "Z", 1, 1));

		assertThat(ids(Ties.strongest(rows, 3))).containsExactly("p3", "p2", "p1");
	}

	private static List<String> ids(List<Record> rows) {
		return rows.stream().map((r) -> r.get("id").asString()).toList();
	}

	private static Record row(String id, String name, long tie, long strength) {
		return new InternalRecord(List.of("id", "name", "tie", "strength"), List.<Value>of(Values.value(id),
				(name == null) ? Values.NULL : Values.value(name), Values.value(tie), Values.value(strength)));
	}

}
