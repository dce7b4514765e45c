package org.ensemble.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entity of a Wikidata JSON dump (the Wikibase JSON format), read for what Ensemble keeps: its
 * labels and aliases, and the values of its statements. Statements of rank {@code deprecated} are
 * left out everywhere, and so are snaks without a value ({@code novalue}, {@code somevalue}).
 */
final class WikidataEntity {

	/** Languages whose label names a person or work before the others, in this order; then alphabetical. */
	private static final List<String> FIRST_LANGUAGES = List.of("en", "mul", "ko", "ja");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Comparator<String> LANGUAGE_ORDER = Comparator
		.<String>comparingInt((language) -> FIRST_LANGUAGES.contains(language) ? FIRST_LANGUAGES.indexOf(language)
				: FIRST_LANGUAGES.size())
		.thenComparing(Comparator.naturalOrder());

	private final JsonNode node;

	private final String id;

	private WikidataEntity(JsonNode node, String id) {
		this.node = node;
		this.id = id;
	}

	/** The entity on one line of a dump, its trailing comma already removed. */
	static WikidataEntity read(String json) throws BadRowException {
		JsonNode node = Json.parse(json, "the line");
		if (!node.isObject()) {
			throw new BadRowException("the line is not a JSON object");
		}
		JsonNode id = node.get("id");
		if (id == null || !id.isString() || id.stringValue().isBlank()) {
			throw new BadRowException("id is missing or not a string");
		}
		return new WikidataEntity(node, id.stringValue());
	}

