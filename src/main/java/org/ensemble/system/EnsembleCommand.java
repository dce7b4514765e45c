package org.ensemble.system;

import java.util.List;

/** A command of {@code java -jar ensemble.jar <name> …}; features contribute them as beans. */
public interface EnsembleCommand {

	String name();

	/** One line: the arguments it takes. */
	String usage();

	/** Runs with the arguments after the command's name; returns the process exit code. */
	int run(List<String> args) throws Exception;

}
