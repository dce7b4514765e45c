package org.ensemble.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ensemble.ingest.parse.ImdbParser;
import org.ensemble.ingest.parse.ImportFileException;
import org.ensemble.ingest.parse.ImportParser;
import org.ensemble.ingest.parse.ImportSink;
import org.ensemble.ingest.parse.JsonLinesParser;
import org.ensemble.ingest.parse.TmdbParser;
import org.ensemble.ingest.parse.WikidataParser;
import org.ensemble.system.Params;

/** Which files to import and how; each kind knows its parser. */
public sealed interface ImportRequest {

	String WIKIDATA_USAGE = "FILE.json[.gz]|FILE.ndjson[.gz] [--work-classes Q24862,Q506240=tv_movie]";

	String format();

	/** The parser of the request's files. */
	ImportParser parser();

	default void parse(ImportSink sink) {
		parser().parse(sink);
	}

	record Tmdb(Path credits, Path movies) implements ImportRequest {

		@Override
		public String format() {
			return "tmdb";
		}

		@Override
		public ImportParser parser() {
			return new TmdbParser(this.credits, this.movies);
		}

	}

	record Imdb(Path dir, Set<String> titleTypes, boolean includeAdult, ImdbParser.Episodes episodes) implements ImportRequest {

		Imdb(Path dir, Set<String> titleTypes, boolean includeAdult) {
			this(dir, titleTypes, includeAdult, ImdbParser.Episodes.ROLL_UP);
		}

		@Override
		public String format() {
			return "imdb";
		}

		@Override
		public ImportParser parser() {
			return new ImdbParser(this.dir, this.titleTypes, this.includeAdult, this.episodes);
		}

	}

	record JsonLines(Path file) implements ImportRequest {

		@Override
		public String format() {
			return "jsonl";
		}

		@Override
		public ImportParser parser() {
			return new JsonLinesParser(this.file);
		}

	}

	/**
	 * @param file the dump, a JSON array or NDJSON, plain or gzip
	 * @param workClasses the {@code P31} classes whose items are works, with the kind each becomes
	 */
	record Wikidata(Path file, Map<String, String> workClasses) implements ImportRequest {

		public Wikidata {
			workClasses = Map.copyOf(workClasses);
		}

		@Override
		public String format() {
			return "wikidata";
		}

		@Override
		public ImportParser parser() {
			return new WikidataParser(this.file, this.workClasses);
		}

	}

