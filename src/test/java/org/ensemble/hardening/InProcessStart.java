package org.ensemble.hardening;

import java.nio.file.Path;
import java.util.List;

import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.ensemble.EnsembleApplication;
import org.ensemble.collaboration.BruteForceCollaborations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application started again in the test's own JVM, without a web server, on a folder a killed
 * service left behind: it goes through the same start (Neo4j recovery, migrations, the repair of stale
 * collaborations) and then lets the test read the graph through its driver.
 */
final class InProcessStart {

	private InProcessStart() {
	}

	static ConfigurableApplicationContext on(Path dataDir) {
		return new SpringApplicationBuilder(EnsembleApplication.class).web(WebApplicationType.NONE)
			.properties("ensemble.data-dir=" + dataDir, "ensemble.bolt-port=0", "ensemble.api-key=" + ServiceProcess.API_KEY,
					"ensemble.demo-on-first-start=false", "ensemble.page-cache=256m")
			.run();
	}

	/** Closes the contexts at the same time and waits for all of them. */
	static void closeTogether(List<ConfigurableApplicationContext> contexts) throws InterruptedException {
		List<Thread> closing = contexts.stream().map((context) -> Thread.ofPlatform().start(context::close)).toList();
		for (Thread thread : closing) {
			thread.join();
		}
	}

	/**
	 * The stored collaborations are exactly those the credits imply, property by property, as the
	 * independent brute-force count has them.
	 */
	static void assertCollaborationsMatchCredits(ConfigurableApplicationContext context) {
		assertThat(BruteForceCollaborations.differences(context.getBean(Driver.class)))
			.as("stored collaborations against the credits")
			.isEmpty();
	}

}
