package org.ensemble.hardening;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** A fingerprint of every node and relationship with all their properties, to prove a request changed nothing. */
final class GraphChecksum {

	private GraphChecksum() {
	}

	static String of(Driver driver) {
		try (var session = driver.session()) {
			var record = session.run("""
					CALL () {
					  MATCH (n) WHERE NOT n:__EnsembleMigration AND NOT n:__EnsembleMigrationLock AND NOT n:__EnsembleState
					  WITH n ORDER BY n.id
					  RETURN collect([labels(n), properties(n)]) AS nodes
					}
					CALL () {
					  MATCH (a)-[r]->(b)
					  WITH a, r, b ORDER BY a.id, type(r), b.id
					  RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels
					}
					RETURN nodes, rels""").single();
			return record.get("nodes").asList(Value::asObject) + "|" + record.get("rels").asList(Value::asObject);
		}
	}

}
