package org.ensemble.ingest.parse;

import org.ensemble.credit.Ids;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ensemble.credit.Role;
import tools.jackson.databind.JsonNode;

/**
 * One JSON Lines row (a {@code PUT /api/works/{id}} body with its {@code id}), read field by field:
 * a field of the wrong JSON type rejects the whole row with a reason that names it, so a work is
 * never stored with part of its team. The rules on values (ranges, lengths, the year of a release
 * date) are the API's, checked once on the {@code WorkInput} the row becomes.
 *
 * @param work the work
 * @param companies its companies, empty when the row lists none
 * @param people each credited person once, in order of first appearance
 * @param aliases person id → aliases, for the people whose row carries an {@code aliases} array
 * @param credits the complete credit list
 */
record JsonLine(WorkRow work, List<CompanyRow> companies, List<PersonRow> people, Map<String, List<String>> aliases,
		List<CreditRow> credits) {

	static JsonLine read(JsonNode row) throws BadRowException {
		if (!row.isObject()) {
			throw new BadRowException("the line is not a JSON object");
		}
		String id = id(row, "id");
		String title = requiredText(row, "title", "title");
		LocalDate released = date(row.get("released"), "released");
		Integer year = wholeNumber(row.get("year"), "year");
		WorkRow work = new WorkRow(id, title, optionalText(row.get("originalTitle"), "originalTitle"),
				optionalText(row.get("kind"), "kind"), released, year, optionalText(row.get("imdbId"), "imdbId"),
				optionalText(row.get("tmdbId"), "tmdbId"), optionalText(row.get("wikidataId"), "wikidataId"));
		List<CompanyRow> companies = new ArrayList<>();
		int index = 0;
		for (JsonNode company : array(row.get("companies"), "companies")) {
			companies.add(company(company, "companies[" + (index++) + "]"));
		}
		Map<String, PersonRow> people = new LinkedHashMap<>();
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		List<CreditRow> credits = new ArrayList<>();
		index = 0;
		for (JsonNode credit : array(row.get("credits"), "credits")) {
			String at = "credits[" + (index++) + "]";
			if (!credit.isObject()) {
				throw new BadRowException(at + " is not an object");
			}
			JsonNode person = credit.get("person");
			if (person == null || !person.isObject()) {
				throw new BadRowException(at + ".person is missing or not an object");
			}
			PersonRow personRow = person(person, at + ".person");
			if (people.putIfAbsent(personRow.id(), personRow) == null && person.has("aliases")) {
				aliases.put(personRow.id(), Json.strings(person.get("aliases"), at + ".person.aliases"));
			}
			credits.add(credit(credit, personRow, at));
		}
		return new JsonLine(work, companies, List.copyOf(people.values()), aliases, credits);
	}

	private static CompanyRow company(JsonNode company, String at) throws BadRowException {
		if (!company.isObject()) {
			throw new BadRowException(at + " is not an object");
		}
		return new CompanyRow(id(company, at + ".id"), requiredText(company, "name", at + ".name"),
				optionalText(company.get("role"), at + ".role"));
	}

	private static PersonRow person(JsonNode person, String at) throws BadRowException {
		return new PersonRow(id(person, at + ".id"), requiredText(person, "name", at + ".name"),
				optionalText(person.get("imdbId"), at + ".imdbId"), optionalText(person.get("tmdbId"), at + ".tmdbId"),
				optionalText(person.get("wikidataId"), at + ".wikidataId"),
				wholeNumber(person.get("birthYear"), at + ".birthYear"));
	}

	private static CreditRow credit(JsonNode credit, PersonRow person, String at) throws BadRowException {
		JsonNode roleNode = credit.get("role");
		if (roleNode == null || !roleNode.isString()) {
			throw new BadRowException(at + ".role is missing; expected one of " + Role.known());
		}
		Role role = Role.fromJson(roleNode.stringValue())
			.orElseThrow(() -> new BadRowException(at + ".role '" + Text.abbreviate(roleNode.stringValue())
					+ "' is not one of " + Role.known()));
		JsonNode characters = credit.get("characters");
		List<String> played = (characters == null || characters.isNull()) ? List.of()
				: Json.strings(characters, at + ".characters");
		return new CreditRow(person.id(), person.name(), role, played,
				wholeNumber(credit.get("billing"), at + ".billing"),
				optionalText(credit.get("job"), at + ".job"));
	}

	private static String id(JsonNode object, String at) throws BadRowException {
		JsonNode id = object.get("id");
		if (id == null || !id.isString() || !Ids.valid(id.stringValue())) {
			throw new BadRowException(at + " must be 1 to 128 characters from A-Z a-z 0-9 : . _ -");
		}
		return id.stringValue();
	}

	private static String requiredText(JsonNode object, String field, String at) throws BadRowException {
		JsonNode value = object.get(field);
		if (value == null || !value.isString() || value.stringValue().isBlank()) {
			throw new BadRowException(at + " is missing or blank");
		}
		return value.stringValue();
	}

	private static String optionalText(JsonNode value, String at) throws BadRowException {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new BadRowException(at + " must be a string");
		}
		return value.stringValue();
	}

	private static LocalDate date(JsonNode value, String at) throws BadRowException {
		String text = optionalText(value, at);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadRowException(at + " '" + Text.abbreviate(text) + "' is not a YYYY-MM-DD date");
		}
	}

	/** The JSON type only: what range a number may take is the record's rule (WorkInput's Bean Validation). */
	private static Integer wholeNumber(JsonNode value, String at) throws BadRowException {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw new BadRowException(at + " must be a whole number");
		}
		return value.intValue();
	}

	private static Iterable<JsonNode> array(JsonNode value, String at) throws BadRowException {
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new BadRowException(at + " must be an array");
		}
		return value;
	}

}
