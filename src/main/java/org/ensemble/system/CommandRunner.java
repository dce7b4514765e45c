package org.ensemble.system;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the command named on the command line and turns its outcome into the exit code. Its arguments
 * were checked before the application started (see {@code EnsembleApplication}).
 */
@Component
@ConditionalOnProperty("ensemble.command")
class CommandRunner implements CommandLineRunner, ExitCodeGenerator {

	private static final Log logger = LogFactory.getLog(CommandRunner.class);

	private final List<EnsembleCommand> commands;

	private final String name;

	private int exitCode;

	CommandRunner(List<EnsembleCommand> commands, Environment environment) {
		this.commands = commands;
		this.name = environment.getProperty("ensemble.command");
	}

	@Override
	public void run(String... args) {
		// The launcher knows the same commands and refused any other name before the application started.
		EnsembleCommand command = this.commands.stream()
			.filter((c) -> c.syntax().name().equals(this.name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No command bean named '" + this.name + "'"));
		try {
			this.exitCode = command.run(List.of(args));
		}
		catch (Exception ex) {
			// Unforeseen, such as a transient database error that outlasted the driver's retries: the trace
			// is what a bug report needs (each retry before it was a line of its own, see DriverLogging).
			logger.error(this.name + " failed", ex);
			System.err.println(this.name + " failed: " + ex.getMessage());
			this.exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
