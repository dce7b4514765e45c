package org.ensemble.system;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/** Embedded Neo4j runs unless a server is named by {@code NEO4J_URI} (or {@code spring.neo4j.uri}). */
public final class RunMode {

	private RunMode() {
	}

	public static boolean embedded(PropertyResolver environment) {
		return !StringUtils.hasText(environment.getProperty("NEO4J_URI"))
				&& !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

}
