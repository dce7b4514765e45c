package org.ensemble.collaboration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import org.ensemble.credit.CompanySummary;
import org.ensemble.credit.PersonSummary;
import org.ensemble.credit.Role;
import org.ensemble.credit.TeamCredit;
import org.ensemble.credit.WorkSummary;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.NotFoundException;

/**
 * For a team, every pair that shared a strictly earlier work, and every member who worked earlier
 * with one of the team's companies. The team is a stored work's (its credits, its companies, its
 * release) or one on paper (people, companies and a date), and both are answered by the same two
 * queries with the same counting rules.
 */
@Service
public class Reunions {

	/**
	 * A stored work's team. Every team query starts from one of these two prefixes, which bind the same
	 * variables: {@code ref}, what the earlier works must come before ({@code id} excluded, {@code any}
	 * when no date bounds them); {@code team}, each member with the roles they have on the team and
	 * {@code only}, the credit types that count for them (null: all); and {@code companies}.
	 */
	private static final String WORK_TEAM = """
			MATCH (w:Work {id: $id})<-[c]-(m:Person)
			WHERE ($types IS NULL OR type(c) IN $types)
			  AND ($topBilled IS NULL OR type(c) <> 'ACTED_IN' OR c.billing < $topBilled)
			WITH w, m, collect(DISTINCT type(c)) AS roles
			WITH w, collect({m: m, roles: roles, only: $types}) AS team
			WITH {work: w, released: w.released, year: w.year, any: false} AS ref, team,
			     COLLECT { MATCH (w)-[:RELEASED_BY]->(co:Company) RETURN DISTINCT co } AS companies""";

	/** A team that exists only on paper: people, companies and a date, given by id. */
	private static final String PAPER_TEAM = """
			UNWIND $members AS member
			MATCH (m:Person {id: member.id})
			WITH collect({m: m, roles: member.roles, only: member.only}) AS team
			WITH {work: null, released: $before, year: $before.year, any: $before IS NULL} AS ref, team,
			     COLLECT { MATCH (co:Company) WHERE co.id IN $companies RETURN co } AS companies""";

	/**
	 * Released strictly before the reference: release dates when both have one, else years. The
	 * reference work itself is told apart by its node, not its id: reading the id of every earlier
	 * work of every member was a quarter of a question's time.
	 */
	private static final String EARLIER = """
			(ref.work IS NULL OR e <> ref.work) AND (ref.any OR
			  CASE WHEN e.released IS NOT NULL AND ref.released IS NOT NULL THEN e.released < ref.released
			       ELSE e.year < ref.year END)""";

	/**
	 * Candidate pairs come from COLLABORATED_WITH between team members ({@code $minShared}: two for a
	 * stored work, which is one of them); only those are expanded to works. A pair's shared works are
	 * found by joining both people's credits on the work: expanding one person's credits and checking
	 * each work's credits for the other (Neo4j's plan without the hint) read every team of a busy
	 * person's works, ten times the relationships. The date test reads each work's properties, so it is
	 * one expression with the test on both credits: as its own condition, Neo4j would run it on every
	 * credit of the first person, before the join.
	 */
	private static final String PAIRS = """

			WITH ref, team, [t IN team | t.m] AS members
			UNWIND team AS x
			WITH ref, team, members, x, x.m AS a
			MATCH (a)-[r:COLLABORATED_WITH]->(b:Person)
			WHERE r.shared >= $minShared AND b IN members
			WITH ref, x, a, b, [t IN team WHERE t.m = b][0] AS y
			MATCH (a)-[c1:%1$s]->(e)<-[c2]-(b)
			USING JOIN ON e
			WHERE (x.only IS NULL OR type(c1) IN x.only) AND (y.only IS NULL OR type(c2) IN y.only)
			  AND CASE WHEN %2$s THEN %3$s ELSE false END
			WITH x, y, a, b, e ORDER BY coalesce(e.released, date({year: coalesce(e.year, 9999), month: 12, day: 31})), e.title, e.id
			WITH x, y, a, b, collect(DISTINCT e {.id, .title, .year, .released}) AS works
			RETURN a {.id, .name} AS a, b {.id, .name} AS b, x.roles AS aRoles, y.roles AS bRoles, works
			ORDER BY size(works) DESC, a.name, b.name, a.id, b.id""".formatted(Role.CREDIT_TYPES,
			TeamCredit.meetsInCypher("c1", "c2"), EARLIER);

