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
import org.ensemble.system.NotFoundException;

/**
 * A person's collaborators, most shared works first. Without role filters the answer comes from the
 * person's COLLABORATED_WITH relationships alone; role filters need to know who held which role on
 * each shared work, so they expand the person's own credits (never the whole graph's).
 */
@Service
public class Collaborators {

	private static final String FROM_COLLABORATIONS = """
			MATCH (p:Person {id: $id})-[r:COLLABORATED_WITH]-(o:Person)
			WITH o, r, startNode(r) = p AS mineFirst,
			     [i IN range(0, size(r.years) - 1)
			      WHERE ($from IS NULL OR r.years[i] >= $from) AND ($to IS NULL OR (r.years[i] >= 0 AND r.years[i] <= $to))
			        AND ($topBilled IS NULL OR r.bills[i] < $topBilled) | r.years[i]] AS years
			WHERE size(years) >= $minShared
			WITH o, years, CASE WHEN mineFirst THEN r.roles ELSE [x IN r.roles | split(x, '>')[1] + '>' + split(x, '>')[0]] END AS roles
			ORDER BY size(years) DESC, o.name, o.id
			WITH collect({id: o.id, name: o.name, years: years, roles: roles}) AS rows
			RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page""";

	private static final String FROM_CREDITS = """
			MATCH (p:Person {id: $id})-[c1]->(w:Work)<-[c2]-(o:Person)
			WHERE o <> p
			  AND ($mine IS NULL OR type(c1) = $mine) AND ($theirs IS NULL OR type(c2) = $theirs)
			  AND ($types IS NULL OR (type(c1) IN $types AND type(c2) IN $types))
			  AND ($topBilled IS NULL OR ((type(c1) <> 'ACTED_IN' OR c1.billing < $topBilled)
			                              AND (type(c2) <> 'ACTED_IN' OR c2.billing < $topBilled)))
			  AND ($from IS NULL OR w.year >= $from) AND ($to IS NULL OR w.year <= $to)
			WITH o, w, collect(DISTINCT type(c1) + '>' + type(c2)) AS pairs
			WITH o, collect(coalesce(w.year, -1)) AS years, collect(pairs) AS pairLists
			WHERE size(years) >= $minShared
			ORDER BY size(years) DESC, o.name, o.id
			WITH collect({id: o.id, name: o.name, years: years, roles: reduce(all = [], l IN pairLists | all + l)}) AS rows
			RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page""";

	private final GraphTransactions graph;

	Collaborators(GraphTransactions graph) {
		this.graph = graph;
	}

	public record Page(PersonSummary person, List<Collaborator> collaborators, int total) {
	}

	public record Filter(Role mine, Role theirs, Set<Role> roles, int minShared, Integer from, Integer to,
			Integer topBilled, int limit, int offset) {

		boolean needsCredits() {
			return this.mine != null || this.theirs != null || this.roles != null;
		}

	}

	public Page of(String personId, Filter filter) {
		return this.graph.read((tx) -> {
			PersonSummary person = tx.run("MATCH (p:Person {id: $id}) RETURN p.id AS id, p.name AS name", Map.of("id", personId))
				.list((r) -> new PersonSummary(r.get("id").asString(), r.get("name").asString(null)))
				.stream()
				.findFirst()
				.orElseThrow(() -> new NotFoundException("No person with id " + personId));
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
			List<Collaborator> rows = record.get("page").asList((row) -> collaborator(row, filter.needsCredits()));
			return new Page(person, rows, record.get("total").asInt());
		});
	}

	private static Collaborator collaborator(Value row, boolean rolesAreRelationshipTypes) {
		List<Integer> years = row.get("years").asList(Value::asInt);
		List<Integer> known = years.stream().filter((y) -> y >= 0).toList();
		Set<String> roles = new TreeSet<>();
		for (String pair : row.get("roles").asList(Value::asString)) {
			roles.add(rolesAreRelationshipTypes ? RolePairs.fromRelationshipTypes(pair) : pair);
		}
		return new Collaborator(new PersonSummary(row.get("id").asString(), row.get("name").asString(null)), years.size(),
				known.isEmpty() ? null : known.stream().min(Integer::compare).get(),
				known.isEmpty() ? null : known.stream().max(Integer::compare).get(), new ArrayList<>(roles));
	}

}
