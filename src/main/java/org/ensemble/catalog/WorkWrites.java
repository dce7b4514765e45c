package org.ensemble.catalog;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;

import org.springframework.stereotype.Service;

import org.ensemble.collaboration.CollaborationUpkeep;
import org.ensemble.credit.Role;
import org.ensemble.credit.SearchText;
import org.ensemble.credit.Team;
import org.ensemble.credit.TeamCredit;
import org.ensemble.system.BadRequestException;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.NotFoundException;

/**
 * Upserts and deletes works. Everything one request changes (the work, its people, its credits, its
 * companies and the collaborations they imply) is written in one transaction, so a reader never sees
 * a work without its credits or counts that disagree with them.
 */
@Service
public class WorkWrites {

	private final GraphTransactions graph;

	private final CollaborationUpkeep collaborations;

	WorkWrites(GraphTransactions graph, CollaborationUpkeep collaborations) {
		this.graph = graph;
		this.collaborations = collaborations;
	}

	/** Stores the work with exactly the given credits; true when it was new. */
	public boolean upsert(String id, WorkInput work) {
		validate(id, work);
		CreditRows credits = new CreditRows(work.credits());
		return this.graph.write((tx) -> {
			var locked = lockWork(tx, id, work);
			boolean created = locked.get("created").asBoolean();
			Integer previousYear = locked.get("previousYear").isNull() ? null : locked.get("previousYear").asInt();
			Team before = new Team(previousYear, currentTeam(tx, id).credits());
			lockPeople(tx, before, credits.people());
			tx.run("""
					MATCH (w:Work {id: $id})
					OPTIONAL MATCH (w)<-[c]-(:Person)
					DELETE c
					WITH DISTINCT w
					OPTIONAL MATCH (w)-[r:RELEASED_BY]->(:Company)
					DELETE r""", Map.of("id", id)).consume();
			tx.run("""
					UNWIND $rows AS row
					MATCH (p:Person {id: row.person}), (w:Work {id: $id})
					CREATE (p)-[c:$(row.type)]->(w)
					SET c = row.props""", Map.of("id", id, "rows", credits.rows())).consume();
			tx.run("""
					MATCH (w:Work {id: $id})
					UNWIND $companies AS row
					MERGE (c:Company {id: row.id})
					ON CREATE SET c.name = row.name
					CREATE (w)-[:RELEASED_BY {role: row.role}]->(c)""",
					Map.of("id", id, "companies", companies(work))).consume();
			this.collaborations.replace(tx, before, new Team(work.year(), credits.team()));
			return created;
		});
	}

	public void delete(String id) {
		boolean deleted = this.graph.write((tx) -> {
			if (!tx.run("MATCH (w:Work {id: $id}) SET w.deleting = true RETURN w", Map.of("id", id)).hasNext()) {
				return false;
			}
			Team before = currentTeam(tx, id);
			lockPeople(tx, before, List.of());
			// The collaborations are recounted from the credits that remain, so the work goes first.
			tx.run("MATCH (w:Work {id: $id}) DETACH DELETE w", Map.of("id", id)).consume();
			this.collaborations.replace(tx, before, Team.NONE);
			return true;
		});
		if (!deleted) {
			throw new NotFoundException("No work with id " + id);
		}
	}

	private static void validate(String id, WorkInput work) {
		if (work.id() != null && !work.id().equals(id)) {
			throw new BadRequestException("id", "the body's id " + work.id() + " differs from the path's " + id);
		}
		if (work.released() != null && work.year() != null && work.released().getYear() != work.year()) {
			throw new BadRequestException("year", work.year() + " is not the year of released " + work.released());
		}
		for (int i = 0; i < work.credits().size(); i++) {
			if (work.credits().get(i).person().id() == null) {
				throw new BadRequestException("credits[" + i + "].person.id", "is required");
			}
		}
	}

	/**
	 * Merging the work takes its write lock, so concurrent upserts of one work run one after the other.
	 * Returns whether it was created and the year it had, which its old collaborations were counted in.
	 */
	private static org.neo4j.driver.Record lockWork(TransactionContext tx, String id, WorkInput work) {
		Map<String, Object> props = new HashMap<>();
		props.put("title", work.title());
		props.put("originalTitle", work.originalTitle());
		props.put("kind", work.kind());
		props.put("released", work.released() == null ? null : Values.value(work.released()));
		props.put("year", work.year());
		props.put("searchText", SearchText.of(work.title(), work.originalTitle() == null ? List.of() : List.of(work.originalTitle())));
		return tx.run("""
				MERGE (w:Work {id: $id})
				ON CREATE SET w.createdAt = $now
				ON MATCH SET w.updatedAt = $now
				WITH w, w.year AS previousYear
				SET w += $props
				RETURN w.updatedAt IS NULL AS created, previousYear""",
				Map.of("id", id, "now", ZonedDateTime.now(), "props", props)).single();
	}

	private static Team currentTeam(TransactionContext tx, String id) {
		var record = tx.run("""
				MATCH (w:Work {id: $id})
				OPTIONAL MATCH (w)<-[c]-(p:Person)
				RETURN w.year AS year, collect({person: p.id, type: type(c)}) AS credits""",
				Map.of("id", id)).single();
		List<TeamCredit> credits = new ArrayList<>();
		for (var credit : record.get("credits").asList((v) -> v)) {
			if (!credit.get("person").isNull()) {
				Role.fromRelationship(credit.get("type").asString())
					.ifPresent((role) -> credits.add(new TeamCredit(credit.get("person").asString(), role)));
			}
		}
		return new Team(record.get("year").isNull() ? null : record.get("year").asInt(), credits);
	}

	/**
	 * Creates people on first sight and write-locks everyone on the old and new team in id order, the
	 * lock order every writer uses, so that collaboration upkeep sees no concurrent change.
	 */
	private static void lockPeople(TransactionContext tx, Team before, List<PersonInput> people) {
		Map<String, Map<String, Object>> rows = new HashMap<>();
		for (PersonInput person : people) {
			rows.put(person.id(), PersonWrites.properties(person));
		}
		TreeSet<String> ids = new TreeSet<>(rows.keySet());
		before.credits().forEach((credit) -> ids.add(credit.personId()));
		List<Map<String, Object>> ordered = new ArrayList<>();
		for (String personId : ids) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", personId);
			row.put("props", rows.getOrDefault(personId, Map.of("name", personId)));
			ordered.add(row);
		}
		tx.run("""
				UNWIND $rows AS row
				MERGE (p:Person {id: row.id})
				ON CREATE SET p += row.props
				SET p.locked = true
				REMOVE p.locked""", Map.of("rows", ordered)).consume();
	}

	private static List<Map<String, Object>> companies(WorkInput work) {
		Map<String, Map<String, Object>> byId = new java.util.LinkedHashMap<>();
		for (CompanyInput company : work.companies()) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", company.id());
			row.put("name", company.name());
			row.put("role", company.role());
			byId.putIfAbsent(company.id(), row);
		}
		return List.copyOf(byId.values());
	}

}
