package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import org.ensemble.credit.PersonSummary;
import org.ensemble.credit.Role;
import org.ensemble.system.GraphTransactions;

/**
 * A person's collaborators, most shared works first. Without role filters the answer comes from the
 * person's COLLABORATED_WITH relationships alone; role filters need to know who held which role on
 * each shared work, so they expand the person's own credits (never the whole graph's).
 */
@Service
public class Collaborators {

	/**
	 * One page, without reading every collaborator's name: the page's lowest count is found from the
	 * counters alone, and only the collaborators at or above it are named and sorted. A busy person
	 * has tens of thousands of collaborators; a page has fifty.
	 */
	private static final String FROM_COLLABORATIONS = """
			MATCH (:Person {id: $id})-[r:COLLABORATED_WITH]-()
			WHERE r.shared >= $minShared
			WITH r.shared AS shared ORDER BY shared DESC LIMIT $offset + $limit
			WITH min(shared) AS cutoff
			MATCH (:Person {id: $id})-[r:COLLABORATED_WITH]-(o:Person)
			WHERE r.shared >= cutoff
			WITH o, r ORDER BY r.shared DESC, o.name, o.id SKIP $offset LIMIT $limit
			RETURN collect({id: o.id, name: o.name, shared: r.shared, first: r.first, last: r.last}) AS page""";

	/** Every collaboration counts once minShared is 1: the relationship count is the node's degree. */
	private static final String COUNT_ALL = """
			MATCH (p:Person {id: $id})
			RETURN COUNT { (p)-[:COLLABORATED_WITH]-() } AS total""";

	private static final String COUNT_AT_LEAST = """
			MATCH (p:Person {id: $id})
			RETURN COUNT { (p)-[r:COLLABORATED_WITH]-() WHERE r.shared >= $minShared } AS total""";

	/**
	 * The role pairs of one page of collaborators, read from the shared works' credits. The page's
	 * people are matched as nodes first, so walking a busy person's works reads no one else's id.
	 */
	private static final String ROLES_OF_PAGE = """
			MATCH (o:Person) WHERE o.id IN $others
			WITH collect(o) AS page
			MATCH (p:Person {id: $id})-[c1:DIRECTED|ACTED_IN|COMPOSED|WROTE|PRODUCED|SHOT|EDITED]->(w:Work)<-[c2]-(o)
			WHERE o IN page
			RETURN o.id AS id, collect(DISTINCT type(c1) + '>' + type(c2)) AS roles""";

	private static final String FROM_CREDITS = """
			MATCH (p:Person {id: $id})-[c1:DIRECTED|ACTED_IN|COMPOSED|WROTE|PRODUCED|SHOT|EDITED]->(w:Work)<-[c2]-(o:Person)
			WHERE o <> p
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
			RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page""";

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
		return this.graph.read((tx) -> {
			PersonSummary person = People.require(tx, List.of(personId)).get(0);
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
			var record = tx.run(filter.needsCredits() ? FROM_CREDITS : FROM_COLLABORATIONS, params).single();
			List<Value> rows = record.get("page").asList((v) -> v);
			int total = filter.needsCredits() ? record.get("total").asInt()
					: tx.run(filter.minShared() <= 1 ? COUNT_ALL : COUNT_AT_LEAST, params).single().get("total").asInt();
			Map<String, List<String>> roles = new HashMap<>();
			if (filter.needsCredits()) {
				rows.forEach((row) -> roles.put(row.get("id").asString(), row.get("roles").asList(Value::asString)));
			}
			else {
				tx.run(ROLES_OF_PAGE, Map.of("id", personId, "others", rows.stream().map((r) -> r.get("id").asString()).toList()))
					.forEachRemaining((r) -> roles.put(r.get("id").asString(), r.get("roles").asList(Value::asString)));
			}
			List<Collaborator> collaborators = rows.stream().map((row) -> collaborator(row, roles.getOrDefault(row.get("id").asString(), List.of()))).toList();
			return new Page(person, collaborators, total);
		});
	}

	private static Collaborator collaborator(Value row, List<String> rolePairs) {
		Set<String> roles = new TreeSet<>();
		rolePairs.forEach((pair) -> roles.add(RolePairs.fromRelationshipTypes(pair)));
		return new Collaborator(new PersonSummary(row.get("id").asString(), row.get("name").asString(null)), row.get("shared").asInt(),
				row.get("first").isNull() ? null : row.get("first").asInt(), row.get("last").isNull() ? null : row.get("last").asInt(),
				new ArrayList<>(roles));
	}

}
