package org.ensemble.collaboration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.ensemble.system.CypherMigrations;

/**
 * A bulk import that died before its closing rebuild leaves the collaborations marked stale; the
 * service repairs them before it starts answering, so no reader sees counts that disagree with the
 * credits. Commands skip this: they end with their own rebuild.
 */
@Component
class StaleCollaborationsRepair implements InitializingBean {

	private static final Log logger = LogFactory.getLog(StaleCollaborationsRepair.class);

	private final CollaborationRebuild rebuild;

	private final boolean command;

	StaleCollaborationsRepair(CollaborationRebuild rebuild, CypherMigrations schemaFirst, Environment environment) {
		this.rebuild = rebuild;
		this.command = environment.containsProperty("ensemble.command");
	}

	@Override
	public void afterPropertiesSet() {
		if (!this.command && this.rebuild.isStale()) {
			logger.warn("Collaborations are stale (an import did not finish); rebuilding them before serving");
			this.rebuild.rebuild();
		}
	}

}
