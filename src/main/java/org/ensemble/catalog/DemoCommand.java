package org.ensemble.catalog;

import java.util.List;

import org.springframework.stereotype.Component;

import org.ensemble.system.EnsembleCommand;

/** {@code demo}: loads the Ballerina story into the database. */
@Component
class DemoCommand implements EnsembleCommand {

	private final DemoData demo;

	DemoCommand(DemoData demo) {
		this.demo = demo;
	}

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String usage() {
		return "(loads the Ballerina demo data; running it again changes nothing)";
	}

	@Override
	public int run(List<String> args) {
		System.out.println("Loaded the Ballerina demo: " + this.demo.load() + " works");
		return 0;
	}

}
