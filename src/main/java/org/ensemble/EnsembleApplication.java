package org.ensemble;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.ensemble.catalog.DemoCommand;
import org.ensemble.collaboration.RebuildCommand;
import org.ensemble.ingest.ImportCommand;
import org.ensemble.system.CommandSyntax;

/**
 * The service and its command line in one jar: {@code serve} (the default) runs the HTTP API; any
 * other first argument runs that command against the same database and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnsembleApplication {

	/** The commands besides {@code serve}; each one's bean runs it once its arguments have passed here. */
	static final List<CommandSyntax> COMMANDS = List.of(ImportCommand.SYNTAX, DemoCommand.SYNTAX, RebuildCommand.SYNTAX);

	/** The exit code of a command line that names no command or gives one wrong arguments. */
	static final int USAGE_ERROR = 2;

	public static void main(String[] args) {
		String command = (args.length > 0 && !args[0].startsWith("-")) ? args[0] : "serve";
		if (command.equals("serve")) {
			SpringApplication.run(EnsembleApplication.class, args.length > 0 && args[0].equals("serve")
					? Arrays.copyOfRange(args, 1, args.length) : args);
			return;
		}
		String[] arguments = Arrays.copyOfRange(args, 1, args.length);
		Optional<String> usageError = usageError(command, List.of(arguments));
		if (usageError.isPresent()) {
			System.err.println(usageError.get());
			System.exit(USAGE_ERROR);
		}
		SpringApplication app = new SpringApplication(EnsembleApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		// A command must not take the server's Bolt port, nor seed the demo into a database it is about to fill.
		app.setDefaultProperties(Map.of("ensemble.command", command, "ensemble.bolt-port", "0",
				"ensemble.demo-on-first-start", "false", "spring.main.banner-mode", "off"));
		System.exit(SpringApplication.exit(app.run(arguments)));
	}

	/**
	 * What is wrong with a command line: a line that names it, then the usage; empty when the command
	 * may start. Checked before Spring starts, which with the database takes half a minute: a
	 * mistyped format, option or path is answered at once.
	 */
	static Optional<String> usageError(String command, List<String> args) {
		Optional<CommandSyntax> syntax = COMMANDS.stream().filter((c) -> c.name().equals(command)).findFirst();
		if (syntax.isEmpty()) {
			return Optional.of("unknown command '" + command + "'\n" + usage());
		}
		try {
			syntax.get().check().accept(args);
			return Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.of(command + ": " + ex.getMessage() + "\nusage: java -jar ensemble.jar " + command + " "
					+ syntax.get().usage());
		}
	}

	private static String usage() {
		return "usage: java -jar ensemble.jar [serve] [--property=value …]   (the HTTP API, the default)\n" + COMMANDS.stream()
			.map((c) -> "       java -jar ensemble.jar " + c.name() + " " + c.usage())
			.collect(Collectors.joining("\n"));
	}

}
