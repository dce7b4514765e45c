package org.ensemble.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Service;

import org.ensemble.collaboration.Pairing;
import org.ensemble.collaboration.Pairings;
import org.ensemble.collaboration.People;
import org.ensemble.collaboration.Reunions;
import org.ensemble.credit.PersonSummary;
import org.ensemble.credit.Role;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.NotFoundException;

/**
 * Subgraphs for drawing. Around people: the seeds' network is grown one collaboration step at a
 * time, each step keeping the strongest ties while there is room under the limit, so a cut graph
 * keeps the seeds, the nearest people and the heaviest edges. Then one query draws the chosen
 * people: their ties among each other and, if asked, the works they share.
 */
@Service
class Networks {

	/** The most pairs a pairings drawing holds: as many as a browser draws smoothly with WebGL. */
	static final int MAX_PAIRINGS = 50_000;

	/**
	 * The people are found by the element ids the steps that chose them returned, in the same
	 * transaction, and only the seeds by their ids: 200 seeks of the id index were a fifth of a light
	 * drawing (in process, the {@code imdb} scale: 0.76 -> 0.56 ms light, 4.85 -> 4.08 ms medium).
	 */
	private static final String DRAW = """
			CALL () {
			  MATCH (p:Person) WHERE p.id IN $seeds RETURN p
			  UNION
			  MATCH (p:Person) WHERE elementId(p) IN $nodes RETURN p
			}
			WITH collect(p) AS people
			CALL (people) {
			%s
			}
			CALL (people) {
			  UNWIND CASE WHEN $works THEN people ELSE [] END AS p
			  MATCH (p)-[c:%s]->(w:Work)
			  WHERE $types IS NULL OR type(c) IN $types
			  WITH w, p, collect(DISTINCT type(c)) AS roles
			  WITH w, collect({person: p.id, roles: roles}) AS credits
			  WHERE size(credits) >= 2
			  WITH w, credits ORDER BY size(credits) DESC, w.year, w.id
			  LIMIT $takeWorks
			  RETURN collect({id: w.id, title: w.title, year: w.year, credits: credits}) AS works
			}
			RETURN [p IN people | [p.id, p.name, CREDIT_COUNTS]] AS people, edges, works""".replace("CREDIT_COUNTS",
			Role.creditCountsOf("p"));

	private static final Map<Ties, String> DRAWS = Map.of(Ties.COLLABORATIONS,
			DRAW.formatted(Ties.COLLABORATIONS.among(), Ties.CreditTypes.ALL), Ties.CREDITS,
			DRAW.formatted(Ties.CREDITS.among(), Ties.CreditTypes.ALL));

	/** A work's team, crew and top of the bill first, so that a cut keeps the people who matter most. */
	private static final String TEAM = """
			MATCH (:Work {id: $id})<-[c:%s]-(p:Person)
			WITH p, collect(DISTINCT type(c)) AS types, min(CASE WHEN type(c) = 'ACTED_IN' THEN coalesce(c.billing, 100000) ELSE -1 END) AS rank
			ORDER BY rank, p.id
			LIMIT $take
			RETURN p.id AS id, elementId(p) AS node, types""".formatted(Ties.CreditTypes.ALL);

	/** Main roles of the people of a drawing not made by {@link #DRAW}. */
	private static final String MAIN_ROLES = """
			UNWIND $ids AS id
			MATCH (p:Person {id: id})
			RETURN p.id AS id, CREDIT_COUNTS AS credits""".replace("CREDIT_COUNTS", Role.creditCountsOf("p"));

	private final GraphTransactions graph;

	private final Reunions reunions;

	private final People people;

	private final Pairings pairings;

	Networks(GraphTransactions graph, Reunions reunions, People people, Pairings pairings) {
		this.graph = graph;
		this.reunions = reunions;
		this.people = people;
		this.pairings = pairings;
	}

	/**
	 * The repeat-pairing network of the whole graph: the pairs {@code GET /api/pairings} answers for the
	 * same question, strongest first, at most {@link #MAX_PAIRINGS}. A drawing has one tie per two
	 * people: with two different roles, a pair found both ways round (each directed while the other
	 * scored) is drawn once, with its stronger pairing.
	 */
	Graph ofPairings(PairingsRequest request) {
		Pairings.Page page = this.pairings.of(request.first(), request.second(), request.minShared(), request.from(),
				request.to(), request.topBilled(), MAX_PAIRINGS, 0);
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Edge> ties = new LinkedHashMap<>();
		for (Pairing pairing : page.pairings()) {
			names.putIfAbsent(pairing.a().id(), pairing.a().name());
			names.putIfAbsent(pairing.b().id(), pairing.b().name());
			String a = pairing.a().id();
			String b = pairing.b().id();
			// like every collaboration edge, from the smaller id to the other
			ties.putIfAbsent(Drawing.pairKey(a, b), (a.compareTo(b) < 0)
					? Edge.collaboration(a, b, pairing.shared(), pairing.first(), pairing.last())
					: Edge.collaboration(b, a, pairing.shared(), pairing.first(), pairing.last()));
		}
		Map<String, String> mainRoles = this.graph.read((tx) -> {
			Map<String, String> roles = new HashMap<>();
			tx.run(MAIN_ROLES, Map.of("ids", List.copyOf(names.keySet())))
				.forEachRemaining((r) -> roles.put(r.get("id").asString(), Drawing.mainRole(r.get("credits"))));
			return roles;
		});
		List<Node> nodes = names.entrySet()
			.stream()
			.map((e) -> new Node(e.getKey(), e.getValue(), Node.PERSON, null, false, null, mainRoles.get(e.getKey())))
			.toList();
		return new Graph(nodes, List.copyOf(ties.values()), page.total() > MAX_PAIRINGS);
	}

