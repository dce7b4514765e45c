package org.ensemble.catalog;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

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
			       [(w)-[r:RELEASED_BY]->(c:Company) | {id: c.id, role: r.role, source: r.source}] AS companies""".formatted(Role.CREDIT_TYPES);

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

	/**
	 * A company is created on first sight; its name then changes only for a source ranked higher than the
	 * one that named it ({@code nameRank}; a user's own word names a company only when it is new), so the
	 * name does not depend on the order of imports.
	 */
	private static final String CREATE_RELEASES = """
			UNWIND $rows AS work
			MATCH (w:Work {id: work.id})
			UNWIND work.companies AS row
			MERGE (c:Company {id: row.id})
			ON CREATE SET c.createdAt = $now
			WITH w, row, c, c.name IS NULL OR coalesce(c.nameRank, 0) < coalesce(row.rank, -1) AS renamed
			SET c.name = CASE WHEN renamed THEN row.name ELSE c.name END,
			    c.nameRank = CASE WHEN renamed AND row.rank > 0 THEN row.rank ELSE c.nameRank END,
			    c.tmdbId = coalesce(c.tmdbId, row.tmdbId), c.wikidataId = coalesce(c.wikidataId, row.wikidataId)
			CREATE (w)-[r:RELEASED_BY {role: row.role}]->(c)
			SET r.source = row.source""";

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

	/** What sources say of a work, each fact from the highest-ranked source that gives it. */
	static final List<String> WORK_FACTS = List.of("title", "originalTitle", "kind", "released", "year", "imdbId", "tmdbId",
			"wikidataId");

	/** What sources say of a person; names and aliases are gathered apart ({@link Facts#aliases}). */
	static final List<String> PERSON_FACTS = List.of("name", "imdbId", "tmdbId", "wikidataId", "birthYear");

	static final List<String> COMPANY_FACTS = List.of("name", "tmdbId", "wikidataId");

	private final CollaborationUpkeep collaborations;

	WorkStore(CollaborationUpkeep collaborations) {
		this.collaborations = collaborations;
	}

	/**
	 * Writes a batch of validated works, each with exactly its credits and companies as {@code source}
	 * gives them: a source's credits replace what that source said before, and the other sources'
	 * credits stay ({@link Source#API} replaces them all). A work listed twice ends as its last listing
	 * says. Works, people and companies are first resolved to the nodes that carry any of their ids
	 * ({@link Identity}), except in bulk, where the database was empty.
	 */
	Outcome write(TransactionContext tx, List<WorkInput> batch, Collaborations mode, Source source) {
		Resolved ids = (mode == Collaborations.EXACT) ? resolve(tx, batch) : Resolved.AS_GIVEN;
		Map<String, Desired> desired = new TreeMap<>();
		for (WorkInput work : batch) {
			Desired wanted = new Desired(work, ids, source);
			desired.put(wanted.id, wanted);
		}
		// Most works of a re-import are as stored: found without taking a lock, they are not written at all.
		Map<String, Stored> unlocked = new HashMap<>();
		tx.run(STORED, Map.of("ids", List.copyOf(desired.keySet())))
			.forEachRemaining((record) -> unlocked.put(record.get("id").asString(), Stored.of(record)));
		Set<String> toLock = new java.util.TreeSet<>();
		desired.forEach((id, work) -> {
			Stored before = unlocked.get(id);
			if (before == null || !before.sameAs(work.over(before))) {
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
		List<Effective> changed = new ArrayList<>();
		for (Desired work : desired.values()) {
			Stored before = stored.get(work.id);
			Effective after = work.over(before);
			if (!toLock.contains(work.id) || (before != null && before.sameAs(after))) {
				work.inputIds.forEach((id) -> outcome.put(id, Change.UNCHANGED));
			}
			else {
				Change change = (before == null) ? Change.CREATED : Change.REPLACED;
				work.inputIds.forEach((id) -> outcome.put(id, change));
				changed.add(after);
			}
		}
		if (changed.isEmpty()) {
			return new Outcome(outcome, 0);
		}
		ZonedDateTime now = ZonedDateTime.now();
		List<Map<String, Object>> rows = changed.stream().map((w) -> w.row(!stored.containsKey(w.id))).toList();
		tx.run(SET_WORKS, Map.of("rows", rows, "now", now)).consume();
		tx.run(MERGE_PEOPLE, Map.of("rows", peopleToLock(changed, stored, source), "now", now, "lock",
				mode == Collaborations.EXACT))
			.consume();
		if (source != Source.API) {
			// A source that names the people it credits (TMDB, Wikidata) adds what it knows of those already stored.
			List<PersonInput> named = changed.stream().flatMap((w) -> w.desired.people.values().stream())
				.filter((person) -> !isPlaceholder(person))
				.toList();
			if (!named.isEmpty()) {
				writePeople(tx, named, false, source, false);
			}
		}
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
			for (Effective work : changed) {
				Stored before = stored.get(work.id);
				changes.add(new TeamChange(before == null ? Team.NONE : before.team(), work.team()));
			}
			this.collaborations.apply(tx, changes);
		}
		return new Outcome(outcome, changed.stream().mapToInt((w) -> w.desired.credits.size()).sum());
	}

	/** The nodes the batch's works, people and companies stand for. */
	private Resolved resolve(TransactionContext tx, List<WorkInput> batch) {
		List<Identity.Known> works = new ArrayList<>();
		List<Identity.Known> people = new ArrayList<>();
		List<Identity.Known> companies = new ArrayList<>();
		for (WorkInput work : batch) {
			works.add(Identity.Known.of(Identity.Kind.WORK, work.id(), work.imdbId(), work.tmdbId(), work.wikidataId()));
			for (CreditInput credit : work.credits()) {
				PersonInput person = credit.person();
				people.add(Identity.Known.of(Identity.Kind.PERSON, person.id(), person.imdbId(), person.tmdbId(),
						person.wikidataId()));
			}
			for (CompanyInput company : work.companies()) {
				companies.add(Identity.Known.of(Identity.Kind.COMPANY, company.id(), null, null, null));
			}
		}
		return new Resolved(Identity.resolve(tx, Identity.Kind.WORK, works, this.collaborations),
				Identity.resolve(tx, Identity.Kind.PERSON, people, this.collaborations),
				Identity.resolve(tx, Identity.Kind.COMPANY, companies, this.collaborations));
	}

	/** Input ids and the nodes they stand for; an id missing from a map stands for itself. */
	record Resolved(Map<String, String> works, Map<String, String> people, Map<String, String> companies) {

		static final Resolved AS_GIVEN = new Resolved(Map.of(), Map.of(), Map.of());

		String work(String id) {
			return this.works.getOrDefault(id, id);
		}

		String person(String id) {
			return this.people.getOrDefault(id, id);
		}

		String company(String id) {
			return this.companies.getOrDefault(id, id);
		}

	}

	/** Removes a work; its collaborations are recounted from the credits that remain. False when there was none. */
	boolean delete(TransactionContext tx, String anyId) {
		Optional<String> found = Identity.find(tx, Identity.Kind.WORK, anyId);
		if (found.isEmpty()) {
			return false;
		}
		String id = found.get();
		List<Stored> locked = new ArrayList<>();
		tx.run(LOCKED_FOR_DELETE, Map.of("id", id)).forEachRemaining((record) -> locked.add(Stored.of(record)));
		if (locked.isEmpty()) {
			return false;
		}
		Team before = locked.get(0).team();
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
	 * gives are set where no higher-ranked source gave them, and the others kept, since one source rarely
	 * knows all another knows. A person whose stored facts already match is not written. With
	 * {@code resolve}, people are first found by any of their ids. Returns the ids that were new.
	 */
	Set<String> writePeople(TransactionContext tx, List<PersonInput> people, boolean complete, Source source,
			boolean resolve) {
		Map<String, String> nodes = Map.of();
		if (resolve) {
			nodes = Identity.resolve(tx, Identity.Kind.PERSON, people.stream()
				.map((p) -> Identity.Known.of(Identity.Kind.PERSON, p.id(), p.imdbId(), p.tmdbId(), p.wikidataId()))
				.toList(), this.collaborations);
		}
		Map<String, PersonInput> byId = new TreeMap<>();
		for (PersonInput person : people) {
			PersonInput identified = identified(person, nodes.getOrDefault(person.id(), person.id()));
			byId.merge(identified.id(), identified, (a, b) -> b);
		}
		Map<String, Map<String, Object>> stored = new HashMap<>();
		tx.run(CURRENT_PEOPLE, Map.of("ids", List.copyOf(byId.keySet())))
			.forEachRemaining((record) -> stored.put(record.get("id").asString(), record.get("props").asMap()));
		Set<String> created = new HashSet<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		byId.forEach((id, person) -> {
			Map<String, Object> before = stored.get(id);
			Map<String, Object> props = personFacts(person, before, complete ? Source.API : source);
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

	/** The person under the node id they resolved to, with the external ids their own id names. */
	static PersonInput identified(PersonInput person, String nodeId) {
		Identity.Known known = Identity.Known.of(Identity.Kind.PERSON, person.id(), person.imdbId(), person.tmdbId(),
				person.wikidataId());
		String name = isPlaceholder(person) ? nodeId : person.name();
		return new PersonInput(nodeId, name, person.aliases(), known.imdbId(), known.tmdbId(), known.wikidataId(),
				person.birthYear());
	}

	/** IMDb's credits name people by id only, until name.basics: such a name is no fact. */
	static boolean isPlaceholder(PersonInput person) {
		return person.name().equals(person.id()) && person.aliases().isEmpty();
	}

	/**
	 * A person's facts as stored after {@code source} said what the input says: for {@link Source#API},
	 * exactly the input; for a source, merged with what is stored ({@link Facts}). Every name a source
	 * gave that is not the name becomes an alias.
	 */
	static Map<String, Object> personFacts(PersonInput person, Map<String, Object> stored, Source source) {
		boolean placeholder = isPlaceholder(person);
		Map<String, Object> incoming = new HashMap<>();
		incoming.put("name", placeholder ? null : person.name());
		incoming.put("imdbId", person.imdbId());
		incoming.put("tmdbId", person.tmdbId());
		incoming.put("wikidataId", person.wikidataId());
		incoming.put("birthYear", person.birthYear());
		Map<String, Object> props = Facts.merge(stored, incoming, source, PERSON_FACTS);
		String id = person.id();
		String name = (props.get("name") != null) ? (String) props.get("name") : id;
		props.put("name", name);
		List<String> names = new ArrayList<>();
		boolean sorted = false;
		if (source != Source.API && stored != null) {
			if (stored.get("aliases") instanceof List<?> old) {
				old.forEach((alias) -> names.add((String) alias));
			}
			if (stored.get("name") instanceof String storedName && !storedName.equals(id)) {
				names.add(storedName);
			}
			sorted = otherSources(stored, source);
		}
		names.addAll(person.aliases());
		if (!placeholder) {
			names.add(person.name());
		}
		List<String> aliases = Facts.aliases(name, names, sorted);
		props.put("aliases", aliases.isEmpty() ? null : aliases);
		// A person known only by their id (IMDb credits come before names.basics names them) has nothing
		// to search by: no search text, so the full-text index is written once, when the name comes.
		boolean named = !name.equals(id) || !aliases.isEmpty();
		props.put("searchText", named ? SearchText.of(name, aliases) : null);
		return props;
	}

	/** Whether another source than this one gave any of the stored facts. */
	private static boolean otherSources(Map<String, Object> stored, Source source) {
		return stored.get(Facts.SOURCES) instanceof List<?> list
				&& list.stream().anyMatch((entry) -> !String.valueOf(entry).endsWith("=" + source.key()));
	}

	/** Two person nodes found to be one: their facts combined, every name kept. */
	static Map<String, Object> combinedPersonFacts(String id, Map<String, Object> winner, Map<String, Object> loser) {
		Map<String, Object> props = Facts.combine(winner, loser, PERSON_FACTS);
		String name = (String) props.get("name");
		if (name == null || name.equals(id) || name.equals(loser.get("id"))) {
			name = Stream.of(winner.get("name"), loser.get("name"))
				.filter((n) -> n != null && !n.equals(winner.get("id")) && !n.equals(loser.get("id")))
				.map(String::valueOf)
				.findFirst()
				.orElse(id);
		}
		props.put("name", name);
		List<String> names = new ArrayList<>();
		for (Map<String, Object> side : List.of(winner, loser)) {
			if (side.get("aliases") instanceof List<?> list) {
				list.forEach((alias) -> names.add(String.valueOf(alias)));
			}
			if (side.get("name") instanceof String sideName && !sideName.equals(side.get("id"))) {
				names.add(sideName);
			}
		}
		List<String> aliases = Facts.aliases(name, names, true);
		props.put("aliases", aliases.isEmpty() ? null : aliases);
		props.put("searchText", (!name.equals(id) || !aliases.isEmpty()) ? SearchText.of(name, aliases) : null);
		return props;
	}

	/** Two work nodes found to be one: their facts combined. */
	static Map<String, Object> combinedWorkFacts(Map<String, Object> winner, Map<String, Object> loser) {
		Map<String, Object> props = Facts.combine(winner, loser, WORK_FACTS);
		props.put("searchText", workSearchText(props));
		return props;
	}

	private static String workSearchText(Map<String, Object> props) {
		Object original = props.get("originalTitle");
		return SearchText.of((String) props.get("title"), original == null ? List.of() : List.of((String) original));
	}

	static List<Map<String, Object>> peopleToLock(List<Effective> changed, Map<String, Stored> stored,
			Source source) {
		Map<String, Map<String, Object>> rows = new TreeMap<>();
		for (Effective work : changed) {
			work.desired.people.forEach((id, person) -> rows.putIfAbsent(id, row(id, personFacts(person, null, source))));
			for (Map<String, Object> credit : work.credits) {
				String id = (String) credit.get("person");
				rows.putIfAbsent(id, row(id, Map.of("name", id)));
			}
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

	static Map<String, Object> withoutNulls(Map<String, Object> props) {
		Map<String, Object> clean = new HashMap<>();
		props.forEach((key, value) -> {
			if (value != null) {
				clean.put(key, value);
			}
		});
		return clean;
	}

	/** Compares as the database stores: integers as longs, lists as lists, absent as null. */
	static boolean sameFacts(Map<String, Object> stored, Map<String, Object> props) {
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

	/** The credits of a work as rows, as the counting needs them. */
	private static Team team(Object year, List<Map<String, Object>> credits) {
		List<TeamCredit> team = new ArrayList<>();
		for (Map<String, Object> credit : credits) {
			Map<?, ?> props = (Map<?, ?>) credit.get("props");
			@SuppressWarnings("unchecked")
			List<String> episodes = (List<String>) props.get("episodes");
			Role.fromRelationship((String) credit.get("type"))
				.ifPresent((role) -> team.add(TeamCredit.stored((String) credit.get("person"), role, episodes,
						(Boolean) props.get("onWork"))));
		}
		return new Team(year == null ? null : ((Number) year).intValue(), team);
	}

	/** A work as the input says it should be stored, under the node ids it resolved to. */
	static final class Desired {

		final String id;

		/** The ids it was given by; two inputs of a batch may stand for one work. */
		final List<String> inputIds = new ArrayList<>();

		final Source source;

		final Map<String, Object> facts = new HashMap<>();

		final List<Map<String, Object>> credits;

		final Map<String, PersonInput> people;

		final List<Map<String, Object>> companies;

		Desired(WorkInput work, Resolved ids, Source source) {
			this.id = ids.work(work.id());
			this.inputIds.add(work.id());
			this.source = source;
			Identity.Known known = Identity.Known.of(Identity.Kind.WORK, work.id(), work.imdbId(), work.tmdbId(),
					work.wikidataId());
			this.facts.put("title", work.title());
			this.facts.put("originalTitle", work.originalTitle());
			this.facts.put("kind", work.kind());
			this.facts.put("released", work.released());
			this.facts.put("year", work.year());
			this.facts.put("imdbId", known.imdbId());
			this.facts.put("tmdbId", known.tmdbId());
			this.facts.put("wikidataId", known.wikidataId());
			List<CreditInput> credits = new ArrayList<>();
			for (CreditInput credit : work.credits()) {
				PersonInput person = identified(credit.person(), ids.person(credit.person().id()));
				credits.add(new CreditInput(person, credit.role(), credit.characters(), credit.billing(), credit.job(),
						credit.episodes()));
			}
			CreditRows rows = new CreditRows(credits);
			this.credits = new ArrayList<>();
			for (Map<String, Object> row : rows.rows()) {
				Map<String, Object> props = new HashMap<>(castMap(row.get("props")));
				if (source != Source.API) {
					props.put("source", source.key());
				}
				this.credits.add(Map.of("person", row.get("person"), "type", row.get("type"), "props", props));
			}
			this.people = new LinkedHashMap<>();
			rows.people().forEach((person) -> this.people.put(person.id(), person));
			Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
			for (CompanyInput company : work.companies()) {
				Identity.Known company_ = Identity.Known.of(Identity.Kind.COMPANY, company.id(), null, null, null);
				Map<String, Object> row = new HashMap<>();
				row.put("id", ids.company(company.id()));
				row.put("name", company.name());
				row.put("role", company.role());
				row.put("source", (source == Source.API) ? null : source.key());
				row.put("rank", (source == Source.API) ? 0 : source.rank());
				row.put("tmdbId", company_.tmdbId());
				row.put("wikidataId", company_.wikidataId());
				byId.putIfAbsent(company.id(), row);
			}
			this.companies = List.copyOf(byId.values());
		}

		/**
		 * What the work becomes over what is stored: its facts merged by source rank, and this source's
		 * credits and companies in place of what it said before, beside the other sources'.
		 */
		Effective over(Stored before) {
			Map<String, Object> props = Facts.merge(before == null ? null : before.props(), this.facts, this.source, WORK_FACTS);
			props.put("searchText", workSearchText(props));
			List<Map<String, Object>> credits = new ArrayList<>();
			List<Map<String, Object>> companies = new ArrayList<>();
			if (before != null && this.source != Source.API) {
				for (Map<String, Object> credit : before.credits()) {
					if (!this.source.key().equals(castMap(credit.get("props")).get("source"))) {
						credits.add(credit);
					}
				}
				for (Map<String, Object> company : before.companies()) {
					if (!this.source.key().equals(company.get("source"))) {
						Map<String, Object> kept = new HashMap<>(company);
						kept.put("rank", null);
						companies.add(kept);
					}
				}
			}
			credits.addAll(this.credits);
			companies.addAll(this.companies);
			return new Effective(this.id, this, props, credits, companies);
		}

	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object value) {
		return (Map<String, Object>) value;
	}

	/** A work as it is to be stored: every source's credits and companies. */
	record Effective(String id, Desired desired, Map<String, Object> props, List<Map<String, Object>> credits,
			List<Map<String, Object>> companies) {

		Team team() {
			return WorkStore.team(this.props.get("year"), this.credits);
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
	record Stored(Map<String, Object> props, List<Map<String, Object>> credits, List<Map<String, Object>> companies) {

		static Stored of(org.neo4j.driver.Record record) {
			return new Stored(record.get("props").asMap(), record.get("credits").asList(Value::asMap),
					record.get("companies").asList(Value::asMap));
		}

		/** Created just now by the lock's MERGE: every stored work has a title. */
		boolean isBare() {
			return this.props.get("title") == null;
		}

		Team team() {
			return WorkStore.team(this.props.get("year"), this.credits);
		}

		boolean sameAs(Effective work) {
			if (!sameFacts(this.props, work.props())) {
				return false;
			}
			Set<Map<String, Object>> storedCredits = new HashSet<>(this.credits);
			Set<Map<String, Object>> wantedCredits = new HashSet<>();
			for (Map<String, Object> credit : work.credits()) {
				wantedCredits.add(Values.value(credit).asMap());
			}
			if (storedCredits.size() != this.credits.size() || !storedCredits.equals(wantedCredits)
					|| wantedCredits.size() != work.credits().size()) {
				return false;
			}
			return releases(this.companies).equals(releases(work.companies()));
		}

		private static Set<List<Object>> releases(List<Map<String, Object>> companies) {
			Set<List<Object>> keys = new HashSet<>();
			companies.forEach((c) -> keys.add(java.util.Arrays.asList(c.get("id"), c.get("role"), c.get("source"))));
			return keys;
		}

	}

}
