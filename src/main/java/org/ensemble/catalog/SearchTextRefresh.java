package org.ensemble.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import org.ensemble.credit.SearchText;
import org.ensemble.system.CypherMigrations;
import org.ensemble.system.GraphTransactions;

/**
 * The application writes {@code searchText} (see {@link SearchText#of}); a database written under an
 * older {@link SearchText#VERSION} gets it written again, a batch of nodes per transaction, before
 * the service answers, so the full-text index finds old and new names alike. The version stored in
 * {@code (:__EnsembleState {name: 'searchText'})} says when that is done; an empty database is
 * marked at once.
 */
@Component
class SearchTextRefresh implements InitializingBean {

	private static final Log logger = LogFactory.getLog(SearchTextRefresh.class);

	private static final int BATCH = 5_000;

	private final GraphTransactions graph;

	SearchTextRefresh(GraphTransactions graph, CypherMigrations schemaFirst) {
		this.graph = graph;
	}

	@Override
	public void afterPropertiesSet() {
		if (isCurrent()) {
			return;
		}
		logger.info("Search texts were written by an older version; writing them again (version " + SearchText.VERSION + ")");
		long people = refresh("""
				MATCH (n:Person) WHERE n.id > $after AND n.searchText IS NOT NULL
				RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY n.id LIMIT $batch""",
				"MATCH (n:Person {id: row.id})");
		long works = refresh("""
				MATCH (n:Work) WHERE n.id > $after AND n.searchText IS NOT NULL
				RETURN n.id AS id, n.title AS name, CASE WHEN n.originalTitle IS NULL THEN [] ELSE [n.originalTitle] END AS aliases
				ORDER BY n.id LIMIT $batch""", "MATCH (n:Work {id: row.id})");
		this.graph.write((tx) -> tx.run("MERGE (s:__EnsembleState {name: 'searchText'}) SET s.version = $version",
				Map.of("version", SearchText.VERSION)).consume());
		logger.info("Search texts written again: " + people + " people, " + works + " works");
	}

	boolean isCurrent() {
		return this.graph.read((tx) -> tx.run("MATCH (s:__EnsembleState {name: 'searchText'}) RETURN s.version AS version")
			.list((r) -> r.get("version").asInt(0))
			.contains(SearchText.VERSION));
	}

	/**
	 * Pages through the nodes by id, reading and writing each batch in one transaction, so a name
	 * changed meanwhile is not overwritten with an older one.
	 */
	private long refresh(String read, String match) {
		String write = "UNWIND $rows AS row " + match + " SET n.searchText = row.text";
		long written = 0;
		String after = "";
		while (true) {
			String from = after;
			List<Map<String, Object>> rows = this.graph.write((tx) -> {
				List<Map<String, Object>> batch = tx.run(read, Map.of("after", from, "batch", BATCH))
					.list((r) -> Map.of("id", r.get("id").asString(), "text",
							SearchText.of(r.get("name").asString(""), strings(r.get("aliases")))));
				tx.run(write, Map.of("rows", batch)).consume();
				return batch;
			});
			if (rows.isEmpty()) {
				return written;
			}
			written += rows.size();
			after = (String) rows.getLast().get("id");
		}
	}

	private static List<String> strings(Value list) {
		return list.isNull() ? List.of() : new ArrayList<>(list.asList(Value::asString));
	}

}
