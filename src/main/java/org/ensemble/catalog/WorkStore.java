package org.ensemble.catalog;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import org.springframework.stereotype.Component;

import org.ensemble.collaboration.CollaborationUpkeep;
import org.ensemble.credit.Role;
import org.ensemble.credit.SearchText;
import org.ensemble.credit.Team;
import org.ensemble.credit.TeamChange;
import org.ensemble.credit.TeamCredit;

/**
 * The only code that writes works, people, credits and companies. The API writes a batch of one,
 * importers and the demo batches of thousands, through the same statements, so the same work gives
 * the same graph by every road.
 *
 * <p>
 * A batch is one transaction: its works are locked in id order, then everyone on their old and new
 * teams in id order (the lock order of every writer, the rebuild included), then the works whose
 * stored state differs from the input are rewritten and their collaborations brought up to date in
 * the same transaction. A work whose properties, credits and companies are as stored is not written
 * at all, so a re-import of unchanged files costs reads only.
 */
@Component
class WorkStore {

	/** How a batch's collaborations are kept. */
	enum Collaborations {

		/** Brought up to date in the batch's own transaction: readers never see them disagree with the credits. */
		EXACT,

		/**
		 * Left alone: only for a bulk import into a database that no service is serving, which ends with a
		 * rebuild (the collaborations are marked stale until it is done).
		 */
		LEFT_TO_REBUILD

	}

	/** What a batch changed: per work id, whether it was new, changed or as stored; and the credits written. */
	record Outcome(Map<String, Change> works, int creditsWritten) {

		long count(Change change) {
			return this.works.values().stream().filter(change::equals).count();
		}

	}

	enum Change {

		CREATED, REPLACED, UNCHANGED

	}

	/** A work's stored state: its properties, credits and companies. */
	private static final String STATE = """
			RETURN w.id AS id, properties(w) AS props,
			       [(w)<-[c:%s]-(p:Person) | {person: p.id, type: type(c), props: properties(c)}] AS credits,
			       [(w)-[r:RELEASED_BY]->(c:Company) | {id: c.id, role: r.role}] AS companies""".formatted(Role.CREDIT_TYPES);

	/** What is stored of these works, read without locks: enough to find the works that are as stored. */
	private static final String STORED = """
			UNWIND $ids AS id
			MATCH (w:Work {id: id})
			""" + STATE;

	/**
	 * The works to write, merged (a new one is created bare: it has no title yet) and write-locked in id
	 * order, then read again: under the lock nobody else changes them, so this is the state their
	 * collaborations were counted from.
	 */
	private static final String LOCKED = """
			UNWIND $ids AS id
			MERGE (w:Work {id: id})
			ON CREATE SET w.createdAt = $now
			SET w.locked = true
			REMOVE w.locked
			""" + STATE;

	/** The work to delete, write-locked and read. */
	private static final String LOCKED_FOR_DELETE = """
			MATCH (w:Work {id: $id})
			SET w.locked = true
			REMOVE w.locked
			""" + STATE;

	/** With collaborations kept, the works exist and are locked by now ({@link #LOCKED}); in bulk, they are created here. */
	private static final String SET_WORKS = """
			UNWIND $rows AS row
			MERGE (w:Work {id: row.id})
			ON CREATE SET w.createdAt = $now
			SET w += row.props, w.updatedAt = CASE WHEN row.created THEN null ELSE $now END""";

	/**
	 * People are created on first sight with what the credit says of them; a person already stored keeps
	 * their facts (those are written by person upserts and a source's person rows). With {@code lock},
	 * everyone is write-locked, in id order, for the collaboration upkeep.
	 */
	private static final String MERGE_PEOPLE = """
			UNWIND $rows AS row
			MERGE (p:Person {id: row.id})
			ON CREATE SET p += row.props, p.createdAt = $now
			WITH p WHERE $lock
			SET p.locked = true
			REMOVE p.locked""";

	private static final String CLEAR_WORKS = """
			UNWIND $ids AS id
			MATCH (w:Work {id: id})
			CALL (w) {
			  MATCH (w)<-[c:%s]-(:Person) DELETE c
			}
			CALL (w) {
			  MATCH (w)-[r:RELEASED_BY]->(:Company) DELETE r
			}""".formatted(Role.CREDIT_TYPES);

	private static final String CREATE_CREDITS = """
			UNWIND $rows AS work
			MATCH (w:Work {id: work.id})
			UNWIND work.credits AS row
			MATCH (p:Person {id: row.person})
			CREATE (p)-[c:$(row.type)]->(w)
			SET c = row.props""";

