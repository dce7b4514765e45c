package org.ensemble.catalog;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.neo4j.driver.Values;

import org.ensemble.credit.Team;
import org.ensemble.system.InvalidInputException;

/**
 * What {@link WorkStore}'s statements would leave in an empty database after the same batches, held in
 * memory, for an import that then writes the database's store in one go (Neo4j's bulk importer)
 * rather than through transactions. It applies {@link WorkStore}'s own rules, not a copy of them: the
 * same {@code Desired.over} of a work over what is stored, the same people created on first sight
 * ({@code peopleToLock}), the same facts merged by source ({@code personFacts}), a company named by
 * the highest-ranked source. What differs is only where the state lives: the write statements'
 * effects ({@code SET +=}, {@code MERGE}, {@code CREATE}) are applied to maps here. The parity test
 * proves that the graph is the same.
 */
public final class OfflineCatalog implements BatchWriter {

	/** A node: its id and every property as the database stores it. */
	public record Entity(String id, Map<String, Object> properties) {
	}

	/** A relationship between two nodes named by id. */
	public record Link(String from, String type, String to, Map<String, Object> properties) {
	}

	private final ZonedDateTime now = ZonedDateTime.now();

	private final WorkValidation validation;

	private final Map<String, WorkStore.Stored> works = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> people = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> companies = new LinkedHashMap<>();

	private final Map<String, String> personIds = new HashMap<>();

	OfflineCatalog(WorkValidation validation) {
		this.validation = validation;
	}

	@Override
	public Optional<InvalidInputException> problems(WorkInput work) {
		return this.validation.problems(work);
	}

	@Override
	public Optional<InvalidInputException> problems(PersonInput person) {
		return this.validation.problems(person);
	}

	/** As {@link WorkWrites#writeLeavingCollaborationsToRebuild}: the collaborations are counted from the teams. */
	@Override
	public WorkWrites.Written write(List<WorkInput> batch, Source source, boolean bulk) {
		Map<String, WorkStore.Desired> desired = new TreeMap<>();
		for (WorkInput work : batch) {
			WorkStore.Desired wanted = new WorkStore.Desired(work, WorkStore.Resolved.AS_GIVEN, source);
			desired.put(wanted.id, wanted);
		}
		int created = 0;
		int replaced = 0;
		int unchanged = 0;
		Map<String, WorkStore.Stored> stored = new HashMap<>();
		List<WorkStore.Effective> changed = new ArrayList<>();
		for (WorkStore.Desired work : desired.values()) {
			WorkStore.Stored before = this.works.get(work.id);
			WorkStore.Effective after = work.over(before);
			if (before != null && before.sameAs(after)) {
				unchanged += work.inputIds.size();
				continue;
			}
			if (before == null) {
				created += work.inputIds.size();
			}
			else {
				replaced += work.inputIds.size();
				stored.put(work.id, before);
			}
			changed.add(after);
		}
		if (changed.isEmpty()) {
			return new WorkWrites.Written(created, replaced, unchanged, 0);
		}
		for (Map<String, Object> row : WorkStore.peopleToLock(changed, stored, source)) {
			@SuppressWarnings("unchecked")
			Map<String, Object> props = (Map<String, Object>) row.get("props");
			this.people.computeIfAbsent((String) row.get("id"), (id) -> Map.copyOf(created(props)));
		}
		if (source != Source.API) {
			List<PersonInput> named = changed.stream().flatMap((w) -> w.desired().people.values().stream())
				.filter((person) -> !WorkStore.isPlaceholder(person))
				.toList();
			mergePeople(named, source, false);
		}
		int credits = 0;
		for (WorkStore.Effective work : changed) {
			WorkStore.Stored before = stored.get(work.id());
			Map<String, Object> props = (before == null) ? created(Map.of()) : new HashMap<>(before.props());
			setAll(props, work.props());
			if (before == null) {
				props.remove("updatedAt");
			}
			else {
				props.put("updatedAt", this.now);
			}
			List<Map<String, Object>> storedCredits = new ArrayList<>(work.credits().size());
			for (Map<String, Object> credit : work.credits()) {
				@SuppressWarnings("unchecked")
				Map<String, Object> creditProps = (Map<String, Object>) credit.get("props");
				storedCredits.add(Map.of("person", canonical((String) credit.get("person")), "type", credit.get("type"), "props",
						Map.copyOf(normalised(creditProps))));
			}
			List<Map<String, Object>> releases = new ArrayList<>(work.companies().size());
			for (Map<String, Object> company : work.companies()) {
				release(company);
				Map<String, Object> release = new HashMap<>();
				release.put("id", company.get("id"));
				release.put("role", company.get("role"));
				release.put("source", company.get("source"));
				releases.add(release);
			}
			this.works.put(work.id(), new WorkStore.Stored(Map.copyOf(props), List.copyOf(storedCredits), releases));
			credits += work.desired().credits.size();
		}
		return new WorkWrites.Written(created, replaced, unchanged, credits);
	}

	/** As {@link WorkWrites#mergePeople(List, Source, boolean)}, without resolution: the database was empty. */
	@Override
	public void mergePeople(List<PersonInput> batch, Source source, boolean resolve) {
		Map<String, PersonInput> byId = new TreeMap<>();
		for (PersonInput person : batch) {
			PersonInput identified = WorkStore.identified(person, person.id());
			byId.merge(identified.id(), identified, (a, b) -> b);
		}
		byId.forEach((id, person) -> {
			Map<String, Object> before = this.people.get(id);
			Map<String, Object> props = WorkStore.personFacts(person, before, source);
			if (before != null && WorkStore.sameFacts(before, props)) {
				return;
			}
			Map<String, Object> after = (before == null) ? created(Map.of()) : new HashMap<>(before);
			if (before != null) {
				after.put("updatedAt", this.now);
			}
			setAll(after, props);
			this.people.put(id, Map.copyOf(after));
		});
	}

