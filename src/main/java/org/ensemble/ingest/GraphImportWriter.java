package org.ensemble.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Session;

import org.ensemble.catalog.CreditInput;
import org.ensemble.catalog.CreditRows;
import org.ensemble.catalog.PersonInput;
import org.ensemble.credit.SearchText;
import org.ensemble.ingest.parse.CompanyRow;
import org.ensemble.ingest.parse.CreditRow;
import org.ensemble.ingest.parse.ImportSink;
import org.ensemble.ingest.parse.PersonRow;
import org.ensemble.ingest.parse.WorkRow;

/**
 * Writes parsed rows in batched {@code UNWIND} transactions. A work is held back until its credits
 * arrive and is then written with them in one transaction, so that the graph never holds a work
 * without its credits, whatever moment the import is stopped at. Collaborations are not touched:
 * the import ends with a rebuild. Transactions run on a {@link BackgroundWrites} thread, in order,
 * while the parser reads on; {@link #close()} must follow, also when parsing fails.
 */
final class GraphImportWriter implements ImportSink, AutoCloseable {

	private static final int CREDITS_PER_TRANSACTION = 10_000;

	private static final int WORKS_PER_TRANSACTION = 2_000;

	private static final int PEOPLE_PER_TRANSACTION = 10_000;

	private static final String MERGE_WORKS = """
			UNWIND $rows AS row
			MERGE (w:Work {id: row.id})
			SET w += row.props""";

	/** Replaces what an earlier import (or an earlier listing in this one) stored for these works. */
	private static final String CLEAR_WORKS = """
			UNWIND $ids AS id
			MATCH (w:Work {id: id})
			CALL (w) {
			  MATCH (w)<-[c]-(:Person) DELETE c
			}
			CALL (w) {
			  MATCH (w)-[r:RELEASED_BY]->(:Company) DELETE r
			}""";

	/**
	 * The people a batch credits, each once and in id order (so that concurrent writers lock them in
	 * the same order). A person known already keeps what they have: names come with person rows.
	 */
	private static final String MERGE_CREDITED_PEOPLE = """
			UNWIND $people AS row
			MERGE (p:Person {id: row.id})
			ON CREATE SET p.name = row.name, p.searchText = row.searchText""";

	private static final String CREATE_CREDITS = """
			UNWIND $rows AS work
			MATCH (w:Work {id: work.id})
			UNWIND work.credits AS row
			MATCH (p:Person {id: row.person})
			CREATE (p)-[c:$(row.type)]->(w)
			SET c = row.props""";

	private static final String CREATE_RELEASES = """
			UNWIND $rows AS row
			MATCH (w:Work {id: row.work})
			MERGE (c:Company {id: row.id})
			ON CREATE SET c.name = row.name
			CREATE (w)-[:RELEASED_BY {role: row.role}]->(c)""";

	private static final String MERGE_PEOPLE = """
			UNWIND $rows AS row
			MERGE (p:Person {id: row.id})
			SET p += row.props""";

	private final Session session;

	private final ImportProgress progress;

	private final BackgroundWrites writes = new BackgroundWrites();

	private final Map<String, WorkRow> awaitingCredits = new LinkedHashMap<>();

	private final Map<String, List<CompanyRow>> companies = new HashMap<>();

	private final Map<String, Map<String, Object>> people = new LinkedHashMap<>();

	private final Map<String, List<String>> aliases = new HashMap<>();

	private final List<Map<String, Object>> works = new ArrayList<>();

	private final Set<String> workIds = new HashSet<>();

	private final Map<String, Map<String, Object>> creditedPeople = new TreeMap<>();

	private final List<Map<String, Object>> workCompanies = new ArrayList<>();

	private int creditCount;

	GraphImportWriter(Session session, ImportProgress progress) {
		this.session = session;
		this.progress = progress;
	}

	@Override
	public void person(PersonRow person) {
		this.progress.personRead();
		Map<String, Object> props = new HashMap<>();
		props.put("name", person.name());
		putIfPresent(props, "imdbId", person.imdbId());
		putIfPresent(props, "tmdbId", person.tmdbId());
		putIfPresent(props, "birthYear", person.birthYear());
		this.people.put(person.id(), props);
		if (this.people.size() >= PEOPLE_PER_TRANSACTION) {
			flushPeople();
		}
	}

	@Override
	public void aliases(String personId, List<String> names) {
		this.aliases.put(personId, names);
		Map<String, Object> props = this.people.get(personId);
		if (props != null) {
			props.put("aliases", names);
		}
	}

	@Override
	public void work(WorkRow work) {
		this.progress.workRead();
		this.awaitingCredits.put(work.id(), work);
	}

	@Override
	public void companies(String workId, List<CompanyRow> rows) {
		this.companies.put(workId, rows);
	}

