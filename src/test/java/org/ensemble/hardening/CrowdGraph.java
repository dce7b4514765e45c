package org.ensemble.hardening;

import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * A crowd: works with very large casts drawn from one pool of people, written straight through
 * Cypher because the API would take minutes to write them. Every person shares a work with hundreds
 * of others, so a question that counts shared works from the credits (a network with a role filter)
 * grows with the square of the cast, which a test needs to make a read run long on a small graph.
 * Credits only: no COLLABORATED_WITH is written, the questions asked of the crowd do not read them.
 */
final class CrowdGraph {

	static final String PREFIX = "crowd-";

	private CrowdGraph() {
	}

	/** Writes {@code people} people and {@code works} works, each with a director and {@code cast} actors. */
	static void write(Driver driver, int people, int works, int cast) {
		try (var session = driver.session()) {
			session.run("""
					UNWIND range(0, $people - 1) AS i
					CALL (i) {
					  CREATE (:Person {id: $prefix + 'p' + i, name: 'Crowd member ' + i, searchText: 'crowd member ' + i})
					} IN TRANSACTIONS OF 10000 ROWS""", Map.of("prefix", PREFIX, "people", people)).consume();
			session.run("""
					MATCH (p:Person) WHERE p.id STARTS WITH $prefix
					WITH collect(p) AS people
					UNWIND range(0, $works - 1) AS j
					CALL (people, j) {
					  CREATE (w:Work {id: $prefix + 'w' + j, title: 'Crowd scene ' + j, kind: 'movie', year: 2000 + j % 20})
					  WITH people, w, people[j % size(people)] AS director
					  CREATE (director)-[:DIRECTED]->(w)
					  WITH people, w
					  UNWIND range(0, $cast - 1) AS billing
					  WITH w, billing, people[toInteger(rand() * size(people))] AS actor
					  CREATE (actor)-[:ACTED_IN {billing: billing, characters: []}]->(w)
					} IN TRANSACTIONS OF 20 ROWS""", Map.of("prefix", PREFIX, "works", works, "cast", cast)).consume();
		}
	}

}