	private static final String COMPANIES = """

			UNWIND companies AS co
			UNWIND team AS x
			WITH ref, co, x, x.m AS m
			MATCH (m)-[c:%1$s]->(e:Work)-[:RELEASED_BY]->(co)
			WHERE (x.only IS NULL OR type(c) IN x.only) AND %2$s
			WITH m, co, e ORDER BY coalesce(e.released, date({year: coalesce(e.year, 9999), month: 12, day: 31})), e.title, e.id
			WITH m, co, collect(DISTINCT e {.id, .title, .year, .released}) AS works
			RETURN m {.id, .name} AS person, co {.id, .name} AS company, works
			ORDER BY size(works) DESC, m.name, m.id, co.id""".formatted(Role.CREDIT_TYPES, EARLIER);

	private final GraphTransactions graph;

	Reunions(GraphTransactions graph) {
		this.graph = graph;
	}

	public record Answer(WorkSummary work, List<PairReunion> pairs, List<CompanyReunion> companies) {
	}

	public record PairReunion(PersonSummary a, PersonSummary b, List<String> aRoles, List<String> bRoles,
			List<WorkSummary> works) {
	}

	public record CompanyReunion(PersonSummary person, CompanySummary company, List<WorkSummary> works) {
	}

	/** The reunions of a team that exists only on paper: what its members and companies did before. */
	public record TeamAnswer(List<PairReunion> pairs, List<CompanyReunion> companies) {
	}

	/**
	 * A team on paper, by stored ids.
	 *
	 * @param members each person with their roles on the team; when a person has roles, only their
	 * credits in those roles count (none: every credit counts)
	 * @param companyIds the companies whose earlier works count
	 * @param before only works released strictly before it count; null: every work
	 */
	public record PaperTeam(Map<String, Set<Role>> members, List<String> companyIds, LocalDate before) {

		public PaperTeam {
			members = Map.copyOf(members);
			companyIds = List.copyOf(companyIds);
		}

	}

	public Answer of(String workId, Integer topBilled, Set<Role> roles) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", workId);
		params.put("topBilled", topBilled);
		params.put("types", roles == null ? null : types(roles));
		params.put("minShared", 2);
		return this.graph.read((tx) -> {
			WorkSummary work = tx.run("MATCH (w:Work {id: $id}) RETURN w {.id, .title, .year, .released} AS w", params)
				.list((r) -> work(r.get("w")))
				.stream()
				.findFirst()
				.orElseThrow(() -> new NotFoundException("No work with id " + workId));
			TeamAnswer answer = reunions(tx, WORK_TEAM, params);
			return new Answer(work, answer.pairs(), answer.companies());
		});
	}

	public TeamAnswer of(PaperTeam team) {
		Map<String, Object> params = new HashMap<>();
		List<Map<String, Object>> members = new ArrayList<>();
		team.members().forEach((id, roles) -> {
			Map<String, Object> member = new HashMap<>();
			member.put("id", id);
			member.put("roles", types(roles));
			member.put("only", roles.isEmpty() ? null : types(roles));
			members.add(member);
		});
		params.put("members", members);
		params.put("companies", team.companyIds());
		params.put("before", team.before());
		params.put("minShared", 1);
		return this.graph.read((tx) -> reunions(tx, PAPER_TEAM, params));
	}

	private static TeamAnswer reunions(TransactionContext tx, String team, Map<String, Object> params) {
		List<PairReunion> pairs = tx.run(team + PAIRS, params).list((r) -> new PairReunion(person(r.get("a")),
				person(r.get("b")), roleNames(r.get("aRoles")), roleNames(r.get("bRoles")), r.get("works").asList(Reunions::work)));
		List<CompanyReunion> companies = tx.run(team + COMPANIES, params).list((r) -> new CompanyReunion(person(r.get("person")),
				r.get("company").as(CompanySummary.class),
				r.get("works").asList(Reunions::work)));
		return new TeamAnswer(pairs, companies);
	}

	private static List<String> types(Set<Role> roles) {
		return roles.stream().map(Role::relationship).sorted().toList();
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