	private static final String CREATE_RELEASES = """
			UNWIND $rows AS work
			MATCH (w:Work {id: work.id})
			UNWIND work.companies AS row
			MERGE (c:Company {id: row.id})
			ON CREATE SET c.name = row.name, c.createdAt = $now
			CREATE (w)-[:RELEASED_BY {role: row.role}]->(c)""";

	private static final String CURRENT_PEOPLE = """
			UNWIND $ids AS id
			MATCH (p:Person {id: id})
			RETURN p.id AS id, properties(p) AS props""";

	private static final String SET_PEOPLE = """
			UNWIND $rows AS row
			MERGE (p:Person {id: row.id})
			ON CREATE SET p.createdAt = $now
			ON MATCH SET p.updatedAt = $now
			SET p += row.props""";

	/** Properties that say when, not what: never compared, never part of a checksum. */
	private static final Set<String> BOOKKEEPING = Set.of("id", "createdAt", "updatedAt");

	private final CollaborationUpkeep collaborations;

	WorkStore(CollaborationUpkeep collaborations) {
		this.collaborations = collaborations;
	}

	/**
	 * Writes a batch of validated works, each with exactly its credits and companies. A work listed twice
	 * ends as its last listing says.
	 */
	Outcome write(TransactionContext tx, List<WorkInput> batch, Collaborations mode) {
		Map<String, Desired> desired = new TreeMap<>();
		for (WorkInput work : batch) {
			desired.put(work.id(), new Desired(work));
		}
		// Most works of a re-import are as stored: found without taking a lock, they are not written at all.
		Map<String, Stored> unlocked = new HashMap<>();
		tx.run(STORED, Map.of("ids", List.copyOf(desired.keySet())))
			.forEachRemaining((record) -> unlocked.put(record.get("id").asString(), Stored.of(record)));
		Set<String> toLock = new java.util.TreeSet<>();
		desired.forEach((id, work) -> {
			Stored before = unlocked.get(id);
			if (before == null || !before.sameAs(work)) {
				toLock.add(id);
			}
		});
		// In bulk, nobody else writes: what was read is what is there.
		Map<String, Stored> stored = (mode == Collaborations.EXACT) ? new HashMap<>() : unlocked;
		if (mode == Collaborations.EXACT && !toLock.isEmpty()) {
			tx.run(LOCKED, Map.of("ids", List.copyOf(toLock), "now", ZonedDateTime.now())).forEachRemaining((record) -> {
				Stored before = Stored.of(record);
				if (!before.isBare()) {
					stored.put(record.get("id").asString(), before);
				}
			});
		}
		Map<String, Change> outcome = new LinkedHashMap<>();
		List<Desired> changed = new ArrayList<>();
		for (Desired work : desired.values()) {
			Stored before = stored.get(work.id);
			if (!toLock.contains(work.id) || (before != null && before.sameAs(work))) {
				outcome.put(work.id, Change.UNCHANGED);
			}
			else if (before == null) {
				outcome.put(work.id, Change.CREATED);
				changed.add(work);
			}
			else {
				outcome.put(work.id, Change.REPLACED);
				changed.add(work);
			}
		}
		if (changed.isEmpty()) {
			return new Outcome(outcome, 0);
		}
		ZonedDateTime now = ZonedDateTime.now();
		List<Map<String, Object>> rows = changed.stream().map((w) -> w.row(outcome.get(w.id) == Change.CREATED)).toList();
		tx.run(SET_WORKS, Map.of("rows", rows, "now", now)).consume();
		tx.run(MERGE_PEOPLE, Map.of("rows", peopleToLock(changed, stored), "now", now, "lock", mode == Collaborations.EXACT))
			.consume();
		List<String> replaced = changed.stream().map((w) -> w.id).filter(stored::containsKey).toList();
		if (!replaced.isEmpty()) {
			tx.run(CLEAR_WORKS, Map.of("ids", replaced)).consume();
		}
		tx.run(CREATE_CREDITS, Map.of("rows", rows)).consume();
		if (changed.stream().anyMatch((w) -> !w.companies.isEmpty())) {
			tx.run(CREATE_RELEASES, Map.of("rows", rows, "now", now)).consume();
		}
		if (mode == Collaborations.EXACT) {
			List<TeamChange> changes = new ArrayList<>();
			for (Desired work : changed) {
				Stored before = stored.get(work.id);
				changes.add(new TeamChange(before == null ? Team.NONE : before.team(), work.team()));
			}
			this.collaborations.apply(tx, changes);
		}
		return new Outcome(outcome, changed.stream().mapToInt((w) -> w.credits.size()).sum());
	}