	@Override
	public void credits(String workId, List<CreditRow> rows) {
		WorkRow work = this.awaitingCredits.remove(workId);
		if (work == null) {
			return;
		}
		if (this.workIds.contains(workId)) {
			// A work listed twice ends as its last listing says, as two PUTs would: never with both credit lists.
			flushWorks();
		}
		this.progress.creditsRead(rows.size());
		List<CreditInput> inputs = rows.stream()
			.map((row) -> new CreditInput(new PersonInput(row.personId(), row.personName() == null ? row.personId() : row.personName(),
					List.of(), null, null, null, null), row.role(), row.characters(), row.billing(), row.job()))
			.toList();
		for (CreditRow row : rows) {
			this.creditedPeople.computeIfAbsent(row.personId(), (id) -> creditedPerson(id, row.personName()));
		}
		List<Map<String, Object>> credits = new CreditRows(inputs).rows();
		Map<String, Object> workRow = new HashMap<>(workRow(work));
		workRow.put("credits", credits);
		this.works.add(workRow);
		this.workIds.add(workId);
		this.creditCount += credits.size();
		for (CompanyRow company : this.companies.getOrDefault(workId, List.of())) {
			Map<String, Object> row = new HashMap<>();
			row.put("work", workId);
			row.put("id", company.id());
			row.put("name", company.name());
			row.put("role", company.role());
			this.workCompanies.add(row);
		}
		this.companies.remove(workId);
		if (this.creditCount >= CREDITS_PER_TRANSACTION || this.works.size() >= WORKS_PER_TRANSACTION) {
			flushWorks();
		}
	}

	/**
	 * A person first seen in a credit. IMDb credits carry no name (it comes later, from name.basics):
	 * such a person is stored under their id with no search text until their person row arrives.
	 */
	private static Map<String, Object> creditedPerson(String id, String name) {
		Map<String, Object> person = new HashMap<>();
		person.put("id", id);
		person.put("name", name == null ? id : name);
		person.put("searchText", name == null ? null : SearchText.of(name, List.of()));
		return person;
	}

	@Override
	public void skipped(String file, long line, String reason) {
		this.progress.skipped(file, line, reason);
	}

	@Override
	public void progress(String file, long bytesRead, long totalBytes) {
		this.progress.file(file, bytesRead, totalBytes);
	}

	/**
	 * Writes what is buffered and waits until it is committed. Works whose credits never came (a
	 * principals file that broke off) get their own properties only: credits stored by an earlier
	 * import are not taken away.
	 */
	void finish() {
		flushWorks();
		flushPeople();
		List<Map<String, Object>> rows = this.awaitingCredits.values().stream().map(GraphImportWriter::workRow).toList();
		for (int from = 0; from < rows.size(); from += WORKS_PER_TRANSACTION) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + WORKS_PER_TRANSACTION));
			this.writes.submit(() -> this.session.executeWrite((tx) -> tx.run(MERGE_WORKS, Map.of("rows", batch)).consume()));
		}
		this.awaitingCredits.clear();
		this.writes.await();
	}

	@Override
	public void close() {
		this.writes.close();
	}

	private void flushPeople() {
		if (this.people.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>(this.people.size());
		this.people.forEach((id, props) -> {
			@SuppressWarnings("unchecked")
			List<String> names = (List<String>) props.getOrDefault("aliases", this.aliases.getOrDefault(id, List.of()));
			props.put("searchText", SearchText.of((String) props.get("name"), names));
			rows.add(Map.of("id", id, "props", props));
		});
		this.writes.submit(() -> {
			this.session.executeWrite((tx) -> tx.run(MERGE_PEOPLE, Map.of("rows", rows)).consume());
			this.progress.peopleStored(rows.size());
		});
		this.people.clear();
		this.aliases.clear();
	}

	private void flushWorks() {
		flushPeople();
		if (this.works.isEmpty()) {
			return;
		}
		List<Map<String, Object>> workRows = List.copyOf(this.works);
		List<Map<String, Object>> people = List.copyOf(this.creditedPeople.values());
		List<Map<String, Object>> companyRows = List.copyOf(this.workCompanies);
		List<String> ids = workRows.stream().map((w) -> (String) w.get("id")).toList();
		int credits = this.creditCount;
		this.writes.submit(() -> {
			this.session.executeWrite((tx) -> {
				tx.run(MERGE_WORKS, Map.of("rows", workRows)).consume();
				tx.run(CLEAR_WORKS, Map.of("ids", ids)).consume();
				tx.run(MERGE_CREDITED_PEOPLE, Map.of("people", people)).consume();
				tx.run(CREATE_CREDITS, Map.of("rows", workRows)).consume();
				if (!companyRows.isEmpty()) {
					tx.run(CREATE_RELEASES, Map.of("rows", companyRows)).consume();
				}
				return null;
			});
			this.progress.worksStored(workRows.size(), credits);
		});
		this.works.clear();
		this.workIds.clear();
		this.creditedPeople.clear();
		this.workCompanies.clear();
		this.creditCount = 0;
	}

	private static Map<String, Object> workRow(WorkRow work) {
		Map<String, Object> props = new HashMap<>();
		props.put("title", work.title());
		props.put("kind", work.kind() == null ? "movie" : work.kind());
		putIfPresent(props, "originalTitle", work.originalTitle());
		putIfPresent(props, "released", work.released());
		putIfPresent(props, "year", work.year() != null ? work.year() : work.released() != null ? work.released().getYear() : null);
		putIfPresent(props, "imdbId", work.imdbId());
		putIfPresent(props, "tmdbId", work.tmdbId());
		props.put("searchText", SearchText.of(work.title(), work.originalTitle() == null ? List.of() : List.of(work.originalTitle())));
		return Map.of("id", work.id(), "props", props);
	}

	private static void putIfPresent(Map<String, Object> props, String key, Object value) {
		if (value != null) {
			props.put(key, value);
		}
	}

}
