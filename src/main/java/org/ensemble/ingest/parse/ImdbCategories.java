package org.ensemble.ingest.parse;

import java.util.Map;
import java.util.Optional;

import org.ensemble.credit.Role;

/**
 * IMDb's principal {@code category} as a role. Categories not listed (self, archive_footage,
 * casting_director, production_designer, archive_sound, …) are not collaborations in our sense
 * and are left out.
 */
final class ImdbCategories {

	private static final Map<String, Role> ROLES = Map.of("director", Role.DIRECTOR, "actor", Role.ACTOR, "actress",
			Role.ACTOR, "composer", Role.COMPOSER, "writer", Role.WRITER, "producer", Role.PRODUCER, "cinematographer",
			Role.CINEMATOGRAPHER, "editor", Role.EDITOR);

	private ImdbCategories() {
	}

	static Optional<Role> of(String category) {
		return Optional.ofNullable((category != null) ? ROLES.get(category) : null);
	}

}