	/** Removes a work; its collaborations are recounted from the credits that remain. False when there was none. */
	boolean delete(TransactionContext tx, String id) {
		List<Stored> found = new ArrayList<>();
		tx.run(LOCKED_FOR_DELETE, Map.of("id", id)).forEachRemaining((record) -> found.add(Stored.of(record)));
		if (found.isEmpty()) {
			return false;
		}
		Team before = found.get(0).team();
		List<Map<String, Object>> people = before.credits().stream().map(TeamCredit::personId).distinct().sorted()
			.map((personId) -> Map.<String, Object>of("id", personId, "props", Map.of("name", personId)))
			.toList();
		tx.run(MERGE_PEOPLE, Map.of("rows", people, "now", ZonedDateTime.now(), "lock", true)).consume();
		tx.run("MATCH (w:Work {id: $id}) DETACH DELETE w", Map.of("id", id)).consume();
		this.collaborations.apply(tx, List.of(new TeamChange(before, Team.NONE)));
		return true;
	}

	/**
	 * Sets what a person upsert or a source's person rows say of people. With {@code complete}, the input
	 * is all there is to know (a {@code PUT}): facts it leaves out are removed. Otherwise the facts it
	 * gives are set and the others kept, since one source rarely knows all another knows. A person whose
	 * stored facts already match is not written. Returns the ids that were new.
	 */
	Set<String> writePeople(TransactionContext tx, List<PersonInput> people, boolean complete) {
		Map<String, PersonInput> byId = new TreeMap<>();
		people.forEach((person) -> byId.put(person.id(), person));
		Map<String, Map<String, Object>> stored = new HashMap<>();
		tx.run(CURRENT_PEOPLE, Map.of("ids", List.copyOf(byId.keySet())))
			.forEachRemaining((record) -> stored.put(record.get("id").asString(), record.get("props").asMap()));
		Set<String> created = new HashSet<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		byId.forEach((id, person) -> {
			Map<String, Object> before = stored.get(id);
			Map<String, Object> props = personFacts(person, complete ? null : before);
			if (before == null) {
				created.add(id);
			}
			else if (sameFacts(before, props)) {
				return;
			}
			rows.add(Map.of("id", id, "props", props));
		});
		if (!rows.isEmpty()) {
			tx.run(SET_PEOPLE, Map.of("rows", rows, "now", ZonedDateTime.now())).consume();
		}
		return created;
	}

	/** A person's facts as stored; with {@code kept}, the stored facts the input leaves out stay. */
	private static Map<String, Object> personFacts(PersonInput person, Map<String, Object> kept) {
		Map<String, Object> props = new HashMap<>();
		props.put("name", person.name());
		List<String> aliases = person.aliases();
		if (kept != null && kept.get("aliases") instanceof List<?> old) {
			List<String> merged = new ArrayList<>();
			old.forEach((alias) -> merged.add((String) alias));
			aliases.stream().filter((alias) -> !merged.contains(alias)).forEach(merged::add);
			aliases = merged;
		}
		props.put("aliases", aliases.isEmpty() ? null : aliases);
		props.put("imdbId", fact(person.imdbId(), kept, "imdbId"));
		props.put("tmdbId", fact(person.tmdbId(), kept, "tmdbId"));
		props.put("wikidataId", fact(person.wikidataId(), kept, "wikidataId"));
		props.put("birthYear", fact(person.birthYear(), kept, "birthYear"));
		// A person known only by their id (IMDb credits come before names.basics names them) has nothing
		// to search by: no search text, so the full-text index is written once, when the name comes.
		boolean named = !person.name().equals(person.id()) || !aliases.isEmpty();
		props.put("searchText", named ? SearchText.of(person.name(), aliases) : null);
		return props;
	}

	private static Object fact(Object given, Map<String, Object> kept, String key) {
		return (given != null || kept == null) ? given : kept.get(key);
	}

	private static List<Map<String, Object>> peopleToLock(List<Desired> changed, Map<String, Stored> stored) {
		Map<String, Map<String, Object>> rows = new TreeMap<>();
		for (Desired work : changed) {
			work.people.forEach((id, person) -> rows.putIfAbsent(id, row(id, personFacts(person, null))));
			Stored before = stored.get(work.id);
			if (before != null) {
				before.team().credits().forEach((c) -> rows.putIfAbsent(c.personId(), row(c.personId(), Map.of("name", c.personId()))));
			}
		}
		return List.copyOf(rows.values());
	}

