package org.ensemble.catalog;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.ensemble.collaboration.CollaborationUpkeep;
import org.ensemble.credit.ExternalIds;
import org.ensemble.credit.Role;

/**
 * One real person, work or company is one node, whatever the source. A node is found by its id or by
 * any external id it carries ({@code imdbId}, {@code tmdbId}, {@code wikidataId}), and an id in a
 * source's namespace names its external id ({@code imdb:nm0000001} is IMDb's {@code nm0000001}). When
 * an input's ids lead to two nodes (TMDB and IMDb stored the same person apart, then Wikidata named
 * both ids), they become one: the node stored first keeps its id and takes the other's credits,
 * releases and facts, and the collaborations around it are recounted.
 */
final class Identity {

	/** The kinds of node, each with the namespaces its ids come in. */
	enum Kind {

		PERSON("Person", ExternalIds.PERSON), WORK("Work", ExternalIds.WORK), COMPANY("Company", ExternalIds.COMPANY);

		private final String label;

		private final ExternalIds ids;

		/** The nodes that already carry these ids: one index seek a row, where the full search takes four. */
		private final String self;

		Kind(String label, ExternalIds ids) {
			this.label = label;
			this.ids = ids;
			this.self = """
					UNWIND $rows AS row
					MATCH (n:%s {id: row.id})
					WHERE (row.imdbId IS NULL OR n.imdbId = row.imdbId) AND (row.tmdbId IS NULL OR n.tmdbId = row.tmdbId)
					  AND (row.wikidataId IS NULL OR n.wikidataId = row.wikidataId)
					RETURN row.id AS key""".formatted(label);
		}

	}

	/** A node's ids as an input gives them, with those its id implies filled in. */
	record Known(Kind kind, String id, String imdbId, String tmdbId, String wikidataId) {

		static Known of(Kind kind, String id, String imdbId, String tmdbId, String wikidataId) {
			Map<String, Object> row = kind.ids.row(id, imdbId, tmdbId, wikidataId);
			return new Known(kind, id, (String) row.get("imdbId"), (String) row.get("tmdbId"), (String) row.get("wikidataId"));
		}

		Map<String, Object> row() {
			return this.kind.ids.row(this.id, this.imdbId, this.tmdbId, this.wikidataId);
		}

	}

	private static final String MERGE_PEOPLE = """
			MATCH (w:Person {id: $winner}), (l:Person {id: $loser})
			CALL (w, l) {
			  MATCH (l)-[c:%1$s]->(x:Work)
			  WHERE NOT EXISTS { MATCH (w)-[d]->(x) WHERE type(d) = type(c) AND coalesce(d.source, '') = coalesce(c.source, '') }
			  CREATE (w)-[n:$(type(c))]->(x) SET n = properties(c)
			}
			WITH w, l, properties(l) AS props
			DETACH DELETE l
			RETURN props, properties(w) AS winner""".formatted(Role.CREDIT_TYPES);

	private static final String MERGE_WORKS = """
			MATCH (w:Work {id: $winner}), (l:Work {id: $loser})
			CALL (w, l) {
			  MATCH (p:Person)-[c:%1$s]->(l)
			  WHERE NOT EXISTS { MATCH (p)-[d]->(w) WHERE type(d) = type(c) AND coalesce(d.source, '') = coalesce(c.source, '') }
			  CREATE (p)-[n:$(type(c))]->(w) SET n = properties(c)
			}
			CALL (w, l) {
			  MATCH (l)-[r:RELEASED_BY]->(co:Company)
			  WHERE NOT EXISTS { MATCH (w)-[s:RELEASED_BY]->(co) WHERE s.role = r.role AND coalesce(s.source, '') = coalesce(r.source, '') }
			  CREATE (w)-[n:RELEASED_BY]->(co) SET n = properties(r)
			}
			WITH w, l, properties(l) AS props
			DETACH DELETE l
			RETURN props, properties(w) AS winner""".formatted(Role.CREDIT_TYPES);

	private static final String MERGE_COMPANIES = """
			MATCH (w:Company {id: $winner}), (l:Company {id: $loser})
			CALL (w, l) {
			  MATCH (x:Work)-[r:RELEASED_BY]->(l)
			  WHERE NOT EXISTS { MATCH (x)-[s:RELEASED_BY]->(w) WHERE s.role = r.role AND coalesce(s.source, '') = coalesce(r.source, '') }
			  CREATE (x)-[n:RELEASED_BY]->(w) SET n = properties(r)
			}
			WITH w, l, properties(l) AS props
			DETACH DELETE l
			RETURN props, properties(w) AS winner""";