	/**
	 * The request of the command line's arguments after {@code import}, its files checked (see
	 * {@link ImportParser#checkFiles()}): run before the application starts, so that a mistyped
	 * argument or path is answered at once rather than after the database's start.
	 * @throws IllegalArgumentException naming what is wrong, a usage error or a file that cannot be imported
	 */
	public static ImportRequest fromCommandLine(List<String> args) {
		ImportRequest request = fromArguments(args);
		try {
			request.parser().checkFiles();
		}
		catch (ImportFileException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		return request;
	}

	/** Parses command-line arguments after {@code import}; a usage error names what is wrong. */
	static ImportRequest fromArguments(List<String> args) {
		if (args.isEmpty()) {
			throw new IllegalArgumentException("name a format: tmdb, imdb, jsonl or wikidata");
		}
		List<String> rest = args.subList(1, args.size());
		return switch (args.get(0)) {
			case "tmdb" -> {
				if (rest.size() != 2) {
					throw new IllegalArgumentException("import tmdb needs CREDITS.csv[.gz] MOVIES.csv[.gz]");
				}
				yield new Tmdb(Path.of(rest.get(0)), Path.of(rest.get(1)));
			}
			case "imdb" -> imdb(rest);
			case "jsonl" -> {
				if (rest.size() != 1) {
					throw new IllegalArgumentException("import jsonl needs one FILE");
				}
				yield new JsonLines(Path.of(rest.get(0)));
			}
			case "wikidata" -> wikidata(rest);
			default -> throw new IllegalArgumentException("unknown format '" + args.get(0) + "'; use tmdb, imdb, jsonl or wikidata");
		};
	}

	private static Wikidata wikidata(List<String> rest) {
		Path file = null;
		String classes = null;
		for (int i = 0; i < rest.size(); i++) {
			String arg = rest.get(i);
			if (arg.equals("--work-classes") && i + 1 < rest.size()) {
				classes = rest.get(++i);
			}
			else if (arg.startsWith("--work-classes=")) {
				classes = arg.substring("--work-classes=".length());
			}
			else if (!arg.startsWith("--") && file == null) {
				file = Path.of(arg);
			}
			else {
				throw new IllegalArgumentException("unexpected argument '" + arg + "' for import wikidata " + WIKIDATA_USAGE);
			}
		}
		if (file == null) {
			throw new IllegalArgumentException("import wikidata needs FILE, a Wikidata JSON dump or NDJSON");
		}
		return new Wikidata(file, WikidataParser.workClasses(classes));
	}

	private static Imdb imdb(List<String> rest) {
		Path dir = null;
		Set<String> types = ImdbParser.DEFAULT_TITLE_TYPES;
		boolean adult = false;
		ImdbParser.Episodes episodes = ImdbParser.Episodes.ROLL_UP;
		for (int i = 0; i < rest.size(); i++) {
			String arg = rest.get(i);
			if (arg.equals("--include-adult")) {
				adult = true;
			}
			else if (arg.equals("--episodes") && i + 1 < rest.size()) {
				String value = rest.get(++i);
				episodes = episodes(value).orElseThrow(() -> new IllegalArgumentException("--episodes must be roll-up or keep, was '" + value + "'"));
			}
			else if (arg.equals("--types") && i + 1 < rest.size()) {
				types = titleTypes(rest.get(++i));
			}
			else if (arg.startsWith("--types=")) {
				types = titleTypes(arg.substring("--types=".length()));
			}
			else if (!arg.startsWith("--") && dir == null) {
				dir = Path.of(arg);
			}
			else {
				throw new IllegalArgumentException("unexpected argument '" + arg + "' for import imdb DIR " + IMDB_OPTIONS);
			}
		}
		if (dir == null) {
			throw new IllegalArgumentException("import imdb needs DIR holding title.basics, name.basics and title.principals");
		}
		return new Imdb(dir, types, adult, episodes);
	}

	/** The options of {@code import imdb}, for usage texts. */
	static final String IMDB_OPTIONS = "[--types movie,tvMovie,tvSeries,…] [--include-adult] [--episodes roll-up|keep]";

	/**
	 * The IMDb title types of a comma-separated list such as {@code movie,tvMovie}; the default ones
	 * when it is absent or blank.
	 * @throws IllegalArgumentException when an entry is not a title type's name
	 */
	static Set<String> titleTypes(String list) {
		if (list == null || list.isBlank()) {
			return ImdbParser.DEFAULT_TITLE_TYPES;
		}
		Set<String> types = new LinkedHashSet<>(Arrays.stream(list.split(",")).map(String::strip).filter((t) -> !t.isEmpty()).toList());
		if (types.isEmpty() || types.stream().anyMatch((t) -> !t.matches("[A-Za-z]{1,32}"))) {
			throw new IllegalArgumentException("title types must be IMDb's, such as movie,tvMovie, was '" + Params.abbreviate(list) + "'");
		}
		return types;
	}

	/** {@code roll-up} (the default, also when absent) or {@code keep}; empty for anything else. */
	static java.util.Optional<ImdbParser.Episodes> episodes(String value) {
		if (value == null || value.isBlank() || value.equals("roll-up")) {
			return java.util.Optional.of(ImdbParser.Episodes.ROLL_UP);
		}
		return value.equals("keep") ? java.util.Optional.of(ImdbParser.Episodes.KEEP) : java.util.Optional.empty();
	}

}