	Graph around(NetworkRequest request) {
		Ties ties = Ties.forRoles(request.roles());
		List<String> types = request.roles() == null ? null : request.roles().stream().map(Role::relationship).toList();
		List<String> seeds = this.people.require(request.seeds()).stream().map(PersonSummary::id).distinct().toList();
		return this.graph.read((tx) -> {
			Set<String> kept = new LinkedHashSet<>(seeds);
			List<String> found = new ArrayList<>();
			List<String> frontier = seeds;
			boolean truncated = false;
			for (int step = 1; step <= request.depth() && !frontier.isEmpty() && !truncated; step++) {
				int room = Math.max(0, request.limit() - kept.size());
				Map<String, Object> params = new HashMap<>();
				params.put("frontier", frontier);
				params.put("seen", List.copyOf(kept));
				params.put("minShared", request.minShared());
				params.put("types", types);
				// one more than there is room for tells whether the limit cut this step
				params.put("take", room + 1);
				List<Record> next = Ties.strongest(tx.run(ties.expand(frontier, kept.size()), params).list(), room + 1);
				if (next.size() > room) {
					truncated = true;
					next = next.subList(0, room);
				}
				frontier = next.stream().map((r) -> r.get("id").asString()).toList();
				kept.addAll(frontier);
				next.forEach((r) -> found.add(r.get("node").asString()));
			}
			Drawing drawing = draw(tx, ties, List.copyOf(kept), seeds, found, request.minShared(), types, request.works(),
					request.limit());
			return drawing.graph(Set.copyOf(seeds), Map.of(), truncated);
		});
	}

	Graph ofWork(String workId, boolean works) {
		Graph graph = this.graph.read((tx) -> {
			if (!tx.run("MATCH (w:Work {id: $id}) RETURN w.id", Map.of("id", workId)).hasNext()) {
				throw new NotFoundException("No work with id " + workId);
			}
			Map<String, String> roles = new HashMap<>();
			List<String> team = new ArrayList<>();
			List<String> nodes = new ArrayList<>();
			tx.run(TEAM, Map.of("id", workId, "take", NetworkRequest.MAX_LIMIT + 1)).forEachRemaining((r) -> {
				team.add(r.get("id").asString());
				nodes.add(r.get("node").asString());
				roles.put(r.get("id").asString(), Drawing.roleNames(r.get("types").asList((v) -> v.asString())));
			});
			boolean truncated = team.size() > NetworkRequest.MAX_LIMIT;
			int kept = Math.min(team.size(), NetworkRequest.MAX_LIMIT);
			return draw(tx, Ties.COLLABORATIONS, team.subList(0, kept), List.of(), nodes.subList(0, kept), 1, null, works,
					NetworkRequest.MAX_LIMIT)
				.graph(works ? Set.of(workId) : Set.of(), roles, truncated);
		});
		Set<String> reunited = new java.util.HashSet<>();
		this.reunions.of(workId, null, null)
			.pairs()
			.forEach((pair) -> reunited.add(Drawing.pairKey(pair.a().id(), pair.b().id())));
		List<Edge> edges = graph.edges()
			.stream()
			.map((edge) -> Edge.COLLABORATION.equals(edge.type())
					? edge.asReunion(reunited.contains(Drawing.pairKey(edge.source(), edge.target()))) : edge)
			.toList();
		return new Graph(graph.nodes(), edges, graph.truncated());
	}

	/**
	 * @param ids every person to draw, in the drawing's order
	 * @param seeds those of them to find by id
	 * @param nodes the element ids of the others, as this transaction's queries returned them
	 */
	private static Drawing draw(TransactionContext tx, Ties ties, List<String> ids, List<String> seeds, List<String> nodes,
			int minShared, List<String> types, boolean works, int workLimit) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", ids);
		params.put("seeds", seeds);
		params.put("nodes", nodes);
		params.put("minShared", minShared);
		params.put("types", types);
		params.put("works", works);
		params.put("takeWorks", workLimit + 1);
		return Drawing.of(ids, tx.run(DRAWS.get(ties), params).single(), workLimit);
	}

}
