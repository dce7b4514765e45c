package org.ensemble.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Embedded Neo4j runs unless a server is named by {@code NEO4J_URI} (or {@code spring.neo4j.uri}). */
class EmbeddedModeCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var environment = context.getEnvironment();
		return !StringUtils.hasText(environment.getProperty("NEO4J_URI"))
				&& !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

}