	private static Map<String, Object> row(String id, Map<String, Object> props) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("props", withoutNulls(props));
		return row;
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> props) {
		Map<String, Object> clean = new HashMap<>();
		props.forEach((key, value) -> {
			if (value != null) {
				clean.put(key, value);
			}
		});
		return clean;
	}

	/** Compares as the database stores: integers as longs, lists as lists, absent as null. */
	private static boolean sameFacts(Map<String, Object> stored, Map<String, Object> props) {
		Map<String, Object> wanted = normalised(props);
		Set<String> keys = new HashSet<>(wanted.keySet());
		stored.keySet().stream().filter((key) -> !BOOKKEEPING.contains(key)).forEach(keys::add);
		for (String key : keys) {
			if (!Objects.equals(stored.get(key), wanted.get(key))) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, Object> normalised(Map<String, Object> props) {
		return Values.value(withoutNulls(props)).asMap();
	}

	/** A work as the input says it should be stored. */
	private static final class Desired {

		final String id;

		final Map<String, Object> props = new HashMap<>();

		final List<Map<String, Object>> credits;

		final List<TeamCredit> teamCredits;

		final Map<String, PersonInput> people;

		final List<Map<String, Object>> companies;

		final Integer year;

		Desired(WorkInput work) {
			this.id = work.id();
			this.year = work.year();
			this.props.put("title", work.title());
			this.props.put("originalTitle", work.originalTitle());
			this.props.put("kind", work.kind());
			this.props.put("released", work.released());
			this.props.put("year", work.year());
			this.props.put("imdbId", work.imdbId());
			this.props.put("tmdbId", work.tmdbId());
			this.props.put("wikidataId", work.wikidataId());
			this.props.put("searchText",
					SearchText.of(work.title(), work.originalTitle() == null ? List.of() : List.of(work.originalTitle())));
			CreditRows rows = new CreditRows(work.credits());
			this.credits = rows.rows();
			this.teamCredits = rows.team();
			this.people = new LinkedHashMap<>();
			rows.people().forEach((person) -> this.people.put(person.id(), person));
			Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
			for (CompanyInput company : work.companies()) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", company.id());
				row.put("name", company.name());
				row.put("role", company.role());
				byId.putIfAbsent(company.id(), row);
			}
			this.companies = List.copyOf(byId.values());
		}

		Team team() {
			return new Team(this.year, this.teamCredits);
		}

		Map<String, Object> row(boolean created) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", this.id);
			row.put("created", created);
			row.put("props", this.props);
			row.put("credits", this.credits);
			row.put("companies", this.companies);
			return row;
		}

	}

	/** A work as it is stored. */
	private record Stored(Map<String, Object> props, List<Map<String, Object>> credits, Set<Map<String, Object>> companies) {

		static Stored of(org.neo4j.driver.Record record) {
			List<Map<String, Object>> credits = record.get("credits").asList(Value::asMap);
			Set<Map<String, Object>> companies = new HashSet<>();
			record.get("companies").asList(Value::asMap).forEach(companies::add);
			return new Stored(record.get("props").asMap(), credits, companies);
		}

		/** Created just now by the lock's MERGE: every stored work has a title. */
		boolean isBare() {
			return this.props.get("title") == null;
		}

		Team team() {
			Object year = this.props.get("year");
			List<TeamCredit> team = new ArrayList<>();
			for (Map<String, Object> credit : this.credits) {
				Map<?, ?> props = (Map<?, ?>) credit.get("props");
				@SuppressWarnings("unchecked")
				List<String> episodes = (List<String>) props.get("episodes");
				Role.fromRelationship((String) credit.get("type"))
					.ifPresent((role) -> team.add(TeamCredit.stored((String) credit.get("person"), role, episodes,
							(Boolean) props.get("onWork"))));
			}
			return new Team(year == null ? null : ((Number) year).intValue(), team);
		}

		boolean sameAs(Desired work) {
			if (!sameFacts(this.props, work.props)) {
				return false;
			}
			Set<Map<String, Object>> storedCredits = new HashSet<>(this.credits);
			Set<Map<String, Object>> wantedCredits = new HashSet<>();
			for (Map<String, Object> credit : work.credits) {
				wantedCredits.add(Values.value(credit).asMap());
			}
			if (storedCredits.size() != this.credits.size() || !storedCredits.equals(wantedCredits)
					|| wantedCredits.size() != work.credits.size()) {
				return false;
			}
			Set<Map<String, Object>> wantedCompanies = new HashSet<>();
			for (Map<String, Object> company : work.companies) {
				Map<String, Object> key = new HashMap<>();
				key.put("id", company.get("id"));
				key.put("role", company.get("role"));
				wantedCompanies.add(key);
			}
			return this.companies.equals(wantedCompanies);
		}

	}

}
