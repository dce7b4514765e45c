package org.ensemble.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ensemble.catalog.BatchWriter;
import org.ensemble.catalog.CompanyInput;
import org.ensemble.catalog.CreditInput;
import org.ensemble.catalog.PersonInput;
import org.ensemble.catalog.Source;
import org.ensemble.catalog.WorkInput;
import org.ensemble.catalog.WorkWrites;
import org.ensemble.ingest.parse.CompanyRow;
import org.ensemble.ingest.parse.CreditRow;
import org.ensemble.ingest.parse.ImportSink;
import org.ensemble.ingest.parse.PersonRow;
import org.ensemble.ingest.parse.WorkRow;

/**
 * Turns what a parser reads into the records the API takes ({@link WorkInput}, {@link PersonInput}),
 * validates each with the API's rules and hands them to a {@link BatchWriter} in batches: an import
 * writes through the same store, statements and rules as a {@code PUT}. A work is held back until its
 * credits arrive and is then written with them, so the graph never holds a work without its credits.
 * Batches are written on a {@link BackgroundWrites} thread, in order, while the parser reads on;
 * {@link #close()} must follow, also when parsing fails.
 */
final class ImportBatches implements ImportSink, AutoCloseable {

	private static final int CREDITS_PER_BATCH = 10_000;

	private static final int WORKS_PER_BATCH = 2_000;

	private static final int PEOPLE_PER_BATCH = 10_000;

	/**
	 * With collaborations kept in each batch, a batch also ends at this many pairs of its teams, so that
	 * a batch of big casts (a TMDB cast is whole: 100 people make 4,950 pairs) stays a transaction of
	 * bounded size and time.
	 */
	private static final long PAIRS_PER_BATCH = 100_000;

	/** How the source gives people. */
	enum People {

		/** Announced with each work, before its credits (TMDB, JSON Lines): they are the credits' people. */
		WITH_CREDITS,

		/** In a file of their own, after every credit (IMDb): what they say is set on people already credited. */
		AFTER_CREDITS,

		/**
		 * In a pass of their own, before every work (Wikidata): what they say is set on them, as with
		 * {@link #AFTER_CREDITS}, and written before the works that credit them.
		 */
		BEFORE_WORKS

	}

	private final BatchWriter writer;

	private final ImportProgress progress;

	private final People people;

	private final boolean bulk;

	/** Whose word the rows are: each source's credits on a work are its own. */
	private final Source source;

	private final BackgroundWrites background = new BackgroundWrites();

	private final Map<String, WorkRow> awaitingCredits = new LinkedHashMap<>();

	private final Map<String, List<CompanyRow>> companies = new HashMap<>();

	private final Map<String, PersonInput> announced = new LinkedHashMap<>();

	private final List<PersonInput> personRows = new ArrayList<>();

	private final Map<String, WorkInput> works = new LinkedHashMap<>();

	private int creditCount;

	private long pairCount;

	private String file = "";

	private long line;

	/**
	 * @param bulk the database is empty and no service serves it: collaborations are left to the rebuild
	 * that ends the import
	 */
	ImportBatches(BatchWriter writer, ImportProgress progress, People people, boolean bulk, Source source) {
		this.writer = writer;
		this.source = source;
		this.progress = progress;
		this.people = people;
		this.bulk = bulk;
	}

	@Override
	public void position(String file, long line) {
		this.file = file;
		this.line = line;
	}

	@Override
	public void person(PersonRow row) {
		person(row, List.of());
	}

	@Override
	public void person(PersonRow row, List<String> aliases) {
		this.progress.personRead();
		PersonInput person = new PersonInput(row.id(), row.name(), aliases, row.imdbId(), row.tmdbId(), row.wikidataId(),
				row.birthYear());
		if (this.people == People.WITH_CREDITS) {
			this.announced.put(row.id(), person);
			return;
		}
		var problem = this.writer.problems(person);
		if (problem.isPresent()) {
			skip("person " + row.id() + ": " + problem.get().getMessage());
			return;
		}
		this.personRows.add(person);
		if (this.personRows.size() >= PEOPLE_PER_BATCH) {
			flushPeople();
		}
	}

	@Override
	public void aliases(String personId, List<String> names) {
		PersonInput person = this.announced.get(personId);
		if (person != null) {
			this.announced.put(personId, new PersonInput(person.id(), person.name(), names, person.imdbId(), person.tmdbId(),
					person.wikidataId(), person.birthYear()));
		}
	}

