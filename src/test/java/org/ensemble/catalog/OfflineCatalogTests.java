package org.ensemble.catalog;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import org.ensemble.credit.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog hands its nodes and links over to the store's writing, and lets go of each as it does:
 * at IMDb's scale it holds gigabytes that the writing needs.
 */
class OfflineCatalogTests {

	private final OfflineCatalog catalog = new OfflineCatalog(
			new WorkValidation(Validation.buildDefaultValidatorFactory().getValidator()));

	@Test
	void takenPeopleAndLinksAreNoLongerHeld() {
		this.catalog.write(List.of(new WorkInput("w1", "The Call", null, "movie", LocalDate.of(2020, 11, 27), 2020, null, null,
				null, List.of(new CompanyInput("netflix", "Netflix", "distributor")),
				List.of(credit("lee", Role.DIRECTOR), credit("jeon", Role.ACTOR)))), Source.TMDB, true);
		assertThat(this.catalog.nodeCount()).isEqualTo(4);
		assertThat(this.catalog.works().map(OfflineCatalog.Entity::id)).as("the works' nodes are read, not taken")
			.containsExactly("w1");

		assertThat(this.catalog.takePeople().map(OfflineCatalog.Entity::id)).containsExactlyInAnyOrder("lee", "jeon");
		assertThat(this.catalog.takePeople()).as("taken once").isEmpty();
		assertThat(this.catalog.takeCompanies().map(OfflineCatalog.Entity::id)).containsExactly("netflix");
		assertThat(this.catalog.nodeCount()).as("only the work is left").isEqualTo(1);

		assertThat(this.catalog.takeLinks().map((l) -> l.from() + " " + l.type() + " " + l.to()))
			.containsExactlyInAnyOrder("lee DIRECTED w1", "jeon ACTED_IN w1", "w1 RELEASED_BY netflix");
		assertThat(this.catalog.nodeCount()).isZero();
		assertThat(this.catalog.takeLinks()).isEmpty();
	}

	private static CreditInput credit(String person, Role role) {
		return new CreditInput(new PersonInput(person, "Person " + person, List.of(), null, null, null, null), role, List.of(),
				role == Role.ACTOR ? 0 : null, null);
	}

}
