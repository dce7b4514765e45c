package org.ensemble.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import org.ensemble.system.InvalidInputException;
import org.ensemble.system.InvalidInputException.Violation;

/**
 * The one validation of what is written: Bean Validation of {@link WorkInput} and
 * {@link PersonInput}, whichever road the record came by (a request body, a JSON Lines row, an IMDb
 * or TMDB row, the demo). Fields are named as a client writes them, so that a problem body and an
 * import report say the same thing.
 */
@Component
class WorkValidation {

	private final Validator validator;

	WorkValidation(Validator validator) {
		this.validator = validator;
	}

	/** @throws InvalidInputException naming every broken rule */
	void require(WorkInput work) {
		problems(work).ifPresent((violations) -> {
			throw violations;
		});
	}

	/** @throws InvalidInputException naming every broken rule */
	void require(PersonInput person) {
		problems(person).ifPresent((violations) -> {
			throw violations;
		});
	}

	Optional<InvalidInputException> problems(WorkInput work) {
		return problems(this.validator.validate(work), work);
	}

	Optional<InvalidInputException> problems(PersonInput person) {
		return problems(this.validator.validate(person), person);
	}

	private static <T> Optional<InvalidInputException> problems(java.util.Set<ConstraintViolation<T>> violations, Object input) {
		if (violations.isEmpty()) {
			return Optional.empty();
		}
		List<Violation> named = violations.stream()
			.map((v) -> violation(v.getPropertyPath().toString(), v.getMessage(), input))
			.sorted(Comparator.comparing(Violation::field))
			.toList();
		return Optional.of(new InvalidInputException(named));
	}

	/** The rules that span two fields are checked by methods; they are reported under the field a client fixes. */
	private static Violation violation(String path, String message, Object input) {
		if (path.equals("yearOfRelease") && input instanceof WorkInput work) {
			return new Violation("year", work.year() + " is not the year of released " + work.released());
		}
		if (path.endsWith(".personIdGiven")) {
			return new Violation(path.substring(0, path.length() - "personIdGiven".length()) + "person.id", message);
		}
		if (path.endsWith(".episodesValid")) {
			return new Violation(path.substring(0, path.length() - "episodesValid".length()) + "episodes", message);
		}
		return new Violation(path, message);
	}

}
