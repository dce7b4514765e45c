package org.ensemble.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ensemble's settings; each is also an environment variable (see the README's table).
 *
 * @param dataDir folder for the embedded database and the generated API key ({@code ENSEMBLE_DATA_DIR})
 * @param boltPort Bolt port of the embedded database on 127.0.0.1; 0 picks any free port ({@code ENSEMBLE_BOLT_PORT})
 * @param apiKey the key that writes must present; generated into the data folder when blank ({@code ENSEMBLE_API_KEY})
 * @param queryTimeout transaction timeout of read questions; a timeout answers 503 ({@code ENSEMBLE_QUERY_TIMEOUT})
 * @param writeTimeout transaction timeout of single writes ({@code ENSEMBLE_WRITE_TIMEOUT})
 * @param maxBodySize largest accepted request body in bytes; larger ones get 413 ({@code ENSEMBLE_MAX_BODY_SIZE})
 * @param demoOnFirstStart load the Ballerina demo into an empty database at start ({@code ENSEMBLE_DEMO_ON_FIRST_START})
 * @param pageCache page cache of the embedded database, e.g. 512m or 4g ({@code ENSEMBLE_PAGE_CACHE})
 * @param corsOrigins origins allowed to call the API from a browser; empty means CORS is off ({@code ENSEMBLE_CORS_ORIGINS})
 * @param inProcessReads with the embedded database, read in this process rather than over the Bolt loopback
 * ({@code ENSEMBLE_IN_PROCESS_READS}; off only to measure the difference)
 * @param readConcurrency the most questions that read in this process at once, the others waiting their
 * turn in arrival order; 0 for twice the processors, -1 for no limit ({@code ENSEMBLE_READ_CONCURRENCY})
 */
@ConfigurationProperties("ensemble")
public record EnsembleProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("") String apiKey, @DefaultValue("30s") Duration queryTimeout,
		@DefaultValue("60s") Duration writeTimeout, @DefaultValue("8388608") long maxBodySize,
		@DefaultValue("true") boolean demoOnFirstStart, @DefaultValue("512m") String pageCache,
		@DefaultValue("") String corsOrigins, @DefaultValue("true") boolean inProcessReads,
		@DefaultValue("0") int readConcurrency) {

	/** Where the embedded database keeps its files. */
	public Path neo4jDir() {
		return this.dataDir.resolve("neo4j");
	}

}
