package org.ensemble.system;

import java.util.List;
import java.util.function.Consumer;

/**
 * A command's name, the arguments it takes, and their check: known without the application, so that
 * {@code java -jar ensemble.jar} answers a wrong argument before it starts Spring and the database.
 * @param usage one line: the arguments it takes
 * @param check throws an {@link IllegalArgumentException} naming what is wrong with the arguments
 */
public record CommandSyntax(String name, String usage, Consumer<List<String>> check) {

	/** A command that takes no arguments, and says so when it is given some. */
	public static CommandSyntax withoutArguments(String name, String usage) {
		return new CommandSyntax(name, usage, (args) -> {
			if (!args.isEmpty()) {
				throw new IllegalArgumentException("takes no arguments, was given '" + Params.abbreviate(String.join(" ", args)) + "'");
			}
		});
	}

}
