package org.ensemble.ingest.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ensemble.credit.Role;
import org.ensemble.credit.Years;
import org.ensemble.ingest.parse.LineReader.Line;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Wikidata JSON dump: the official one (a JSON array with one entity per line, each line but
 * the last ending in a comma, {@code [} and {@code ]} on lines of their own) or NDJSON, one entity per
 * line (as {@code wikibase-dump-filter} writes it), told apart by the first line; plain or gzip.
 *
 * <p>
 * A work's people and companies are entities of their own, anywhere in the file, so it is read in
 * three streaming passes, after {@link WholeFileCheck}: the first finds the works (items whose
 * {@code P31} is one of the work classes) and the people and companies they name; the second emits
 * those people and remembers the companies' names; the third emits the works with their companies
 * and credits. Memory grows with the works kept and the ids they name, never with the size of the
 * file. Every {@link ImportSink#person} call comes before every {@link ImportSink#work} call, and a
 * credit names its person by id only: the person is stored by then.
 *
 * <p>
 * Malformed lines, works without any label and people named but absent from the file are reported
 * by the first two passes; the third reads only the lines that passed.
 */
public final class WikidataParser implements ImportParser {

	/**
	 * The classes ({@code P31} values) whose items are works, with the kind each becomes: film, feature
	 * film (a class some films are filed under instead of film), television series and miniseries.
	 */
	public static final Map<String, String> DEFAULT_WORK_CLASSES = Map.of("Q11424", "movie", "Q24869", "movie",
			"Q5398426", "series", "Q1259759", "series");

	/**
	 * The kinds of other classes often added (short film, television film, animated film, documentary
	 * film, animated series, television special), so that a list of classes need not spell them out.
	 */
	private static final Map<String, String> KNOWN_KINDS = Map.of("Q24862", "short", "Q506240", "tv_movie", "Q202866",
			"movie", "Q93204", "movie", "Q581714", "series", "Q1261214", "tv_special");

	/** Statements that credit a person, and the role each gives, in the order credits are listed. */
	private static final List<Map.Entry<String, Role>> CREDITS = List.of(Map.entry("P57", Role.DIRECTOR),
			Map.entry("P161", Role.ACTOR), Map.entry("P86", Role.COMPOSER), Map.entry("P58", Role.WRITER),
			Map.entry("P162", Role.PRODUCER), Map.entry("P344", Role.CINEMATOGRAPHER), Map.entry("P1040", Role.EDITOR));

	/** Statements that name a company, and the role each gives. */
	private static final List<Map.Entry<String, String>> COMPANIES = List.of(Map.entry("P272", "production"),
			Map.entry("P750", "distributor"), Map.entry("P449", "broadcaster"));

	/** Entities are long lines (a famous film is tens of kilobytes); a line longer than this is reported. */
	static final int MAX_LINE = 16_000_000;

	/** The API's limit on a person's aliases: labels come first, then aliases, in language order. */
	static final int MAX_ALIASES = 50;

	private static final int MAX_ALIAS_LENGTH = 500;

	private static final String ID_PREFIX = "wikidata:";

	private final Path file;

	private final Map<String, String> workClasses;

	/**
	 * @param file the dump, {@code .json}, {@code .ndjson}, plain or gzip
	 * @param workClasses {@code P31} classes whose items are works, each with the kind it becomes; see
	 * {@link #workClasses(String)}
	 */
	public WikidataParser(Path file, Map<String, String> workClasses) {
		if (workClasses.isEmpty()) {
			throw new IllegalArgumentException("workClasses is empty: nothing would be imported");
		}
		this.file = file;
		this.workClasses = new LinkedHashMap<>(workClasses);
	}

	/**
	 * The default work classes plus those listed, such as {@code Q24862,Q506240=tv_movie}: a class
	 * without {@code =kind} becomes the kind Ensemble knows for it, else {@code movie}.
	 * @throws IllegalArgumentException when an entry is not a {@code Q…} id with an optional kind
	 */
	public static Map<String, String> workClasses(String list) {
		Map<String, String> classes = new LinkedHashMap<>(DEFAULT_WORK_CLASSES);
		if (list == null || list.isBlank()) {
			return classes;
		}
		for (String entry : list.split(",")) {
			String[] parts = entry.strip().split("=", 2);
			if (!parts[0].matches("Q[1-9][0-9]{0,11}") || (parts.length == 2 && !parts[1].matches("[a-z][a-z_]{0,31}"))) {
				throw new IllegalArgumentException(
						"work class '" + Text.abbreviate(entry.strip()) + "' is not a Q-id with an optional =kind, such as Q24862=short");
			}
			classes.put(parts[0], (parts.length == 2) ? parts[1] : KNOWN_KINDS.getOrDefault(parts[0], "movie"));
		}
		return classes;
	}

	@Override
	public void checkFiles() {
		InputFile.openAndClose(() -> InputFile.open(this.file));
	}

	/**
	 * Pushes the people of the kept works, then the works with their companies and credits.
	 * @throws ImportFileException when the file cannot be opened or is broken (see
	 * {@link WholeFileCheck}), before anything reaches the sink
	 */
	@Override
	public void parse(ImportSink sink) {
		WholeFileCheck.lines(this.file);
		Found found = new Found();
		eachEntity(sink, true, (line, json) -> find(line, json, found, sink));
		Map<String, String> companyNames = new HashMap<>();
		eachEntity(sink, false, (line, json) -> readPersonOrCompany(line, json, found, companyNames, sink));
		keepMissingPeople(found.people, sink);
		int[] next = { 0 };
		eachEntity(sink, false, (line, json) -> {
			if (next[0] < found.workLines.size() && found.workLines.get(next[0]) == line) {
				next[0]++;
				readWork(line, json, companyNames, sink);
			}
		});
	}

	/** What the first pass found: the lines of the works, and the people and companies they name. */
	private static final class Found {

		private final List<Long> workLines = new ArrayList<>();

		/** Person {@code Q…} id → the line of the first work naming them; those left are missing. */
		private final Map<String, Long> people = new HashMap<>();

		private final Set<String> companies = new HashSet<>();

	}

	private void find(long line, String json, Found found, ImportSink sink) {
		WikidataEntity entity;
		try {
			entity = WikidataEntity.read(json);
		}
		catch (BadRowException ex) {
			sink.skipped(name(), line, ex.getMessage());
			return;
		}
		if (!entity.isItem() || kind(entity).isEmpty()) {
			return;
		}
		if (entity.name().isEmpty()) {
			sink.skipped(name(), line, "work " + entity.id() + " has no label");
			return;
		}
		found.workLines.add(line);
		CREDITS.forEach((credit) -> entity.items(credit.getKey()).forEach((id) -> found.people.putIfAbsent(id, line)));
		COMPANIES.forEach((company) -> found.companies.addAll(entity.items(company.getKey())));
	}

	private void readPersonOrCompany(long line, String json, Found found, Map<String, String> companyNames,
			ImportSink sink) {
		String id = WikidataEntity.idOf(json);
		if (id == null || !(found.people.containsKey(id) || found.companies.contains(id))) {
			return;
		}
		WikidataEntity entity;
		try {
			entity = WikidataEntity.read(json);
		}
		catch (BadRowException ex) {
			// Reported by the first pass.
			return;
		}
		if (!entity.isItem()) {
			return;
		}
		if (found.companies.contains(id)) {
			companyNames.put(id, entity.name().orElse(id));
		}
		if (found.people.remove(id) != null) {
			Optional<String> label = entity.name();
			if (label.isEmpty()) {
				sink.skipped(name(), line, "person " + id + " has no label; the id is used as the name");
			}
			String name = label.orElse(id);
			List<String> aliases = entity.otherNames(name, Integer.MAX_VALUE)
				.stream()
				.filter((alias) -> alias.length() <= MAX_ALIAS_LENGTH)
				.limit(MAX_ALIASES)
				.toList();
			sink.position(name(), line);
			sink.person(new PersonRow(ID_PREFIX + id, name, prefixed(entity.string("P345"), "nm"),
					wholeNumber(entity.string("P4985")), id, birthYear(entity)), aliases);
		}
	}

	/** A credit is worth more than a name: keep it, with the id standing in for the name, and say so. */
	private void keepMissingPeople(Map<String, Long> missing, ImportSink sink) {
		missing.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> {
				String id = entry.getKey();
				sink.skipped(name(), entry.getValue(),
						"person " + id + " is not in the file; credit kept with the id as the name");
				sink.person(new PersonRow(ID_PREFIX + id, id, null, null, id, null));
			});
	}

	private void readWork(long line, String json, Map<String, String> companyNames, ImportSink sink) {
		WikidataEntity entity;
		try {
			entity = WikidataEntity.read(json);
		}
		catch (BadRowException ex) {
			return;
		}
		Optional<String> kind = kind(entity);
		Optional<String> title = entity.name();
		if (kind.isEmpty() || title.isEmpty()) {
			// The file changed since the first pass.
			return;
		}
		String workId = ID_PREFIX + entity.id();
		String imdbId = prefixed(entity.string("P345"), "tt");
		String tmdbId = wholeNumber(entity.string("P4947"));
		String originalTitle = entity.value("P1476").map(WikidataEntity::text).orElse(null);
		Release release = release(entity);
		sink.position(name(), line);
		sink.work(new WorkRow(workId, title.get(), originalTitle, kind.get(), release.date(), release.year(), imdbId,
				tmdbId, entity.id()));
		sink.companies(workId, companies(entity, companyNames));
		sink.credits(workId, credits(entity));
	}

	/** The kind of the first {@code P31} class that makes the item a work. */
	private Optional<String> kind(WikidataEntity entity) {
		return entity.items("P31").stream().filter(this.workClasses::containsKey).findFirst().map(this.workClasses::get);
	}

	private static List<CompanyRow> companies(WikidataEntity entity, Map<String, String> names) {
		Set<CompanyRow> companies = new LinkedHashSet<>();
		COMPANIES.forEach((company) -> entity.items(company.getKey())
			.forEach((id) -> companies.add(new CompanyRow(ID_PREFIX + id, names.getOrDefault(id, id), company.getValue()))));
		return List.copyOf(companies);
	}

	/** Credits in the order of the properties, then of the statements; cast billing counts the cast statements kept. */
	private static List<CreditRow> credits(WikidataEntity entity) {
		List<CreditRow> credits = new ArrayList<>();
		for (Map.Entry<String, Role> credit : CREDITS) {
			Role role = credit.getValue();
			int billing = 0;
			for (JsonNode statement : entity.statements(credit.getKey())) {
				String id = WikidataEntity.itemId(WikidataEntity.value(statement.get("mainsnak")));
				if (id == null) {
					continue;
				}
				boolean actor = role == Role.ACTOR;
				// P4633: the name of the character played, as a qualifier of the cast statement.
				credits.add(new CreditRow(ID_PREFIX + id, null, role,
						actor ? WikidataEntity.qualifierStrings(statement, "P4633") : List.of(), actor ? billing++ : null,
						null));
			}
		}
		return credits;
	}

	/**
	 * The earliest publication date ({@code P577}) of year precision or finer: its year, and the
	 * earliest day-precise date of that year as the release date, if there is one.
	 */
	private static Release release(WikidataEntity entity) {
		List<WikidataEntity.Time> times = entity.values("P577")
			.stream()
			.map(WikidataEntity::time)
			.flatMap(Optional::stream)
			.toList();
		Integer year = times.stream().map(WikidataEntity.Time::year).min(Integer::compare).orElse(null);
		var date = times.stream()
			.filter((time) -> time.date() != null && time.year() == year)
			.map(WikidataEntity.Time::date)
			.min(Comparable::compareTo)
			.orElse(null);
		return new Release(year, date);
	}

	private record Release(Integer year, LocalDate date) {
	}

	/** A birth year outside the years the product accepts is left out rather than losing the person. */
	private static Integer birthYear(WikidataEntity entity) {
		return entity.value("P569")
			.flatMap(WikidataEntity::time)
			.map(WikidataEntity.Time::year)
			.filter((year) -> year >= Years.FIRST && year <= Years.LAST)
			.orElse(null);
	}

	/** An IMDb id of the expected kind ({@code tt…} for works, {@code nm…} for people), or {@code null}. */
	private static String prefixed(String id, String prefix) {
		return (id != null && id.startsWith(prefix)) ? id : null;
	}

	private static String wholeNumber(String id) {
		return (id != null && Text.isWholeNumber(id)) ? id : null;
	}

	private String name() {
		return this.file.getFileName().toString();
	}

	/** Gets the text of each entity line: its number, and the line without its trailing comma. */
	@FunctionalInterface
	private interface EntityLine {

		void accept(long line, String json);

	}

	/**
	 * One pass over the file. With {@code report}, what is wrong with the file's lines is reported (the
	 * entities' own problems are the first pass's to report); the other passes are quiet.
	 */
	private void eachEntity(ImportSink sink, boolean report, EntityLine entities) {
		try (InputFile input = InputFile.open(this.file)) {
			DumpShape shape = new DumpShape();
			long[] last = { 0 };
			boolean complete = input.eachLine(MAX_LINE, sink, (line) -> {
				last[0] = line.number();
				String json;
				try {
					json = shape.entity(line);
				}
				catch (BadRowException ex) {
					if (report) {
						sink.skipped(input.name(), line.number(), ex.getMessage());
					}
					return;
				}
				if (json != null) {
					entities.accept(line.number(), json);
				}
			});
			if (report && complete && shape.unclosed()) {
				sink.skipped(input.name(), last[0] + 1,
						"the JSON array has no closing ']': the file is cut short; the entities before it were imported");
			}
		}
		catch (IOException ex) {
			// Only close() can get here, after everything was read.
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Tells the two shapes apart by the first line that is not blank: {@code [} opens the array of the
	 * official dump, anything else is NDJSON.
	 */
	private static final class DumpShape {

		private Boolean array;

		private boolean closed;

		/** The entity on a line without its trailing comma, or {@code null} for a blank line or a bracket. */
		String entity(Line line) throws BadRowException {
			if (line.tooLong()) {
				throw new BadRowException("line too long (over " + MAX_LINE + " characters)");
			}
			String json = line.text().strip();
			if (json.isEmpty()) {
				return null;
			}
			if (this.closed) {
				throw new BadRowException("text after the JSON array's closing ']'");
			}
			if (this.array == null) {
				this.array = json.equals("[");
				if (this.array) {
					return null;
				}
			}
			if (this.array && json.equals("]")) {
				this.closed = true;
				return null;
			}
			return json.endsWith(",") ? json.substring(0, json.length() - 1) : json;
		}

		/** Whether the file opened an array and never closed it: it was cut short. */
		boolean unclosed() {
			return Boolean.TRUE.equals(this.array) && !this.closed;
		}

	}

}
