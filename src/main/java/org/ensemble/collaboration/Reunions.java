package org.ensemble.collaboration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import org.ensemble.credit.PersonSummary;
import org.ensemble.credit.Role;
import org.ensemble.credit.TeamCredit;
import org.ensemble.credit.WorkSummary;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.NotFoundException;

/**
 * For a work's team, every pair that shared a strictly earlier work, and every member who worked
 * earlier with one of the work's companies. Candidate pairs come from COLLABORATED_WITH between team
 * members (at least two shared works, since this work is one); only those are expanded to works.
 */
@Service
public class Reunions {

	private static final String TEAM = """
			MATCH (w:Work {id: $id})<-[c]-(m:Person)
			WHERE ($types IS NULL OR type(c) IN $types)
			  AND ($topBilled IS NULL OR type(c) <> 'ACTED_IN' OR c.billing < $topBilled)
			WITH w, m, collect(DISTINCT type(c)) AS roles
			WITH w, collect({m: m, roles: roles}) AS team""";

	private static final String EARLIER = """
			(CASE WHEN e.released IS NOT NULL AND w.released IS NOT NULL THEN e.released < w.released
			      ELSE e.year < w.year END)""";

	private static final String PAIRS = (TEAM + """

			WITH w, team, [t IN team | t.m] AS members
			UNWIND team AS x
			WITH w, team, members, x, x.m AS a
			MATCH (a)-[r:COLLABORATED_WITH]->(b:Person)
			WHERE r.shared >= 2 AND b IN members
			MATCH (a)-[c1:%1$s]->(e:Work)<-[c2]-(b)
			WHERE e <> w AND ($types IS NULL OR (type(c1) IN $types AND type(c2) IN $types)) AND %2$s AND """ + EARLIER + """

			WITH w, team, x, a, b, e ORDER BY coalesce(e.released, date({year: coalesce(e.year, 9999), month: 12, day: 31})), e.title, e.id
			WITH team, x, a, b, collect(DISTINCT e {.id, .title, .year, .released}) AS works
			RETURN a {.id, .name} AS a, b {.id, .name} AS b, x.roles AS aRoles,
			       [t IN team WHERE t.m = b | t.roles][0] AS bRoles, works
			ORDER BY size(works) DESC, a.name, b.name, a.id, b.id""").formatted(Role.CREDIT_TYPES,
			TeamCredit.meetsInCypher("c1", "c2"));

	private static final String COMPANIES = (TEAM + """

			MATCH (w)-[:RELEASED_BY]->(co:Company)
			UNWIND team AS x
			WITH w, co, x.m AS m
			MATCH (m)-[c:%1$s]->(e:Work)-[:RELEASED_BY]->(co)
			WHERE e <> w AND ($types IS NULL OR type(c) IN $types) AND """ + EARLIER + """

			WITH m, co, e ORDER BY coalesce(e.released, date({year: coalesce(e.year, 9999), month: 12, day: 31})), e.title, e.id
			WITH m, co, collect(DISTINCT e {.id, .title, .year, .released}) AS works
			RETURN m {.id, .name} AS person, co {.id, .name} AS company, works
			ORDER BY size(works) DESC, m.name, m.id, co.id""").formatted(Role.CREDIT_TYPES);

	private final GraphTransactions graph;

	Reunions(GraphTransactions graph) {
		this.graph = graph;
	}

	public record Answer(WorkSummary work, List<PairReunion> pairs, List<CompanyReunion> companies) {
	}

	public record PairReunion(PersonSummary a, PersonSummary b, List<String> aRoles, List<String> bRoles,
			List<WorkSummary> works) {
	}

	public record CompanyReunion(PersonSummary person, Company company, List<WorkSummary> works) {
	}

	public record Company(String id, String name) {
	}

	public Answer of(String workId, Integer topBilled, Set<Role> roles) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", workId);
		params.put("topBilled", topBilled);
		params.put("types", roles == null ? null : roles.stream().map(Role::relationship).toList());
		return this.graph.read((tx) -> {
			WorkSummary work = tx.run("MATCH (w:Work {id: $id}) RETURN w {.id, .title, .year, .released} AS w", params)
				.list((r) -> work(r.get("w")))
				.stream()
				.findFirst()
				.orElseThrow(() -> new NotFoundException("No work with id " + workId));
			List<PairReunion> pairs = tx.run(PAIRS, params).list((r) -> new PairReunion(person(r.get("a")), person(r.get("b")),
					roleNames(r.get("aRoles")), roleNames(r.get("bRoles")), r.get("works").asList(Reunions::work)));
			List<CompanyReunion> companies = tx.run(COMPANIES, params).list((r) -> new CompanyReunion(person(r.get("person")),
					new Company(r.get("company").get("id").asString(), r.get("company").get("name").asString(null)),
					r.get("works").asList(Reunions::work)));
			return new Answer(work, pairs, companies);
		});
	}

	static PersonSummary person(Value value) {
		return new PersonSummary(value.get("id").asString(), value.get("name").asString(null));
	}

	static WorkSummary work(Value value) {
		LocalDate released = value.get("released").as(LocalDate.class);
		return new WorkSummary(value.get("id").asString(), value.get("title").asString(null),
				value.get("year").as(Integer.class), released);
	}

	private static List<String> roleNames(Value types) {
		return types.asList(Value::asString).stream().map((t) -> Role.fromRelationship(t).map(Role::json).orElse(t)).sorted().toList();
	}

}
