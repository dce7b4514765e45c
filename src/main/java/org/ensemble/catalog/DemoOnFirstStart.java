package org.ensemble.catalog;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import org.ensemble.system.EnsembleProperties;
import org.ensemble.system.GraphTransactions;

/** A new user's first start shows something: an empty database gets the demo (ENSEMBLE_DEMO_ON_FIRST_START). */
@Component
class DemoOnFirstStart implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoOnFirstStart.class);

	private final EnsembleProperties properties;

	private final GraphTransactions graph;

	private final DemoData demo;

	DemoOnFirstStart(EnsembleProperties properties, GraphTransactions graph, DemoData demo) {
		this.properties = properties;
		this.graph = graph;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demoOnFirstStart()) {
			return;
		}
		boolean empty = this.graph.read((tx) -> !tx.run("MATCH (w:Work) RETURN w LIMIT 1").hasNext());
		if (empty) {
			logger.info("Empty database: loaded the Ballerina demo (" + this.demo.load() + " works)");
		}
	}

}
