package org.ensemble.system;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.context.ApplicationContext;

/**
 * Dynamic settings of a test's embedded database, which Community's {@code dbms.setConfigValue}
 * cannot change: set through the database's own configuration, for the tests of other packages.
 */
public final class EmbeddedSettings {

	private EmbeddedSettings() {
	}

	/**
	 * Limits the memory of each transaction ({@code db.memory.transaction.max}, "0" for no limit) until
	 * the returned handle is closed.
	 */
	public static AutoCloseable transactionMemory(ApplicationContext context, String limit) {
		GraphDatabaseAPI database = (GraphDatabaseAPI) context.getBean(EmbeddedNeo4jConfiguration.EmbeddedNeo4j.class).database();
		Config config = database.getDependencyResolver().resolveDependency(Config.class);
		Long before = config.get(GraphDatabaseSettings.memory_transaction_max_size);
		config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(limit), "test");
		return () -> config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, before, "test");
	}

}