	@Override
	public void work(WorkRow work) {
		// People read before every work (BEFORE_WORKS) are committed before the first work that credits them.
		flushPeople();
		this.progress.workRead();
		this.awaitingCredits.put(work.id(), work);
	}

	@Override
	public void companies(String workId, List<CompanyRow> rows) {
		this.companies.put(workId, rows);
	}

	@Override
	public void credits(String workId, List<CreditRow> rows) {
		WorkRow row = this.awaitingCredits.remove(workId);
		List<CompanyRow> companyRows = this.companies.remove(workId);
		if (row == null) {
			return;
		}
		this.progress.creditsRead(rows.size());
		List<CreditInput> credits = new ArrayList<>(rows.size());
		for (CreditRow credit : rows) {
			credits.add(new CreditInput(creditedPerson(credit), credit.role(), credit.characters(), credit.billing(), credit.job(),
					credit.episodes()));
		}
		this.announced.clear();
		List<CompanyInput> companyInputs = (companyRows == null) ? List.of()
				: companyRows.stream().map((c) -> new CompanyInput(c.id(), c.name(), c.role())).toList();
		WorkInput work = new WorkInput(row.id(), row.title(), row.originalTitle(), row.kind(), row.released(), row.year(),
				row.imdbId(), row.tmdbId(), row.wikidataId(), companyInputs, credits);
		var problem = this.writer.problems(work);
		if (problem.isPresent()) {
			skip("work " + row.id() + ": " + problem.get().getMessage());
			return;
		}
		if (this.works.containsKey(workId)) {
			// A work listed twice ends as its last listing says, as two PUTs would: never with both credit lists.
			flushWorks();
		}
		this.works.put(workId, work);
		this.creditCount += rows.size();
		long team = rows.stream().map(CreditRow::personId).distinct().count();
		this.pairCount += team * (team - 1) / 2;
		if (this.creditCount >= CREDITS_PER_BATCH || this.works.size() >= WORKS_PER_BATCH
				|| (!this.bulk && this.pairCount >= PAIRS_PER_BATCH)) {
			flushWorks();
		}
	}

	/**
	 * The person a credit names. IMDb's credits carry no name (it comes later, from name.basics): such a
	 * person is created under their id as name, and named when their row arrives.
	 */
	private PersonInput creditedPerson(CreditRow credit) {
		PersonInput announcedPerson = this.announced.get(credit.personId());
		if (announcedPerson != null) {
			return announcedPerson;
		}
		String name = (credit.personName() == null || credit.personName().isBlank()) ? credit.personId() : credit.personName();
		return new PersonInput(credit.personId(), name, List.of(), null, null, null, null);
	}

	@Override
	public void episodeCredits(long rolledUp, long withoutSeries) {
		this.progress.episodeCredits(rolledUp, withoutSeries);
	}

	@Override
	public void skipped(String file, long line, String reason) {
		this.progress.skipped(file, line, reason);
	}

	private void skip(String reason) {
		this.progress.skipped(this.file, this.line, reason);
	}

	@Override
	public void progress(String file, long bytesRead, long totalBytes) {
		this.progress.file(file, bytesRead, totalBytes);
	}

	/**
	 * Writes what is buffered and waits until it is committed. Works whose credits never came (a
	 * principals file that broke off) are not written: what an earlier import stored of them stays.
	 */
	void finish() {
		flushWorks();
		flushPeople();
		this.awaitingCredits.clear();
		this.background.await();
	}

	@Override
	public void close() {
		this.background.close();
	}

	private void flushPeople() {
		if (this.personRows.isEmpty()) {
			return;
		}
		List<PersonInput> batch = List.copyOf(this.personRows);
		this.personRows.clear();
		this.background.submit(() -> {
			this.writer.mergePeople(batch, this.source, !this.bulk);
			this.progress.peopleStored(batch.size());
		});
	}

	private void flushWorks() {
		if (this.works.isEmpty()) {
			return;
		}
		List<WorkInput> batch = List.copyOf(this.works.values());
		this.works.clear();
		this.creditCount = 0;
		this.pairCount = 0;
		this.background.submit(() -> {
			WorkWrites.Written written = this.writer.write(batch, this.source, this.bulk);
			this.progress.worksStored(written.created() + written.replaced(), written.credits());
			this.progress.worksUnchanged(written.unchanged());
		});
	}

}
