package org.ensemble.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches in embedded mode: see {@link RunMode}. */
class EmbeddedModeCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return RunMode.embedded(context.getEnvironment());
	}

}
