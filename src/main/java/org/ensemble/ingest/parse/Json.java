package org.ensemble.ingest.parse;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON embedded in the sources (TMDB's cast and crew columns, IMDb's characters, JSON Lines rows),
 * read as trees so that a bad value is reported with the field it is in rather than a
 * data-binding stack.
 */
final class Json {

	/** Trailing tokens mean the value was cut or glued together: reject, do not guess. */
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private Json() {
	}

	static JsonNode parse(String text, String what) throws BadRowException {
		try {
			return MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw new BadRowException(what + " is not valid JSON: " + shorten(ex.getOriginalMessage()));
		}
	}

	/** A JSON array of strings, such as IMDb's {@code ["Ok-ju"]}. */
	static List<String> strings(JsonNode node, String what) throws BadRowException {
		if (!node.isArray()) {
			throw new BadRowException(what + " must be an array of strings");
		}
		List<String> values = new ArrayList<>(node.size());
		for (JsonNode value : node) {
			if (!value.isString()) {
				throw new BadRowException(what + " must be an array of strings");
			}
			values.add(value.stringValue());
		}
		return values;
	}

	/** An id that is a whole number in the source, as text: {@code 65731} or {@code "65731"}. */
	static String wholeNumber(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isIntegralNumber() && node.canConvertToLong()) {
			return Long.toString(node.longValue());
		}
		if (node.isString() && Text.isWholeNumber(node.stringValue())) {
			return node.stringValue();
		}
		return null;
	}

	/**
	 * An entry of a TMDB list (cast, crew, production companies): an object with a whole-number id and
	 * a name that is not blank.
	 * @param what the entry, as the report names it ({@code cast entry 3})
	 */
	static Named named(JsonNode entry, String what) throws BadRowException {
		if (!entry.isObject()) {
			throw new BadRowException(what + " is not an object");
		}
		String id = wholeNumber(entry.get("id"));
		if (id == null) {
			throw new BadRowException(what + ": id is missing or not a whole number");
		}
		JsonNode name = entry.get("name");
		if (name == null || !name.isString() || name.stringValue().isBlank()) {
			throw new BadRowException(what + ": name is missing or blank");
		}
		return new Named(id, name.stringValue());
	}

	/** @param id the source's id, as text */
	record Named(String id, String name) {
	}

	static String shorten(String message) {
		if (message == null) {
			return "";
		}
		String line = message.lines().findFirst().orElse("");
		return (line.length() <= 160) ? line : line.substring(0, 160) + "…";
	}

}