	/**
	 * A company created on first sight and renamed only by a higher-ranked source, as the release
	 * statement of {@link WorkStore} does.
	 */
	private void release(Map<String, Object> row) {
		Map<String, Object> company = this.companies.computeIfAbsent((String) row.get("id"), (id) -> created(Map.of()));
		Number rank = (Number) row.get("rank");
		Number nameRank = (Number) company.get("nameRank");
		boolean renamed = company.get("name") == null
				|| ((nameRank == null) ? 0 : nameRank.longValue()) < ((rank == null) ? -1 : rank.longValue());
		if (renamed) {
			putOrRemove(company, "name", row.get("name"));
			if (rank != null && rank.longValue() > 0) {
				company.put("nameRank", rank.longValue());
			}
		}
		// coalesce(c.tmdbId, row.tmdbId): an id once set stays.
		if (company.get("tmdbId") == null) {
			putOrRemove(company, "tmdbId", row.get("tmdbId"));
		}
		if (company.get("wikidataId") == null) {
			putOrRemove(company, "wikidataId", row.get("wikidataId"));
		}
	}

	/**
	 * One string per person id, however many credits name them: an IMDb-sized catalog holds 5.6 million
	 * credits of 1.7 million people, and the import's memory is what limits it.
	 */
	private String canonical(String personId) {
		return this.personIds.computeIfAbsent(personId, (id) -> id);
	}

	private Map<String, Object> created(Map<String, Object> props) {
		Map<String, Object> node = new HashMap<>(normalised(props));
		node.put("createdAt", this.now);
		return node;
	}

	/** {@code SET n += $props}: a null removes the property. */
	private static void setAll(Map<String, Object> node, Map<String, Object> props) {
		props.forEach((key, value) -> putOrRemove(node, key, value));
	}

	private static void putOrRemove(Map<String, Object> node, String key, Object value) {
		if (value == null) {
			node.remove(key);
		}
		else {
			node.put(key, Values.value(value).asObject());
		}
	}

	/** As the database stores and returns them: no nulls, integers as longs, lists as lists. */
	private static Map<String, Object> normalised(Map<String, Object> props) {
		return Values.value(WorkStore.withoutNulls(props)).asMap();
	}

	/** The ids of every work, person and company, without building their nodes. */
	public Stream<String> nodeIds() {
		return Stream.of(this.works.keySet(), this.people.keySet(), this.companies.keySet()).flatMap(Set::stream);
	}

	/** How many credits the works hold. */
	public long creditCount() {
		return this.works.values().stream().mapToLong((work) -> work.credits().size()).sum();
	}

	public Stream<Entity> works() {
		return this.works.entrySet().stream().map((e) -> new Entity(e.getKey(), withId(e.getKey(), e.getValue().props())));
	}

	/** The people's nodes, each handed over: the catalog no longer holds a person once the stream has passed it. */
	public Stream<Entity> takePeople() {
		return taking(this.people).map((e) -> new Entity(e.getKey(), withId(e.getKey(), e.getValue())));
	}

	/** The companies' nodes, each handed over as {@link #takePeople} does. */
	public Stream<Entity> takeCompanies() {
		return taking(this.companies).map((e) -> new Entity(e.getKey(), withId(e.getKey(), e.getValue())));
	}

	private static Map<String, Object> withId(String id, Map<String, Object> props) {
		Map<String, Object> all = new HashMap<>(props);
		all.put("id", id);
		return all;
	}

	/**
	 * Every work's credits (from the person to the work, typed by role), then its {@code RELEASED_BY}
	 * (from the work to the company), each work handed over as {@link #takePeople} does: the store's
	 * writing counts the collaborations after the links, and at IMDb's scale the credits' maps were
	 * gigabytes of the heap it needs (a full collection of 4.4 s).
	 */
	public Stream<Link> takeLinks() {
		return taking(this.works).flatMap((e) -> Stream.concat(e.getValue().credits().stream().map((credit) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> props = (Map<String, Object>) credit.get("props");
			return new Link((String) credit.get("person"), (String) credit.get("type"), e.getKey(), props);
		}), e.getValue().companies().stream().map((release) -> {
			Map<String, Object> props = new HashMap<>();
			props.put("role", release.get("role"));
			props.put("source", release.get("source"));
			return new Link(e.getKey(), "RELEASED_BY", (String) release.get("id"), WorkStore.withoutNulls(props));
		})));
	}

	/** The map's entries in order, each removed from it as the stream reaches it. */
	private static <V> Stream<Map.Entry<String, V>> taking(Map<String, V> map) {
		Iterator<Map.Entry<String, V>> entries = map.entrySet().iterator();
		Iterator<Map.Entry<String, V>> taken = new Iterator<>() {

			@Override
			public boolean hasNext() {
				return entries.hasNext();
			}

			@Override
			public Map.Entry<String, V> next() {
				Map.Entry<String, V> entry = entries.next();
				entries.remove();
				return Map.entry(entry.getKey(), entry.getValue());
			}

		};
		return StreamSupport.stream(Spliterators.spliterator(taken, map.size(), Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	/** Every work's team, as the collaborations are counted from. */
	public List<Team> teams() {
		return this.works.values().stream().map(WorkStore.Stored::team).toList();
	}

	/** How many works, people and companies there are. */
	public int nodeCount() {
		return this.works.size() + this.people.size() + this.companies.size();
	}

}
