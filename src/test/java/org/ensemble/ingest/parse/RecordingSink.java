package org.ensemble.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records what a parser pushes, in order, so tests can check both the rows and their order. */
final class RecordingSink implements ImportSink {

	sealed interface Call permits Person, Work, Credits, Skipped, Companies, Aliases {
	}

	record Person(PersonRow row) implements Call {
	}

	record Work(WorkRow row) implements Call {
	}

	record Credits(String workId, List<CreditRow> credits) implements Call {
	}

	record Skipped(String file, long line, String reason) implements Call {
	}

	record Companies(String workId, List<CompanyRow> companies) implements Call {
	}

	record Aliases(String personId, List<String> aliases) implements Call {
	}

	record Progress(String file, long bytesRead, long totalBytes) {
	}

	/** Every call but progress, which is only a hint and would clutter order checks. */
	final List<Call> calls = new ArrayList<>();

	final List<Progress> progress = new ArrayList<>();

	@Override
	public void person(PersonRow person) {
		this.calls.add(new Person(person));
	}

	@Override
	public void work(WorkRow work) {
		this.calls.add(new Work(work));
	}

	@Override
	public void credits(String workId, List<CreditRow> credits) {
		this.calls.add(new Credits(workId, credits));
	}

	@Override
	public void skipped(String file, long line, String reason) {
		this.calls.add(new Skipped(file, line, reason));
	}

	@Override
	public void progress(String file, long bytesRead, long totalBytes) {
		this.progress.add(new Progress(file, bytesRead, totalBytes));
	}

	@Override
	public void companies(String workId, List<CompanyRow> companies) {
		this.calls.add(new Companies(workId, companies));
	}

	@Override
	public void aliases(String personId, List<String> aliases) {
		this.calls.add(new Aliases(personId, aliases));
	}

	List<WorkRow> works() {
		return of(Work.class).stream().map(Work::row).toList();
	}

	WorkRow work(String id) {
		return works().stream()
			.filter((work) -> work.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no work " + id));
	}

	List<PersonRow> people() {
		return of(Person.class).stream().map(Person::row).toList();
	}

	/** The first row pushed for this person id. */
	PersonRow person(String id) {
		return people().stream()
			.filter((person) -> person.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no person " + id));
	}

	/** Credit lists by work id; fails when a work's list was pushed twice. */
	Map<String, List<CreditRow>> credits() {
		Map<String, List<CreditRow>> byWork = new LinkedHashMap<>();
		for (Credits call : of(Credits.class)) {
			if (byWork.put(call.workId(), call.credits()) != null) {
				throw new AssertionError("credits of " + call.workId() + " pushed twice");
			}
		}
		return byWork;
	}

	List<CreditRow> credits(String workId) {
		List<CreditRow> credits = credits().get(workId);
		if (credits == null) {
			throw new AssertionError("no credits for " + workId);
		}
		return credits;
	}

	List<Skipped> skipped() {
		return of(Skipped.class);
	}

	<T extends Call> List<T> of(Class<T> type) {
		return this.calls.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
