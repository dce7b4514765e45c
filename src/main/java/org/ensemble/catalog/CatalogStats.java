package org.ensemble.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import org.ensemble.credit.Role;
import org.ensemble.system.GraphTransactions;

/** Counts of the whole database, read from Neo4j's count store (constant time at any size). */
@Service
public class CatalogStats {

	private final GraphTransactions graph;

	CatalogStats(GraphTransactions graph) {
		this.graph = graph;
	}

	/** Credits count distinct (person, work, role): the graph stores one relationship for each. */
	public record Stats(long people, long works, long companies, Map<String, Long> credits, long collaborations) {

		public long totalCredits() {
			return this.credits.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	public Stats current() {
		return this.graph.read((tx) -> {
			Map<String, Long> credits = new LinkedHashMap<>();
			for (Role role : Role.values()) {
				// The type is written from the enum, not a parameter, so that the count store answers.
				credits.put(role.json(), tx.run("MATCH ()-[r:%s]->() RETURN count(r) AS n".formatted(role.relationship()))
					.single().get("n").asLong());
			}
			var counts = tx.run("""
					CALL () { MATCH (p:Person) RETURN count(p) AS people }
					CALL () { MATCH (w:Work) RETURN count(w) AS works }
					CALL () { MATCH (c:Company) RETURN count(c) AS companies }
					CALL () { MATCH ()-[r:COLLABORATED_WITH]->() RETURN count(r) AS collaborations }
					RETURN people, works, companies, collaborations""").single();
			return new Stats(counts.get("people").asLong(), counts.get("works").asLong(), counts.get("companies").asLong(),
					credits, counts.get("collaborations").asLong());
		});
	}

}
