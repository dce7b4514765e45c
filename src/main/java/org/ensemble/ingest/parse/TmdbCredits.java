package org.ensemble.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ensemble.credit.Role;
import tools.jackson.databind.JsonNode;

/**
 * Turns one credits row's {@code cast} and {@code crew} JSON into people and credits. All or
 * nothing: a row with one broken entry is rejected whole, so a work is never imported with half
 * its team.
 */
final class TmdbCredits {

	/**
	 * @param people each credited person once, in order of first appearance
	 * @param credits every credit, cast first, in the source's order
	 */
	record Parsed(List<PersonRow> people, List<CreditRow> credits) {
	}

	private TmdbCredits() {
	}

	static Parsed parse(String castJson, String crewJson) throws BadRowException {
		JsonNode cast = array(castJson, "cast");
		JsonNode crew = array(crewJson, "crew");
		Map<String, PersonRow> people = new LinkedHashMap<>();
		List<CreditRow> credits = new ArrayList<>(cast.size() + 8);
		int index = 0;
		for (JsonNode entry : cast) {
			String what = "cast entry " + (index++);
			Person person = person(entry, what);
			people.putIfAbsent(person.id(), person.row());
			credits.add(new CreditRow(person.id(), person.name(), Role.ACTOR, characters(entry, what),
					billing(entry, what), null));
		}
		index = 0;
		for (JsonNode entry : crew) {
			String what = "crew entry " + (index++);
			if (!entry.isObject()) {
				throw new BadRowException(what + " is not an object");
			}
			JsonNode job = entry.get("job");
			String title = (job != null && job.isString()) ? job.stringValue() : null;
			TmdbCrewJobs.Mapping mapping = TmdbCrewJobs.of(title).orElse(null);
			if (mapping == null) {
				continue;
			}
			Person person = person(entry, what);
			people.putIfAbsent(person.id(), person.row());
			credits.add(new CreditRow(person.id(), person.name(), mapping.role(), List.of(), null,
					mapping.keepJob() ? title : null));
		}
		return new Parsed(List.copyOf(people.values()), credits);
	}

	private static JsonNode array(String json, String column) throws BadRowException {
		JsonNode node = Json.parse(json, column);
		if (!node.isArray()) {
			throw new BadRowException(column + " is not a JSON array");
		}
		return node;
	}

	private static Person person(JsonNode entry, String what) throws BadRowException {
		Json.Named person = Json.named(entry, what);
		return new Person("tmdb:person:" + person.id(), person.name(), person.id());
	}

	/** An empty character is TMDB's way of saying "not known": no character rather than "". */
	private static List<String> characters(JsonNode entry, String what) throws BadRowException {
		JsonNode character = entry.get("character");
		if (character == null || character.isNull()) {
			return List.of();
		}
		if (!character.isString()) {
			throw new BadRowException(what + ": character is not a string");
		}
		return character.stringValue().isBlank() ? List.of() : List.of(character.stringValue());
	}

	private static Integer billing(JsonNode entry, String what) throws BadRowException {
		JsonNode order = entry.get("order");
		if (order == null || order.isNull()) {
			return null;
		}
		if (!order.isIntegralNumber() || !order.canConvertToInt() || order.intValue() < 0) {
			throw new BadRowException(what + ": order is not a whole number of at least 0");
		}
		return order.intValue();
	}

	private record Person(String id, String name, String tmdbId) {

		PersonRow row() {
			return new PersonRow(this.id, this.name, null, this.tmdbId, null);
		}

	}

}
