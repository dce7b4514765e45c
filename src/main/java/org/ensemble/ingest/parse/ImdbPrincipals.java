package org.ensemble.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.Set;

import org.ensemble.catalog.CreditInput;
import org.ensemble.credit.Ids;
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

	/** Kept series: their credits, their own and their episodes', are emitted once the whole file is read. */
	private final Set<String> keptSeries;

	private final Set<String> allSeries;

	/** Each episode's series, or null when episodes are not rolled up. */
	private final ImdbEpisodes episodes;

	/** Per kept series, its credits so far. */
	private final Map<String, Series> series = new HashMap<>();

	private long rolledUp;

	private long withoutSeries;

	private final Set<String> emitted = new HashSet<>();

	/** Each credited nconst with the line of the title group that first credits it, for the missing-person report. */
	private final Map<String, Long> referenced = new HashMap<>();

	private final int tconst;

	private final int ordering;

	private final int nconst;

	private final int category;

	private final int job;

	private final int characters;

	private ImdbPrincipals(TsvTable table, ImdbTitles.Titles titles, ImdbEpisodes episodes, ImportSink sink) {
		this.table = table;
		this.sink = sink;
		this.pending = titles.kept();
		this.keptSeries = (episodes == null) ? Set.of() : titles.keptSeries();
		this.allSeries = titles.allSeries();
		this.episodes = episodes;
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

	/**
	 * @param episodes each episode's series, to roll episode credits up onto kept series; null to keep
	 * titles' credits as they are
	 */
	static Map<String, Long> read(TsvTable table, ImdbTitles.Titles titles, ImdbEpisodes episodes, ImportSink sink) {
		return new ImdbPrincipals(table, titles, episodes, sink).read();
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
				group = (this.pending.contains(title) || seriesOfEpisode(title) != null) ? new ArrayList<>() : null;
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
				Series rolled = this.series.remove(title);
				this.sink.position(this.table.name(), (rolled == null) ? this.table.position() : rolled.firstLine());
				this.sink.credits("imdb:" + title, (rolled == null) ? List.of() : rolled.rows());
			}
		}
		this.pending.clear();
		if (this.episodes != null) {
			this.sink.episodeCredits(this.rolledUp, this.withoutSeries);
		}
		return this.referenced;
	}

	/**
	 * The series an episode's credits roll up onto, or the empty string for an episode whose series is not
	 * in title.basics at all; null for a title that is no episode, or whose series was filtered out.
	 */
	private String seriesOfEpisode(String title) {
		if (this.episodes == null) {
			return null;
		}
		String parent = this.episodes.seriesOf(title);
		if (parent == null) {
			return null;
		}
		if (this.keptSeries.contains(parent)) {
			return parent;
		}
		return this.allSeries.contains(parent) ? null : "";
	}

	private void emit(String title, List<CreditRow> group) {
		if (group == null) {
			return;
		}
		String parent = this.pending.contains(title) ? null : seriesOfEpisode(title);
		if (parent == null || !parent.isEmpty()) {
			// Credits left out name nobody worth importing.
			group.forEach((credit) -> this.referenced.putIfAbsent(credit.personId().substring("imdb:".length()), this.groupLine));
		}
		if (this.keptSeries.contains(title)) {
			// The series' own credits wait for its episodes'.
			rollUp(title, null, group);
			return;
		}
		if (parent != null) {
			if (parent.isEmpty()) {
				this.withoutSeries += group.size();
				if (!group.isEmpty()) {
					this.sink.skipped(this.table.name(), this.groupLine, "episode " + title + ": its series "
							+ this.episodes.seriesOf(title) + " is not in title.basics; its " + group.size() + " credits were left out");
				}
			}
			else {
				this.rolledUp += group.size();
				rollUp(parent, "imdb:" + title, group);
			}
			return;
		}
		this.sink.position(this.table.name(), this.groupLine);
		this.sink.credits("imdb:" + title, group);
		this.pending.remove(title);
		this.emitted.add(title);
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
		}
		catch (BadRowException ex) {
			this.sink.skipped(this.table.name(), row.line(), ex.getMessage());
		}
	}

	/** Adds a group of credits to a series': its own ({@code episode} null) or one episode's. */
	private void rollUp(String seriesTconst, String episode, List<CreditRow> group) {
		Map<String, RolledUp> credits = this.series
			.computeIfAbsent(seriesTconst, (k) -> new Series(this.groupLine, new LinkedHashMap<>()))
			.credits();
		for (CreditRow row : group) {
			credits.computeIfAbsent(row.personId() + "\u0000" + row.role(), (k) -> new RolledUp(row.personId(), row.role()))
				.add(row, episode);
		}
	}

	/**
	 * A kept series' credits so far, one per person and role, and the line of its first group (its own
	 * or an episode's), which a report on the series names: its credits are stored at the file's end.
	 */
	private record Series(long firstLine, Map<String, RolledUp> credits) {

		List<CreditRow> rows() {
			return this.credits.values().stream().flatMap((c) -> c.rows().stream()).toList();
		}

	}

	/** One person's credits in one role on a series and its episodes, folded as they are read. */
	private static final class RolledUp {

		private final String personId;

		private final Role role;

		/**
		 * The characters played, in the order met, as many as a credit holds: a voice actor of a long
		 * series plays hundreds, and one over made the whole series fail its validation.
		 */
		private final Set<String> characters = new LinkedHashSet<>();

		private final Set<String> jobs = new LinkedHashSet<>();

		private final List<String> episodes = new ArrayList<>();

		private boolean onSeries;

		private Integer billing;

		RolledUp(String personId, Role role) {
			this.personId = personId;
			this.role = role;
		}

		void add(CreditRow row, String episode) {
			if (episode == null) {
				this.onSeries = true;
			}
			else {
				this.episodes.add(episode);
			}
			for (String character : row.characters()) {
				if (this.characters.size() == CreditInput.MAX_CHARACTERS) {
					break;
				}
				this.characters.add(character);
			}
			if (row.job() != null) {
				this.jobs.add(row.job());
			}
			if (row.billing() != null) {
				this.billing = (this.billing == null) ? row.billing() : Math.min(this.billing, row.billing());
			}
		}

		/** The distinct jobs in the order met, as many as fit in a credit's job. */
		private String job() {
			StringBuilder job = new StringBuilder();
			for (String one : this.jobs) {
				int length = job.length() + (job.isEmpty() ? 0 : 2) + one.length();
				if (length > CreditInput.MAX_JOB) {
					break;
				}
				job.append(job.isEmpty() ? "" : ", ").append(one);
			}
			return job.isEmpty() ? null : job.toString();
		}

		/**
		 * The credit as rows: one listing the episodes, and one on the series itself when there is one; the
		 * store folds them into one credit that says both.
		 */
		List<CreditRow> rows() {
			String job = job();
			List<String> played = List.copyOf(this.characters);
			List<CreditRow> rows = new ArrayList<>(2);
			if (this.onSeries) {
				rows.add(new CreditRow(this.personId, null, this.role, played, this.billing, job));
			}
			if (!this.episodes.isEmpty()) {
				rows.add(new CreditRow(this.personId, null, this.role, played, this.billing, job, this.episodes));
			}
			return rows;
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
