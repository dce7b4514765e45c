package org.ensemble.system;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Runs the command named on the command line and turns its outcome into the exit code. */
@Component
@ConditionalOnProperty("ensemble.command")
class CommandRunner implements CommandLineRunner, ExitCodeGenerator {

	private final List<EnsembleCommand> commands;

	private final String name;

	private int exitCode;

	CommandRunner(List<EnsembleCommand> commands, Environment environment) {
		this.commands = commands;
		this.name = environment.getProperty("ensemble.command");
	}

	@Override
	public void run(String... args) {
		EnsembleCommand command = this.commands.stream().filter((c) -> c.name().equals(this.name)).findFirst().orElse(null);
		if (command == null) {
			System.err.println("Unknown command '" + this.name + "'. Commands:\n  serve\n" + this.commands.stream()
				.map((c) -> "  " + c.name() + " " + c.usage())
				.sorted()
				.collect(Collectors.joining("\n")));
			this.exitCode = 2;
			return;
		}
		try {
			this.exitCode = command.run(List.of(args));
		}
		catch (Exception ex) {
			System.err.println(this.name + " failed: " + ex.getMessage());
			this.exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
