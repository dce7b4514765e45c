package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import org.ensemble.credit.PersonSummary;
import org.ensemble.credit.Role;
import org.ensemble.credit.TeamCredit;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.NotFoundException;

/**
 * A person's collaborators, most shared works first. Without role filters the answer comes from the
 * person's COLLABORATED_WITH relationships alone; role filters need to know who held which role on
 * each shared work, so they expand the person's own credits (never the whole graph's).
 */
@Service
public class Collaborators {

	/**
	 * The whole unfiltered answer in one query, so that a page costs one round trip: the person, one
	 * page of collaborators with their role pairs, and the total. The page is cut without reading every
	 * collaborator's name: its lowest count is found from the counters alone, and only the
	 * collaborators at or above it are named and sorted (a busy person has tens of thousands of
	 * collaborators; a page has fifty). The role pairs are read from the person's own credits, with
	 * the page's people as nodes, so that walking a busy person's works reads no one else's id. With
	 * minShared 1 every collaboration counts and the total is the node's degree. The role pairs are
	 * the collaboration's own counters ({@code n_director_actor}, …, counted by the same rules as the
	 * credits): a page reads fifty relationships, not the works of a busy person and everyone on them.
	 */
	private static final String FROM_COLLABORATIONS = """
			MATCH (p:Person {id: $id})
			CALL (p) {
			  MATCH (p)-[r:COLLABORATED_WITH]-()
			  WHERE r.shared >= $minShared
			  WITH r.shared AS shared ORDER BY shared DESC LIMIT $offset + $limit
			  RETURN min(shared) AS cutoff
			}
			CALL (p, cutoff) {
			  MATCH (p)-[r:COLLABORATED_WITH]-(o:Person)
			  WHERE r.shared >= cutoff
			  WITH o, r ORDER BY r.shared DESC, o.name, o.id SKIP $offset LIMIT $limit
			  RETURN collect({id: o.id, name: o.name, shared: r.shared, first: r.first, last: r.last,
			                  counters: properties(r), mineFirst: startNode(r) = p}) AS page
			}
			RETURN p.name AS name, page,
			       CASE WHEN $minShared <= 1 THEN COUNT { (p)-[:COLLABORATED_WITH]-() }
			            ELSE COUNT { (p)-[r:COLLABORATED_WITH]-() WHERE r.shared >= $minShared } END AS total""";

	private static final String FROM_CREDITS = """
			MATCH (p:Person {id: $id})-[c1:%1$s]->(w:Work)<-[c2]-(o:Person)
			WHERE o <> p AND %2$s
			  AND ($mine IS NULL OR type(c1) = $mine) AND ($theirs IS NULL OR type(c2) = $theirs)
			  AND ($types IS NULL OR (type(c1) IN $types AND type(c2) IN $types))
			  AND ($topBilled IS NULL OR ((type(c1) <> 'ACTED_IN' OR c1.billing < $topBilled)
			                              AND (type(c2) <> 'ACTED_IN' OR c2.billing < $topBilled)))
			  AND ($from IS NULL OR w.year >= $from) AND ($to IS NULL OR w.year <= $to)
			WITH o, w, collect(DISTINCT type(c1) + '>' + type(c2)) AS pairs
			WITH o, count(w) AS shared, min(w.year) AS first, max(w.year) AS last, collect(pairs) AS pairLists
			WHERE shared >= $minShared
			ORDER BY shared DESC, o.name, o.id
			WITH collect({id: o.id, name: o.name, shared: shared, first: first, last: last,
			              roles: reduce(all = [], l IN pairLists | all + l)}) AS rows
			RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page"""
		.formatted(Role.CREDIT_TYPES, TeamCredit.meetsInCypher("c1", "c2"));

	private final GraphTransactions graph;

	Collaborators(GraphTransactions graph) {
		this.graph = graph;
	}

	public record Page(PersonSummary person, List<Collaborator> collaborators, int total) {
	}

	public record Filter(Role mine, Role theirs, Set<Role> roles, int minShared, Integer from, Integer to,
			Integer topBilled, int limit, int offset) {

		/** Counters on COLLABORATED_WITH answer only the unfiltered question; filters recount from credits. */
		boolean needsCredits() {
			return this.mine != null || this.theirs != null || this.roles != null || this.from != null || this.to != null
					|| this.topBilled != null;
		}

	}

	public Page of(String personId, Filter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", personId);
		params.put("mine", filter.mine() == null ? null : filter.mine().relationship());
		params.put("theirs", filter.theirs() == null ? null : filter.theirs().relationship());
		params.put("types", filter.roles() == null ? null : filter.roles().stream().map(Role::relationship).toList());
		params.put("minShared", filter.minShared());
		params.put("from", filter.from());
		params.put("to", filter.to());
		params.put("topBilled", filter.topBilled());
		params.put("offset", filter.offset());
		params.put("limit", filter.limit());
		return this.graph.read((tx) -> filter.needsCredits() ? fromCredits(tx, personId, params)
				: fromCollaborations(tx, personId, params));
	}

	private static Page fromCollaborations(TransactionContext tx, String personId, Map<String, Object> params) {
		var records = tx.run(FROM_COLLABORATIONS, params).list();
		if (records.isEmpty()) {
			// Not a node's own id: perhaps another id the person is known by (a 404 if none).
			String node = People.require(tx, List.of(personId)).get(0).id();
			params.put("id", node);
			records = tx.run(FROM_COLLABORATIONS, params).list();
			if (records.isEmpty()) {
				throw new NotFoundException("No person with id " + personId);
			}
			return page(new PersonSummary(node, records.get(0).get("name").asString(null)), records.get(0));
		}
		return page(new PersonSummary(personId, records.get(0).get("name").asString(null)), records.get(0));
	}

	private static Page fromCredits(TransactionContext tx, String personId, Map<String, Object> params) {
		PersonSummary person = People.require(tx, List.of(personId)).get(0);
		params.put("id", person.id());
		return page(person, tx.run(FROM_CREDITS, params).single());
	}

	/** Both queries answer a page whose rows carry their role pairs, and the total. */
	private static Page page(PersonSummary person, Record record) {
		return new Page(person, record.get("page").asList(Collaborators::collaborator), record.get("total").asInt());
	}

	private static Collaborator collaborator(Value row) {
		Set<String> roles = new TreeSet<>();
		if (row.get("counters").isNull()) {
			row.get("roles").asList(Value::asString).forEach((pair) -> roles.add(RolePairs.fromRelationshipTypes(pair)));
		}
		else {
			roles.addAll(RolePairs.fromCounters(row.get("counters").asMap(Value::asObject), row.get("mineFirst").asBoolean()));
		}
		return new Collaborator(new PersonSummary(row.get("id").asString(), row.get("name").asString(null)), row.get("shared").asInt(),
				row.get("first").as(Integer.class), row.get("last").as(Integer.class),
				new ArrayList<>(roles));
	}

}
