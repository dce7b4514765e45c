package org.ensemble.system;

import java.util.List;
import java.util.stream.Collectors;

/** A body (or an imported row) broke one or more rules; answered with 400 naming every field. */
public final class InvalidInputException extends RuntimeException {

	/** One broken rule: the field's path as the client wrote it ({@code credits[0].person.id}) and what is wrong. */
	public record Violation(String field, String message) {

		@Override
		public String toString() {
			return this.field + ": " + this.message;
		}

	}

	private final List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		super(violations.stream().map(Violation::toString).sorted().collect(Collectors.joining("; ")));
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
