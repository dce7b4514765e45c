package org.ensemble.system;

import java.util.List;

/**
 * A command of {@code java -jar ensemble.jar <name> …}; features contribute them as beans, and their
 * syntax to the launcher, which checks the arguments before the application starts.
 */
public interface EnsembleCommand {

	CommandSyntax syntax();

	/** Runs with the arguments after the command's name, which its syntax has passed; returns the process exit code. */
	int run(List<String> args) throws Exception;

}
