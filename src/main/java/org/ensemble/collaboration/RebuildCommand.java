package org.ensemble.collaboration;

import java.util.List;

import org.springframework.stereotype.Component;

import org.ensemble.system.CommandSyntax;
import org.ensemble.system.EnsembleCommand;

/** {@code rebuild-collaborations}: recomputes every collaboration from the credits. */
@Component
public class RebuildCommand implements EnsembleCommand {

	public static final CommandSyntax SYNTAX = CommandSyntax.withoutArguments("rebuild-collaborations",
			"(recomputes COLLABORATED_WITH from the credits)");

	private final CollaborationRebuild rebuild;

	RebuildCommand(CollaborationRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@Override
	public CommandSyntax syntax() {
		return SYNTAX;
	}

	@Override
	public int run(List<String> args) {
		var result = this.rebuild.rebuild((people) -> System.out.println("… " + people + " people done"));
		System.out.printf("Rebuilt %,d collaborations among %,d people in %.1f s (%,.0f relationships/s)%n",
				result.relationships(), result.people(), result.millis() / 1000.0, result.relationshipsPerSecond());
		return 0;
	}

}
