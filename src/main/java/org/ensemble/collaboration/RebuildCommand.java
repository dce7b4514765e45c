package org.ensemble.collaboration;

import java.util.List;

import org.springframework.stereotype.Component;

import org.ensemble.system.EnsembleCommand;

/** {@code rebuild-collaborations}: recomputes every collaboration from the credits. */
@Component
class RebuildCommand implements EnsembleCommand {

	private final CollaborationRebuild rebuild;

	RebuildCommand(CollaborationRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@Override
	public String name() {
		return "rebuild-collaborations";
	}

	@Override
	public String usage() {
		return "(recomputes COLLABORATED_WITH from the credits)";
	}

	@Override
	public int run(List<String> args) {
		var result = this.rebuild.rebuild((people) -> System.out.println("… " + people + " people done"));
		System.out.printf("Rebuilt %,d collaborations among %,d people in %.1f s (%,.0f relationships/s)%n",
				result.relationships(), result.people(), result.millis() / 1000.0, result.relationshipsPerSecond());
		return 0;
	}

}
