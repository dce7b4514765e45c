package org.ensemble.ingest.parse;

import org.ensemble.credit.Ids;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.Set;

import org.ensemble.ingest.parse.TsvTable.Row;

/** Streams {@code title.basics}: emits the works that pass the filters and remembers their ids. */
final class ImdbTitles {

	static final List<String> COLUMNS = List.of("tconst", "titleType", "primaryTitle", "originalTitle", "isAdult",
			"startYear");

	private ImdbTitles() {
	}

	/**
	 * The titles read.
	 *
	 * @param kept the kept tconsts, in file order, so that works without principals can be given their
	 * (empty) credit list in a predictable order
	 * @param keptSeries the kept tconsts that are series, onto which episode credits roll up
	 * @param allSeries every series tconst in the file, kept or not: an episode whose series is not among
	 * them has a missing series, not a filtered one
	 */
	record Titles(SequencedSet<String> kept, Set<String> keptSeries, Set<String> allSeries) {
	}

	/** IMDb's title types that are series: their episodes roll up onto them. */
	static final Set<String> SERIES_TYPES = Set.of("tvSeries", "tvMiniSeries");

	static Titles read(TsvTable table, Set<String> titleTypes, boolean includeAdult, ImportSink sink) {
		int tconst = table.column("tconst");
		int titleType = table.column("titleType");
		int primaryTitle = table.column("primaryTitle");
		int originalTitle = table.column("originalTitle");
		int isAdult = table.column("isAdult");
		int startYear = table.column("startYear");
		SequencedSet<String> kept = new LinkedHashSet<>();
		Set<String> keptSeries = new HashSet<>();
		Set<String> allSeries = new HashSet<>();
		for (Row row = table.next(sink); row != null; row = table.next(sink)) {
			String type = row.value(titleType);
			if (type != null && SERIES_TYPES.contains(type) && row.value(tconst) != null) {
				allSeries.add(row.value(tconst));
			}
			if (type == null || !titleTypes.contains(type)) {
				continue;
			}
			try {
				String id = row.value(tconst);
				if (id == null || !Ids.valid("imdb:" + id)) {
					throw new BadRowException("tconst is missing or not a usable id");
				}
				if (!includeAdult && adult(row.value(isAdult))) {
					continue;
				}
				String title = row.value(primaryTitle);
				if (title == null || title.isBlank()) {
					throw new BadRowException("primaryTitle is missing");
				}
				Integer year = ImdbYears.parse(row.value(startYear), "startYear");
				if (!kept.add(id)) {
					throw new BadRowException("tconst " + id + " appears twice; the first row is used");
				}
				if (SERIES_TYPES.contains(type)) {
					keptSeries.add(id);
				}
				sink.work(new WorkRow("imdb:" + id, title, row.value(originalTitle), ImdbKinds.of(type), null, year, id,
						null));
			}
			catch (BadRowException ex) {
				sink.skipped(table.name(), row.line(), ex.getMessage());
			}
		}
		return new Titles(kept, keptSeries, allSeries);
	}

	private static boolean adult(String value) throws BadRowException {
		if (value == null || value.equals("0")) {
			return false;
		}
		if (value.equals("1")) {
			return true;
		}
		throw new BadRowException("isAdult '" + Text.abbreviate(value) + "' is not 0 or 1");
	}

}
