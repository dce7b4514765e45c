package org.ensemble.ingest.parse;

import org.ensemble.credit.Ids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.Set;

import org.ensemble.credit.Role;
import org.ensemble.ingest.parse.TsvTable.Row;

/**
 * Streams {@code title.principals}, one group of consecutive rows per title, and emits the
 * complete credit list of every kept title.
 *
 * <p>
 * IMDb lists a title's rows together. If a kept title's rows show up again after another title
 * (a file that was sorted differently or concatenated), its credit list was already emitted, and
 * re-emitting part of it would replace the whole list; holding every title's rows until the end
 * would make memory grow with the file. So those late rows are reported as skipped, each one, and
 * the credits emitted first stand.
 *
 * <p>
 * Titles without any principal row get an empty credit list, so that every kept work has one,
 * unless the file broke off: then the titles not reached get none, rather than a wrong one.
 */
final class ImdbPrincipals {

	static final List<String> COLUMNS = List.of("tconst", "ordering", "nconst", "category", "job", "characters");

	private final TsvTable table;

	private final ImportSink sink;

	/** Kept titles whose credits are still to come; a title leaves it once its group is emitted. */
	private final SequencedSet<String> pending;

	private final Set<String> emitted = new HashSet<>();

	/** Each credited nconst with the line that first credits it, for the missing-person report. */
	private final Map<String, Long> referenced = new HashMap<>();

	private final int tconst;

	private final int ordering;

	private final int nconst;

	private final int category;

	private final int job;

	private final int characters;

	private ImdbPrincipals(TsvTable table, SequencedSet<String> kept, ImportSink sink) {
		this.table = table;
		this.sink = sink;
		this.pending = kept;
		this.tconst = table.column("tconst");
		this.ordering = table.column("ordering");
		this.nconst = table.column("nconst");
		this.category = table.column("category");
		this.job = table.column("job");
		this.characters = table.column("characters");
	}

	/**
	 * Emits credits for every kept title (an empty list for kept titles without principals) and
	 * returns the people credited. Takes ownership of {@code kept}, which it empties as it goes.
	 * @return nconst → line of its first credit
	 */
	private long groupLine;

	static Map<String, Long> read(TsvTable table, SequencedSet<String> kept, ImportSink sink) {
		return new ImdbPrincipals(table, kept, sink).read();
	}

	private Map<String, Long> read() {
		String current = null;
		List<CreditRow> group = null;
		for (Row row = this.table.next(this.sink); row != null; row = this.table.next(this.sink)) {
			String title = row.value(this.tconst);
			if (title == null) {
				this.sink.skipped(this.table.name(), row.line(), "tconst is missing");
				continue;
			}
			if (!title.equals(current)) {
				emit(current, group);
				current = title;
				this.groupLine = row.line();
				group = this.pending.contains(title) ? new ArrayList<>() : null;
			}
			if (group != null) {
				add(row, group);
			}
			else if (this.emitted.contains(title)) {
				this.sink.skipped(this.table.name(), row.line(), "the rows of " + title
						+ " are not listed together; its credits were already imported, this one is left out");
			}
		}
		if (this.table.brokeOff()) {
			// The group being read may be cut, and the titles not reached may well have credits:
			// an empty or partial list would replace what a previous import stored.
			if (!this.pending.isEmpty()) {
				this.sink.skipped(this.table.name(), this.table.position(), "the credits of " + this.pending.size()
						+ " titles come after this point and were not read; those works were left as they were");
			}
		}
		else {
			emit(current, group);
			for (String title : this.pending) {
				this.sink.credits("imdb:" + title, List.of());
			}
		}
		this.pending.clear();
		return this.referenced;
	}

	private void emit(String title, List<CreditRow> group) {
		if (group != null) {
			this.sink.position(this.table.name(), this.groupLine);
			this.sink.credits("imdb:" + title, group);
			this.pending.remove(title);
			this.emitted.add(title);
		}
	}

	private void add(Row row, List<CreditRow> group) {
		Role role = ImdbCategories.of(row.value(this.category)).orElse(null);
		if (role == null) {
			return;
		}
		try {
			String person = row.value(this.nconst);
			if (person == null || !Ids.valid("imdb:" + person)) {
				throw new BadRowException("nconst is missing or not a usable id");
			}
			List<String> played = List.of();
			Integer billing = null;
			if (role == Role.ACTOR) {
				billing = billing(row.value(this.ordering));
				String json = row.value(this.characters);
				played = (json != null) ? Json.strings(Json.parse(json, "characters"), "characters") : List.of();
			}
			group.add(new CreditRow("imdb:" + person, null, role, played, billing, row.value(this.job)));
			this.referenced.putIfAbsent(person, row.line());
		}
		catch (BadRowException ex) {
			this.sink.skipped(this.table.name(), row.line(), ex.getMessage());
		}
	}

	/** IMDb numbers a title's rows from 1; our billing starts at 0 for the top of the bill. */
	private static Integer billing(String ordering) throws BadRowException {
		if (ordering == null) {
			return null;
		}
		try {
			int value = Integer.parseInt(ordering);
			if (value >= 1) {
				return value - 1;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below.
		}
		throw new BadRowException("ordering '" + Text.abbreviate(ordering) + "' is not a whole number of at least 1");
	}

}
