package org.ensemble.catalog;

import java.util.List;

import org.springframework.stereotype.Component;

import org.ensemble.system.CommandSyntax;
import org.ensemble.system.EnsembleCommand;

/** {@code demo}: loads the Ballerina story into the database. */
@Component
public class DemoCommand implements EnsembleCommand {

	public static final CommandSyntax SYNTAX = CommandSyntax.withoutArguments("demo",
			"(loads the Ballerina demo data; running it again changes nothing)");

	private final DemoData demo;

	DemoCommand(DemoData demo) {
		this.demo = demo;
	}

	@Override
	public CommandSyntax syntax() {
		return SYNTAX;
	}

	@Override
	public int run(List<String> args) {
		System.out.println("Loaded the Ballerina demo: " + this.demo.load() + " works");
		return 0;
	}

}
