package org.ensemble.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.ensemble.credit.Role;

/** The one row of the draw query, mapped once into nodes and edges. */
record Drawing(List<Node> people, List<Edge> ties, List<Node> works, List<Edge> credits, boolean worksCut) {

	static Drawing of(List<String> order, Record row, int workLimit) {
		Map<String, Integer> rank = new HashMap<>();
		for (int i = 0; i < order.size(); i++) {
			rank.put(order.get(i), i);
		}
		// people and edges come as lists, not maps: a drawing holds thousands of edges, and a map each
		// cost a drawing of a busy person's network 1.7 ms more in the query
		List<Node> people = new ArrayList<>(row.get("people")
			.asList((p) -> new Node(p.get(0).asString(), p.get(1).asString(null), Node.PERSON, null, false, null,
					mainRole(p.get(2)))));
		people.sort(Comparator.comparing((Node n) -> rank.getOrDefault(n.id(), Integer.MAX_VALUE)));
		List<Edge> ties = new ArrayList<>(row.get("edges")
			.asList((e) -> Edge.collaboration(e.get(0).asString(), e.get(1).asString(), e.get(2).asInt(), integer(e.get(3)),
					integer(e.get(4)))));
		ties.sort(Comparator.comparingInt(Edge::weight).reversed().thenComparing(Edge::source).thenComparing(Edge::target));

		Set<String> personIds = new HashSet<>(order);
		List<Value> rows = row.get("works").asList((v) -> v);
		boolean worksCut = rows.size() > workLimit;
		List<Node> works = new ArrayList<>();
		List<Edge> credits = new ArrayList<>();
		for (Value w : worksCut ? rows.subList(0, workLimit) : rows) {
			// A work whose id is also a drawn person's gets a distinct node id; ids are only unique per label.
			String id = personIds.contains(w.get("id").asString()) ? "work:" + w.get("id").asString() : w.get("id").asString();
			Integer year = integer(w.get("year"));
			works.add(new Node(id, w.get("title").asString(null), Node.WORK, year, false, null, null));
			for (Value credit : w.get("credits").asList((v) -> v)) {
				credits.add(Edge.credit(credit.get("person").asString(), id, year,
						roleNames(credit.get("roles").asList(Value::asString))));
			}
		}
		return new Drawing(people, ties, works, credits, worksCut);
	}

	/**
	 * @param seeds ids of nodes to mark as seeds
	 * @param roles each person's roles on the work whose network this is; empty otherwise
	 */
	Graph graph(Set<String> seeds, Map<String, String> roles, boolean truncated) {
		List<Node> nodes = new ArrayList<>();
		for (Node n : this.people) {
			nodes.add(new Node(n.id(), n.label(), n.type(), n.year(), seeds.contains(n.id()), roles.get(n.id()), n.mainRole()));
		}
		for (Node n : this.works) {
			nodes.add(new Node(n.id(), n.label(), n.type(), n.year(), seeds.contains(n.id()), null, null));
		}
		List<Edge> edges = new ArrayList<>(this.ties);
		edges.addAll(this.credits);
		return new Graph(nodes, edges, truncated || this.worksCut);
	}

	/** "ACTED_IN", "DIRECTED" become "actor,director", in the order of the Role enum. */
	static String roleNames(List<String> types) {
		return types.stream()
			.map((t) -> Role.fromRelationship(t).orElseThrow())
			.sorted()
			.map(Role::json)
			.collect(Collectors.joining(","));
	}

	/** The JSON name of a person's main role, from {@link Role#creditCountsOf}'s counts; null for none. */
	static String mainRole(Value creditCounts) {
		Role main = Role.main(creditCounts.asList(Value::asLong));
		return (main == null) ? null : main.json();
	}

	static String pairKey(String a, String b) {
		return (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
	}

	private static Integer integer(Value value) {
		return value.as(Integer.class);
	}

}
