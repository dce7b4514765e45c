package org.ensemble.ingest.parse;

import java.util.List;
import java.util.Map;

import org.ensemble.ingest.parse.TsvTable.Row;

/**
 * Streams {@code name.basics} and emits only the people that kept credits refer to: the full file
 * has over ten million people, most of them unrelated to the titles imported.
 */
final class ImdbNames {

	static final List<String> COLUMNS = List.of("nconst", "primaryName", "birthYear");

	private ImdbNames() {
	}

	/** Emits the referenced people it finds, removing them from {@code referenced}, which ends holding the missing ones. */
	static void read(TsvTable table, Map<String, Long> referenced, ImportSink sink) {
		int nconst = table.column("nconst");
		int primaryName = table.column("primaryName");
		int birthYear = table.column("birthYear");
		for (Row row = table.next(sink); row != null; row = table.next(sink)) {
			String id = row.value(nconst);
			if (id == null || referenced.remove(id) == null) {
				continue;
			}
			String name = row.value(primaryName);
			if (name == null || name.isBlank()) {
				sink.skipped(table.name(), row.line(), "primaryName is missing; the id " + id + " is used as the name");
				name = id;
			}
			Integer born;
			try {
				born = ImdbYears.parse(row.value(birthYear), "birthYear");
			}
			catch (BadRowException ex) {
				sink.skipped(table.name(), row.line(), ex.getMessage() + "; the person is kept without it");
				born = null;
			}
			sink.person(new PersonRow("imdb:" + id, name, id, null, born));
		}
	}

}
