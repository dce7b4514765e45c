package org.ensemble.credit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTests {

	@Test
	void theMainRoleHasMostCreditsAndOnATieTheFirstInOrder() {
		// director, actor, composer, writer, producer, cinematographer, editor
		assertThat(Role.main(List.of(1L, 4L, 0L, 4L, 0L, 0L, 2L))).isEqualTo(Role.ACTOR);
		assertThat(Role.main(List.of(0L, 0L, 0L, 0L, 0L, 0L, 3L))).isEqualTo(Role.EDITOR);
		assertThat(Role.main(List.of(2L, 2L, 0L, 0L, 0L, 0L, 0L))).isEqualTo(Role.DIRECTOR);
	}

	@Test
	void aPersonWithNoCreditsHasNoMainRole() {
		assertThat(Role.main(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L))).isNull();
	}

	@Test
	void theCountsAreOnePerRoleInOrder() {
		assertThat(Role.creditCountsOf("p")).startsWith("[COUNT { (p)-[:DIRECTED]->() }, COUNT { (p)-[:ACTED_IN]->() }")
			.endsWith("COUNT { (p)-[:EDITED]->() }]");
	}

}
