package org.ensemble.credit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The seven ways a person is credited on a work, each stored as its own relationship type. Queries
 * that walk from a person to their works name these types
 * ({@link #CREDIT_TYPES}) so that they never expand the
 * person's COLLABORATED_WITH relationships, which can be thousands.
 */
public enum Role {

	DIRECTOR("DIRECTED"), ACTOR("ACTED_IN"), COMPOSER("COMPOSED"), WRITER("WROTE"), PRODUCER("PRODUCED"),
	CINEMATOGRAPHER("SHOT"), EDITOR("EDITED");

	/**
	 * Every credit relationship type as a Cypher label expression, {@code DIRECTED|ACTED_IN|…}, for
	 * queries to write into their patterns (a type can't be a parameter); derived here so that no
	 * query spells the list out.
	 */
	public static final String CREDIT_TYPES = Arrays.stream(values()).map(Role::relationship).collect(Collectors.joining("|"));

	private final String relationship;

	/**
	 * A Cypher expression that names, in JSON, the role of the credit relationship bound to
	 * {@code variable}, for queries that map their rows straight into records.
	 */
	public static String jsonOf(String variable) {
		return Arrays.stream(values())
			.map((role) -> "WHEN '" + role.relationship + "' THEN '" + role.json() + "'")
			.collect(Collectors.joining(" ", "CASE type(" + variable + ") ", " END"));
	}

	/**
	 * A Cypher list of the credits, one count per role in this enum's order, of the person bound to
	 * {@code variable}; {@link #main} names the role with most. Counted by relationship degree, which
	 * the database keeps, so it costs a few lookups per person whatever their filmography. Naming the
	 * role in Java, not in the query, cost a drawing of 200 people half a millisecond less.
	 */
	public static String creditCountsOf(String variable) {
		return Arrays.stream(values())
			.map((role) -> "COUNT { (" + variable + ")-[:" + role.relationship + "]->() }")
			.collect(Collectors.joining(", ", "[", "]"));
	}

	/**
	 * The role in which a person has most credits, from {@link #creditCountsOf}'s counts (the first in
	 * this enum's order on a tie), or null for a person with none: the colour a drawing gives a person.
	 */
	public static Role main(List<Long> creditCounts) {
		Role main = null;
		long most = 0;
		for (int i = 0; i < creditCounts.size(); i++) {
			if (creditCounts.get(i) > most) {
				most = creditCounts.get(i);
				main = values()[i];
			}
		}
		return main;
	}

	Role(String relationship) {
		this.relationship = relationship;
	}

	/** The relationship type between a person and a work for this role. */
	public String relationship() {
		return this.relationship;
	}

	@JsonValue
	public String json() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Role> fromJson(String value) {
		return Arrays.stream(values()).filter((role) -> role.json().equals(value)).findFirst();
	}

	public static Optional<Role> fromRelationship(String type) {
		return Arrays.stream(values()).filter((role) -> role.relationship.equals(type)).findFirst();
	}

	@JsonCreator
	static Role parse(String value) {
		return fromJson(value).orElseThrow(() -> new UnknownRoleException(value));
	}

	public static String known() {
		return Arrays.stream(values()).map(Role::json).collect(Collectors.joining(", "));
	}

}
