package org.ensemble;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The service and its command line in one jar: {@code serve} (the default) runs the HTTP API; any
 * other first argument runs that command against the same database and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnsembleApplication {

	public static void main(String[] args) {
		String command = (args.length > 0 && !args[0].startsWith("-")) ? args[0] : "serve";
		if (command.equals("serve")) {
			SpringApplication.run(EnsembleApplication.class, args.length > 0 && args[0].equals("serve")
					? Arrays.copyOfRange(args, 1, args.length) : args);
			return;
		}
		SpringApplication app = new SpringApplication(EnsembleApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		// A command must not take the server's Bolt port, nor seed the demo into a database it is about to fill.
		app.setDefaultProperties(Map.of("ensemble.command", command, "ensemble.bolt-port", "0",
				"ensemble.demo-on-first-start", "false", "spring.main.banner-mode", "off"));
		System.exit(SpringApplication.exit(app.run(Arrays.copyOfRange(args, 1, args.length))));
	}

}
