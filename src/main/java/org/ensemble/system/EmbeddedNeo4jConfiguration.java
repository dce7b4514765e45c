package org.ensemble.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default mode: Neo4j runs in this process with Bolt on loopback. Writes go through the driver
 * exactly as they would to a server; questions read in this process ({@link InProcessReads}), through
 * the same callbacks, so both modes run the same feature code.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedModeCondition.class)
@ConditionalOnMissingBean(Neo4jConnectionDetails.class)
class EmbeddedNeo4jConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4jConfiguration.class);

	private static final Duration BOLT_QUIET_PERIOD = Duration.ofMillis(200);

	/**
	 * The page cache of the start that follows a store import ({@link EmptyStoreSeed}): the import command
	 * then only creates the schema, waits for the indexes and exits, and a larger cache only adds its
	 * pages to the command's peak memory (at the {@code imdb} scale, 4 GB made the peak 9.6 GiB with the
	 * parallel collector, 1 GB 7.5 GiB, and the indexes were not slower to populate).
	 */
	private static final long SEEDED_PAGE_CACHE = ByteUnit.gibiBytes(1);

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EnsembleProperties properties, ObjectProvider<EmptyStoreSeed> seeds) {
		Neo4jDataFolderLock lock = Neo4jDataFolderLock.acquire(properties.dataDir());
		try {
			boolean seeded = false;
			if (!OfflineStoreWriter.storeExists(properties.neo4jDir())) {
				seeds.orderedStream().forEach((seed) -> seed.seed(properties.neo4jDir()));
				seeded = OfflineStoreWriter.storeExists(properties.neo4jDir());
			}
			long pageCache = ByteUnit.parse(properties.pageCache());
			if (seeded && pageCache > SEEDED_PAGE_CACHE) {
				logger.info("The store was just written by the import command, which now only creates the schema and "
						+ "populates the indexes: page cache " + ByteUnit.bytesToString(SEEDED_PAGE_CACHE) + " instead of "
						+ properties.pageCache());
				pageCache = SEEDED_PAGE_CACHE;
			}
			DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(properties.neo4jDir())
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
				.setConfig(GraphDatabaseSettings.transaction_timeout, properties.writeTimeout().multipliedBy(10))
				.setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, timeoutCheckInterval(properties))
				// Writers take people's locks in id order, but Neo4j's deadlock detection is best effort: a
				// lock wait that outlasts this ends as a transient error, which the driver retries.
				.setConfig(GraphDatabaseSettings.lock_acquisition_timeout, properties.writeTimeout().dividedBy(3))
				// Bolt's two connectors each wait a 5 s quiet period when they close, after the database has
				// checkpointed and our own driver is gone: every stop and every command took 10 s longer.
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, BOLT_QUIET_PERIOD)
				.build();
			var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			int port = db.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
			logger.info("Embedded Neo4j started: data in " + properties.neo4jDir().toAbsolutePath().normalize()
					+ ", Bolt on bolt://127.0.0.1:" + port);
			return new EmbeddedNeo4j(dbms, lock, port);
		}
		catch (RuntimeException ex) {
			closeQuietly(lock);
			throw ex;
		}
	}

	@Bean
	Driver neo4jDriver(EmbeddedNeo4j neo4j, List<ConfigBuilderCustomizer> customizers) {
		Config.ConfigBuilder config = Config.builder().withMaxConnectionPoolSize(200);
		// The same customizers as Spring Boot's driver of server mode (its logging among them).
		customizers.forEach((customizer) -> customizer.customize(config));
		return GraphDatabase.driver("bolt://127.0.0.1:" + neo4j.boltPort(), AuthTokens.none(), config.build());
	}

	private static void closeQuietly(Neo4jDataFolderLock lock) {
		try {
			lock.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The running embedded database; closing it shuts Neo4j down cleanly, then frees the folder. */
	record EmbeddedNeo4j(DatabaseManagementService dbms, Neo4jDataFolderLock lock, int boltPort) {

		/** The default database, for reads in this process. */
		org.neo4j.graphdb.GraphDatabaseService database() {
			return this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		}

		void close() throws IOException {
			try {
				this.dbms.shutdown();
				logger.info("Embedded Neo4j stopped cleanly");
			}
			finally {
				this.lock.close();
			}
		}

	}

	/**
	 * Neo4j looks for transactions past their timeout every 2 s by default, so a 300 ms query timeout
	 * could run on for seconds: look at least four times per query timeout (but not more than 20 times a second).
	 */
	static Duration timeoutCheckInterval(EnsembleProperties properties) {
		Duration quarter = properties.queryTimeout().dividedBy(4);
		Duration fastest = Duration.ofMillis(50);
		Duration slowest = Duration.ofSeconds(2);
		return quarter.compareTo(fastest) < 0 ? fastest : quarter.compareTo(slowest) > 0 ? slowest : quarter;
	}

}