	private static final String TEAM = """
			MATCH (:Work {id: $id})<-[:%s]-(p:Person) RETURN DISTINCT p.id AS id""".formatted(Role.CREDIT_TYPES);

	private Identity() {
	}

	/**
	 * The node each input id stands for: its own id when no node has any of its ids yet; nodes found to be
	 * one are made one first.
	 */
	static Map<String, String> resolve(TransactionContext tx, Kind kind, Collection<Known> inputs,
			CollaborationUpkeep collaborations) {
		Map<String, Known> byId = new LinkedHashMap<>();
		inputs.forEach((known) -> byId.putIfAbsent(known.id(), known));
		Map<String, String> resolved = new HashMap<>();
		byId.keySet().forEach((id) -> resolved.put(id, id));
		if (byId.isEmpty()) {
			return resolved;
		}
		Map<String, String> mergedInto = new HashMap<>();
		// A node stored under the id that already carries every external id the input names is the one: each
		// external id is carried by one node at most (every write but a bulk import into an empty database
		// resolves first), so nothing else can join it. A re-import finds nearly every row so.
		Set<String> settled = new HashSet<>();
		tx.run(kind.self, Map.of("rows", byId.values().stream().map(Known::row).toList()))
			.forEachRemaining((record) -> settled.add(record.get("key").asString()));
		List<Map<String, Object>> rows = byId.values().stream().filter((k) -> !settled.contains(k.id())).map(Known::row).toList();
		if (rows.isEmpty()) {
			return resolved;
		}
		List<org.neo4j.driver.Record> found = tx.run(kind.ids.lookup(), Map.of("rows", rows)).list();
		for (org.neo4j.driver.Record record : found) {
			List<Node> nodes = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (Value value : record.get("found").values()) {
				String id = follow(mergedInto, value.get("id").asString());
				if (seen.add(id)) {
					nodes.add(new Node(id, value.get("createdAt").isNull() ? null : value.get("createdAt").asZonedDateTime()));
				}
			}
			nodes.sort(Node.FIRST_STORED);
			Node winner = nodes.get(0);
			for (Node loser : nodes.subList(1, nodes.size())) {
				merge(tx, kind, winner.id(), loser.id(), collaborations);
				mergedInto.put(loser.id(), winner.id());
			}
			resolved.put(record.get("key").asString(), winner.id());
		}
		resolved.replaceAll((id, node) -> follow(mergedInto, node));
		return resolved;
	}

	/** The id of the node an id stands for, without changing anything: for reads. */
	static Optional<String> find(TransactionContext tx, Kind kind, String id) {
		// The lookup lists the node stored under the id itself first: an id is never shadowed by another's external id.
		return tx.run(kind.ids.lookup(), Map.of("rows", List.of(kind.ids.row(id, null, null, null))))
			.list((record) -> record.get("found").get(0).get("id").asString())
			.stream()
			.findFirst();
	}

	private static String follow(Map<String, String> mergedInto, String id) {
		String current = id;
		while (mergedInto.containsKey(current)) {
			current = mergedInto.get(current);
		}
		return current;
	}

	private static void merge(TransactionContext tx, Kind kind, String winner, String loser,
			CollaborationUpkeep collaborations) {
		String query = switch (kind) {
			case PERSON -> MERGE_PEOPLE;
			case WORK -> MERGE_WORKS;
			case COMPANY -> MERGE_COMPANIES;
		};
		org.neo4j.driver.Record merged = tx.run(query, Map.of("winner", winner, "loser", loser)).single();
		Map<String, Object> winnerProps = merged.get("winner").asMap();
		Map<String, Object> loserProps = merged.get("props").asMap();
		Map<String, Object> facts = switch (kind) {
			case PERSON -> WorkStore.combinedPersonFacts(winner, winnerProps, loserProps);
			case WORK -> WorkStore.combinedWorkFacts(winnerProps, loserProps);
			case COMPANY -> Facts.combine(winnerProps, loserProps, WorkStore.COMPANY_FACTS);
		};
		tx.run("MATCH (n:" + kind.label + " {id: $id}) SET n += $facts", Map.of("id", winner, "facts", facts)).consume();
		if (kind == Kind.PERSON) {
			collaborations.recountPairsOf(tx, List.of(winner));
		}
		else if (kind == Kind.WORK) {
			List<String> team = tx.run(TEAM, Map.of("id", winner)).list((r) -> r.get("id").asString());
			collaborations.recountPairsAmong(tx, team);
		}
	}

	/** A node found, and when it was stored: the first stored keeps its id. */
	private record Node(String id, ZonedDateTime createdAt) {

		static final Comparator<Node> FIRST_STORED = Comparator
			.comparing(Node::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Node::id);

	}

}
