package org.ensemble.system;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver's settings of both run modes: Spring Boot applies the customizers to the driver of
 * server mode, and {@link EmbeddedNeo4jConfiguration} to the driver it makes for the embedded database.
 */
@Configuration(proxyBeanMethods = false)
class DriverConfiguration {

	@Bean
	ConfigBuilderCustomizer driverLogging() {
		return (config) -> config.withLogging(new DriverLogging());
	}

}
