package org.ensemble.system;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings the embedded database is started with, as the database itself reports them: they
 * follow Ensemble's timeouts (defaults here: 30 s for reads, 60 s for writes).
 */
class EmbeddedNeo4jSettingsTests extends GraphTestSupport {

	@Test
	void lockWaitsAndTimeoutChecksFollowTheConfiguredTimeouts() {
		Map<String, String> settings = new HashMap<>();
		try (var session = this.driver.session()) {
			session.run("""
					SHOW SETTINGS YIELD name, value
					WHERE name IN ['db.lock.acquisition.timeout', 'db.transaction.monitor.check.interval',
					               'db.transaction.timeout']
					RETURN name, value""")
				.forEachRemaining((row) -> settings.put(row.get("name").asString(), row.get("value").asString()));
		}
		// a third of the write timeout: a deadlock the detection missed ends as a retried transient error
		assertThat(settings).containsEntry("db.lock.acquisition.timeout", "20s");
		// a quarter of the query timeout, at most 2 s
		assertThat(settings).containsEntry("db.transaction.monitor.check.interval", "2s");
		// the ceiling for transactions that set none, ten times the write timeout
		assertThat(settings).containsEntry("db.transaction.timeout", "10m");
	}

}