	/**
	 * The entity's {@code id}, read without building the tree: the passes after the first look at most
	 * lines only to find that they are not wanted. {@code null} when there is none before a problem.
	 */
	static String idOf(String json) {
		try (JsonParser parser = MAPPER.createParser(json)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			for (String name = parser.nextName(); name != null; name = parser.nextName()) {
				JsonToken value = parser.nextToken();
				if (name.equals("id")) {
					return (value == JsonToken.VALUE_STRING) ? parser.getString() : null;
				}
				parser.skipChildren();
			}
			return null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	String id() {
		return this.id;
	}

	/** Items are what works, people and companies are; properties and lexemes are not. */
	boolean isItem() {
		JsonNode type = this.node.get("type");
		return type != null && type.isString() && type.stringValue().equals("item");
	}

	/** The label to name it by: English, else {@code mul}, Korean, Japanese, else the first by language code. */
	Optional<String> name() {
		return labels().values().stream().findFirst();
	}

	/**
	 * Every other name it has: its labels in other languages, then its aliases in every language, in
	 * the order of {@link #name()}'s languages, each once, at most {@code max}.
	 */
	List<String> otherNames(String name, int max) {
		Set<String> names = new LinkedHashSet<>(labels().values());
		for (JsonNode list : byLanguage(this.node.get("aliases")).values()) {
			for (JsonNode alias : list) {
				names.add(text(alias.get("value")));
			}
		}
		names.remove(name);
		names.remove(null);
		return names.stream().filter((other) -> !other.isBlank()).limit(max).toList();
	}

	private Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		byLanguage(this.node.get("labels")).forEach((language, label) -> {
			String value = text(label.get("value"));
			if (value != null && !value.isBlank()) {
				labels.put(language, value);
			}
		});
		return labels;
	}

	private static Map<String, JsonNode> byLanguage(JsonNode object) {
		Map<String, JsonNode> sorted = new TreeMap<>(LANGUAGE_ORDER);
		if (object != null && object.isObject()) {
			object.properties().forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
		}
		return sorted;
	}

	/** The statements of a property that count: not deprecated, with a value; in the entity's order. */
	List<JsonNode> statements(String property) {
		List<JsonNode> kept = new ArrayList<>();
		JsonNode claims = this.node.get("claims");
		JsonNode statements = (claims == null) ? null : claims.get(property);
		if (statements == null || !statements.isArray()) {
			return kept;
		}
		for (JsonNode statement : statements) {
			if (!"deprecated".equals(text(statement.get("rank"))) && value(statement.get("mainsnak")) != null) {
				kept.add(statement);
			}
		}
		return kept;
	}

	/** The values of a property's statements that count, in order. */
	List<JsonNode> values(String property) {
		return statements(property).stream().map((statement) -> value(statement.get("mainsnak"))).toList();
	}

	/** The value of a property that has one: its first {@code preferred} statement, else its first. */
	Optional<JsonNode> value(String property) {
		List<JsonNode> statements = statements(property);
		return statements.stream()
			.filter((statement) -> "preferred".equals(text(statement.get("rank"))))
			.findFirst()
			.or(() -> statements.stream().findFirst())
			.map((statement) -> value(statement.get("mainsnak")));
	}

	/** The items a property names ({@code Q…} ids), in order. */
	List<String> items(String property) {
		return values(property).stream().map(WikidataEntity::itemId).filter((id) -> id != null).toList();
	}

	/** A string value, such as an external id; {@code null} when the property has none. */
	String string(String property) {
		return value(property).map(WikidataEntity::text).orElse(null);
	}

	/** The value of a snak, or {@code null} for a snak without one ({@code novalue}, {@code somevalue}). */
	static JsonNode value(JsonNode snak) {
		if (snak == null || !"value".equals(text(snak.get("snaktype")))) {
			return null;
		}
		JsonNode datavalue = snak.get("datavalue");
		JsonNode value = (datavalue == null) ? null : datavalue.get("value");
		return (value == null || value.isNull()) ? null : value;
	}

	/** String values of a statement's qualifier, such as the character names of a cast statement. */
	static List<String> qualifierStrings(JsonNode statement, String property) {
		JsonNode qualifiers = statement.get("qualifiers");
		JsonNode snaks = (qualifiers == null) ? null : qualifiers.get(property);
		List<String> strings = new ArrayList<>();
		if (snaks != null && snaks.isArray()) {
			for (JsonNode snak : snaks) {
				String text = text(value(snak));
				if (text != null && !text.isBlank()) {
					strings.add(text);
				}
			}
		}
		return strings;
	}

	/** The {@code Q…} id of an item value. */
	static String itemId(JsonNode value) {
		String id = text(value.get("id"));
		if (id != null && id.startsWith("Q")) {
			return id;
		}
		JsonNode numeric = value.get("numeric-id");
		return (numeric != null && numeric.isIntegralNumber() && "item".equals(text(value.get("entity-type"))))
				? "Q" + numeric.asLong() : null;
	}

	/** The text of a string or monolingual text value. */
	static String text(JsonNode value) {
		if (value == null) {
			return null;
		}
		if (value.isString()) {
			return value.stringValue();
		}
		return value.isObject() ? text(value.get("text")) : null;
	}

	/**
	 * A time value of year precision or finer, as the year and, for day precision, the date. Month
	 * precision gives the year only: a date would invent a day. Years before the common era, and times
	 * coarser than a year (decades, centuries), give nothing.
	 */
	static Optional<Time> time(JsonNode value) {
		String time = text(value.get("time"));
		JsonNode precisionNode = value.get("precision");
		if (time == null || precisionNode == null || !precisionNode.isIntegralNumber() || precisionNode.intValue() < 9
				|| !time.startsWith("+")) {
			return Optional.empty();
		}
		String[] parts = time.substring(1).split("[-T]", 4);
		if (parts.length < 3 || !Text.isWholeNumber(parts[0]) || parts[0].length() > 9 || !Text.isWholeNumber(parts[1])
				|| !Text.isWholeNumber(parts[2])) {
			return Optional.empty();
		}
		int year = Integer.parseInt(parts[0]);
		if (precisionNode.intValue() < 11) {
			return Optional.of(new Time(year, null));
		}
		try {
			return Optional.of(new Time(year, LocalDate.of(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]))));
		}
		catch (DateTimeException ex) {
			return Optional.of(new Time(year, null));
		}
	}

	/**
	 * @param year the year
	 * @param date the day, or {@code null} when the value is less precise than a day
	 */
	record Time(int year, LocalDate date) {
	}

}
