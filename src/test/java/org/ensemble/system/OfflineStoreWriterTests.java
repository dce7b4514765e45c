package org.ensemble.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Neo4j's bulk importer is internal API, pinned with Neo4j's version: these tests write a store
 * through it and open it with the embedded DBMS, so that an upgrade that changes it fails here.
 */
class OfflineStoreWriterTests {

	@Test
	void writesNodesRelationshipsAndEveryPropertyTypeANewDatabaseThenServes(@TempDir Path home) throws IOException {
		assertThat(OfflineStoreWriter.storeExists(home)).isFalse();
		List<OfflineStoreWriter.Node> nodes = List.of(
				new OfflineStoreWriter.Node(0, "Work", Map.of("id", "w1", "year", 2020, "aliases", List.of("a", "b"))),
				new OfflineStoreWriter.Node(1, "Person", Map.of("id", "p1", "name", "Jeon Jong-seo", "onWork", true)),
				new OfflineStoreWriter.Node(2, "Person", Map.of("id", "p2", "name", "GRAY", "episodes", List.of())));
		List<OfflineStoreWriter.Relationship> relationships = List.of(
				new OfflineStoreWriter.Relationship(1, "ACTED_IN", 0, Map.of("billing", 0L, "characters", List.of("Seo-yeon"))),
				new OfflineStoreWriter.Relationship(1, "COLLABORATED_WITH", 2, Map.of("shared", 1, "first", 2020)));

		OfflineStoreWriter.write(home, once(nodes), once(relationships), new OfflineStoreWriter.Counts(3, 2, 7, 4),
				OfflineStoreWriter.quiet());

		assertThat(OfflineStoreWriter.storeExists(home)).isTrue();
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).build();
		try {
			GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			Map<String, Object> credit = db.executeTransactionally("""
					MATCH (p:Person {id: 'p1'})-[c:ACTED_IN]->(w:Work)
					RETURN w.id AS work, w.year AS year, w.aliases AS aliases, c.billing AS billing,
					       c.characters AS characters, p.onWork AS onWork""", Map.of(), (result) -> result.next());
			assertThat(credit).containsEntry("work", "w1")
				.containsEntry("year", 2020)
				.containsEntry("aliases", new String[] { "a", "b" })
				.containsEntry("billing", 0L)
				.containsEntry("characters", new String[] { "Seo-yeon" })
				.containsEntry("onWork", true);
			Map<String, Object> collaboration = db.executeTransactionally(
					"MATCH (:Person {id: 'p1'})-[r:COLLABORATED_WITH]->(b:Person) RETURN b.name AS name, r.shared AS shared",
					Map.of(), (result) -> result.next());
			assertThat(collaboration).containsEntry("name", "GRAY")
				.containsEntry("shared", 1);
			// The token lookup indexes a database created by Neo4j has: queries' plans count on them.
			Object lookups = db.executeTransactionally("SHOW LOOKUP INDEXES YIELD entityType RETURN collect(entityType) AS types",
					Map.of(), (result) -> result.next().get("types"));
			assertThat(lookups).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder("NODE", "RELATIONSHIP");
		}
		finally {
			dbms.shutdown();
		}
	}

	@Test
	void aFailedImportLeavesNoStore(@TempDir Path home) {
		List<OfflineStoreWriter.Node> nodes = List.of(new OfflineStoreWriter.Node(0, "Work", Map.of("id", "w1")));
		Supplier<List<OfflineStoreWriter.Relationship>> failing = () -> {
			throw new IllegalStateException("the source broke off");
		};

		assertThatException().isThrownBy(() -> OfflineStoreWriter.write(home, once(nodes), failing,
				new OfflineStoreWriter.Counts(1, 1, 1, 1), OfflineStoreWriter.quiet()));

		assertThat(OfflineStoreWriter.storeExists(home)).isFalse();
		assertThat(home.resolve("data/databases/neo4j")).doesNotExist();
	}

	@Test
	void aStoreWhoseImportDidNotFinishIsDeletedNotServed(@TempDir Path home) throws IOException {
		OfflineStoreWriter.write(home, once(List.of(new OfflineStoreWriter.Node(0, "Work", Map.of("id", "w1")))),
				once(List.of()), new OfflineStoreWriter.Counts(1, 0, 1, 0), OfflineStoreWriter.quiet());
		// As a process killed while it wrote would leave it.
		Files.writeString(home.resolve("bulk-import-unfinished"), "");

		assertThat(OfflineStoreWriter.storeExists(home)).isFalse();
		assertThat(home.resolve("data/databases/neo4j")).doesNotExist();
		assertThat(home.resolve("bulk-import-unfinished")).doesNotExist();
	}

	private static <T> Supplier<List<T>> once(List<T> items) {
		Iterator<T> iterator = new ArrayList<>(items).iterator();
		return OfflineStoreWriter.synchronizedChunks(iterator, 2);
	}

}
