package org.ensemble.paths;

import java.time.LocalDate;

/** One stop on a collaboration path: people and works alternate, starting and ending with a person. */
sealed interface PathStep permits PathStep.PersonStep, PathStep.WorkStep {

	/** A person on the path, {@code {"id", "name", "type": "person"}}. */
	record PersonStep(String id, String name, String type) implements PathStep {

		PersonStep(String id, String name) {
			this(id, name, "person");
		}

	}

	/** A work that links the people either side of it, {@code {"id", "title", "year", "released", "type": "work"}}. */
	record WorkStep(String id, String title, Integer year, LocalDate released, String type) implements PathStep {

		WorkStep(String id, String title, Integer year, LocalDate released) {
			this(id, title, year, released, "work");
		}

	}

}
