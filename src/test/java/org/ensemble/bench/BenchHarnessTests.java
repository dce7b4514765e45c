package org.ensemble.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ensemble.ingest.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark harness in {@code bench/}: its generator writes well-formed, reproducible IMDb TSV
 * with the shape the benchmark relies on, and its report turns a run into results with every
 * question and target. The programs are run as the harness runs them, with the JDK's source
 * launcher, in a separate process. No timing is asserted anywhere.
 *
 * <p>
 * The whole {@code bench/run.sh --scale tiny} (import, server, load) is {@link BenchHarnessIT}: it
 * needs the packaged jar.
 */
class BenchHarnessTests {

	static final Path ROOT = Path.of("").toAbsolutePath();

	static final Path BENCH = ROOT.resolve("bench");

	static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	private static final List<String> TITLE_COLUMNS = List.of("tconst", "titleType", "primaryTitle", "originalTitle",
			"isAdult", "startYear", "endYear", "runtimeMinutes", "genres");

	private static final List<String> PRINCIPAL_COLUMNS = List.of("tconst", "ordering", "nconst", "category", "job",
			"characters");

	private static final List<String> NAME_COLUMNS = List.of("nconst", "primaryName", "birthYear", "deathYear",
			"primaryProfession", "knownForTitles");

	private static final List<String> EPISODE_COLUMNS = List.of("tconst", "parentTconst", "seasonNumber", "episodeNumber");

	private static final Set<String> SERIES = Set.of("tvSeries", "tvMiniSeries");

	private static final Set<String> COLLABORATION_CATEGORIES = Set.of("actor", "actress", "director", "writer",
			"producer", "composer", "cinematographer", "editor");

	static final List<String> QUESTIONS = List.of("search", "collaborators", "together", "pairings",
			"pairings-director-actor", "reunions", "paths", "network", "mix");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path shared;

	/** One tiny data set for the tests that only read it. */
	private static Path tiny;

	@BeforeAll
	static void generateTiny() throws Exception {
		assertThat(BENCH.resolve("src/Generate.java")).as("tests run from the project folder").exists();
		tiny = shared.resolve("tiny-42");
		generate("tiny", 42, tiny);
	}

	@Test
	void tinyScaleIsWellFormedImdbTsvWhosePrincipalsReferenceGeneratedTitlesAndNames() throws IOException {
		Table titles = Table.read(tiny.resolve("title.basics.tsv"), TITLE_COLUMNS);
		Table principals = Table.read(tiny.resolve("title.principals.tsv"), PRINCIPAL_COLUMNS);
		Table names = Table.read(tiny.resolve("name.basics.tsv"), NAME_COLUMNS);

		Set<String> titleIds = unique(titles, 0, "tconst");
		Set<String> nameIds = unique(names, 0, "nconst");
		for (String[] title : titles.rows()) {
			assertThat(title[0]).matches("tt\\d{7,}");
			assertThat(title[2]).isNotBlank();
			assertThat(title[4]).isIn("0", "1");
			assertThat(title[5]).matches("\\\\N|19\\d\\d|20[0-2]\\d");
		}
		for (String[] name : names.rows()) {
			assertThat(name[0]).matches("nm\\d{7,}");
		}
		Set<String> finished = new HashSet<>();
		String current = null;
		int ordering = 0;
		for (String[] row : principals.rows()) {
			assertThat(titleIds).as("principals reference generated titles").contains(row[0]);
			assertThat(nameIds).as("principals reference generated names").contains(row[2]);
			if (!row[0].equals(current)) {
				assertThat(finished).as("the rows of a title are listed together").doesNotContain(row[0]);
				if (current != null) {
					finished.add(current);
				}
				current = row[0];
				ordering = 0;
			}
			assertThat(Integer.parseInt(row[1])).as("ordering numbers a title's rows from 1").isEqualTo(++ordering);
			assertThat(row[5]).matches("\\\\N|\\[\"[^\"\\\\]+\"(,\"[^\"\\\\]+\")*\\]");
		}
		long kept = principals.rows().stream().filter((r) -> COLLABORATION_CATEGORIES.contains(r[3])).count();
		assertThat(kept).as("tiny is a few thousand credits").isBetween(1_000L, 10_000L);
		assertThat(titleIds).hasSizeBetween(300, 400);
		assertThat(principals.rows()).as("noise the importer must skip is there too")
			.anyMatch((r) -> !COLLABORATION_CATEGORIES.contains(r[3]));
	}

	@Test
	void sampleIdsNameImportedPeopleAndWorksAndPairsThatReallyShareWorks() throws IOException {
		Table titles = Table.read(tiny.resolve("title.basics.tsv"), TITLE_COLUMNS);
		Table principals = Table.read(tiny.resolve("title.principals.tsv"), PRINCIPAL_COLUMNS);
		Set<String> movies = new HashSet<>();
		titles.rows().stream().filter((t) -> t[1].equals("movie") && t[4].equals("0")).forEach((t) -> movies.add(t[0]));
		Map<String, Set<String>> worksOf = new HashMap<>();
		for (String[] row : principals.rows()) {
			if (movies.contains(row[0]) && COLLABORATION_CATEGORIES.contains(row[3])) {
				worksOf.computeIfAbsent(row[2], (k) -> new HashSet<>()).add(row[0]);
			}
		}
		Map<String, List<List<String>>> samples = new HashMap<>();
		for (String line : Files.readAllLines(tiny.resolve("sample-ids.txt"))) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			List<String> fields = new ArrayList<>(Arrays.asList(line.split("\t")));
			fields.removeIf((f) -> f.startsWith("#"));
			samples.computeIfAbsent(fields.get(0), (k) -> new ArrayList<>()).add(fields.subList(1, fields.size()));
		}
		assertThat(samples).containsKeys("person-heavy", "person-medium", "person-light", "work", "work-big",
				"pair-repeat", "pair", "search");
		for (String kind : List.of("person-heavy", "person-medium", "person-light")) {
			for (List<String> person : samples.get(kind)) {
				assertThat(person.get(0)).startsWith("imdb:nm");
				assertThat(worksOf).as(kind + " is credited on an imported film").containsKey(strip(person.get(0)));
			}
		}
		for (String kind : List.of("work", "work-big")) {
			for (List<String> work : samples.get(kind)) {
				assertThat(movies).as(kind + " is an imported film").contains(strip(work.get(0)));
			}
		}
		for (List<String> pair : samples.get("pair-repeat")) {
			Set<String> common = new HashSet<>(worksOf.get(strip(pair.get(0))));
			common.retainAll(worksOf.get(strip(pair.get(1))));
			assertThat(common).as("a director and an actor of their troupe share several films: " + pair).hasSizeGreaterThanOrEqualTo(2);
		}
		for (List<String> pair : samples.get("pair")) {
			Set<String> common = new HashSet<>(worksOf.get(strip(pair.get(0))));
			common.retainAll(worksOf.get(strip(pair.get(1))));
			assertThat(common).as("a pair from one film shares it: " + pair).isNotEmpty();
		}
	}

	@Test
	void tinyScaleHasAGiantComponentATailOfSmallOnesAndAHeavyTailOfCareers() throws IOException {
		Table titles = Table.read(tiny.resolve("title.basics.tsv"), TITLE_COLUMNS);
		Table principals = Table.read(tiny.resolve("title.principals.tsv"), PRINCIPAL_COLUMNS);
		Set<String> movies = new HashSet<>();
		titles.rows().stream().filter((t) -> t[1].equals("movie") && t[4].equals("0")).forEach((t) -> movies.add(t[0]));
		Map<String, String> parent = new HashMap<>();
		Map<String, String> firstOfWork = new HashMap<>();
		Map<String, Set<String>> worksOf = new HashMap<>();
		for (String[] row : principals.rows()) {
			if (!movies.contains(row[0]) || !COLLABORATION_CATEGORIES.contains(row[3])) {
				continue;
			}
			worksOf.computeIfAbsent(row[2], (k) -> new HashSet<>()).add(row[0]);
			String first = firstOfWork.putIfAbsent(row[0], row[2]);
			union(parent, (first != null) ? first : row[2], row[2]);
		}
		Map<String, Integer> sizes = new HashMap<>();
		parent.keySet().forEach((p) -> sizes.merge(find(parent, p), 1, Integer::sum));
		List<Integer> components = sizes.values().stream().sorted((a, b) -> b - a).toList();
		assertThat(components.get(0)).as("the giant component").isGreaterThan((int) (0.8 * parent.size()));
		assertThat(components.size()).as("a tail of small components").isGreaterThanOrEqualTo(3);

		int[] credits = worksOf.values().stream().mapToInt(Set::size).sorted().toArray();
		int median = credits[credits.length / 2];
		int max = credits[credits.length - 1];
		assertThat(max).as("the busiest people work far more than the median one").isGreaterThanOrEqualTo(10 * median);
		long once = Arrays.stream(credits).filter((c) -> c == 1).count();
		assertThat(once).as("many people have a single credit").isGreaterThan(credits.length / 4);
	}

	@Test
	void tinyScaleHasSeriesWhoseEpisodesTitleEpisodeLinksToSeriesInTitleBasics() throws IOException {
		Table titles = Table.read(tiny.resolve("title.basics.tsv"), TITLE_COLUMNS);
		Table principals = Table.read(tiny.resolve("title.principals.tsv"), PRINCIPAL_COLUMNS);
		Table episodes = Table.read(tiny.resolve("title.episode.tsv"), EPISODE_COLUMNS);
		Map<String, String> typeOf = new HashMap<>();
		titles.rows().forEach((t) -> typeOf.put(t[0], t[1]));

		Map<String, String> seriesOf = new HashMap<>();
		for (String[] episode : episodes.rows()) {
			assertThat(typeOf.get(episode[0])).as("an episode is a tvEpisode of title.basics: " + episode[0])
				.isEqualTo("tvEpisode");
			assertThat(typeOf.get(episode[1])).as("its parent is a series of title.basics: " + episode[1])
				.isIn(SERIES);
			assertThat(episode[2] + " " + episode[3]).matches("\\d+ \\d+|\\\\N \\\\N");
			assertThat(seriesOf.put(episode[0], episode[1])).as("one row per episode").isNull();
		}
		assertThat(typeOf).as("every tvEpisode has its title.episode row")
			.allSatisfy((id, type) -> assertThat(!type.equals("tvEpisode") || seriesOf.containsKey(id)).as(id).isTrue());

		Set<String> withPrincipals = new HashSet<>();
		Map<String, Map<String, Integer>> episodesOfPersonBySeries = new HashMap<>();
		long seriesRows = 0;
		long episodeRows = 0;
		for (String[] row : principals.rows()) {
			withPrincipals.add(row[0]);
			String series = seriesOf.get(row[0]);
			if (series != null) {
				episodeRows++;
				episodesOfPersonBySeries.computeIfAbsent(series, (k) -> new HashMap<>()).merge(row[2], 1, Integer::sum);
			}
			else if (SERIES.contains(typeOf.get(row[0]))) {
				seriesRows++;
			}
		}
		long seriesAndEpisodes = withPrincipals.stream()
			.filter((id) -> SERIES.contains(typeOf.get(id)) || seriesOf.containsKey(id))
			.count();
		assertThat((double) seriesAndEpisodes / withPrincipals.size()).as("about a quarter of the titles with principals")
			.isBetween(0.15, 0.35);
		assertThat(episodeRows).as("episodes carry most of a series' principals").isGreaterThan(3 * seriesRows);
		assertThat(episodesOfPersonBySeries.values().stream().flatMap((people) -> people.values().stream()))
			.as("a main cast is credited on many episodes")
			.anyMatch((count) -> count >= 10);
	}

	@Test
	void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws Exception {
		Path again = dir.resolve("again");
		Path other = dir.resolve("other");
		generate("tiny", 42, again);
		generate("tiny", 7, other);
		for (String file : List.of("title.basics.tsv", "title.principals.tsv", "name.basics.tsv", "title.episode.tsv",
				"sample-ids.txt", "summary.txt")) {
			assertThat(sha256(again.resolve(file))).as(file).isEqualTo(sha256(tiny.resolve(file)));
		}
		assertThat(sha256(other.resolve("title.principals.tsv"))).isNotEqualTo(sha256(tiny.resolve("title.principals.tsv")));
	}

	@Test
	void theReportTurnsARunIntoResultsWithEveryQuestionTheTargetsAndAReadmeTable(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("meta.properties"), """
				scale=tiny
				seed=42
				date=2026-01-02
				timestamp=2026-01-02T03:04:05Z
				commit=abc1234
				dirtyFiles=0
				command=bench/run.sh --scale tiny
				nproc=2
				memKiB=24000000
				cpu=Test CPU
				kernel=Linux
				java=openjdk version 25
				loadavg=1.00 1.00 1.00
				pageCache=2g
				jvmOptions=--enable-native-access=ALL-UNNAMED
				generateSeconds=0.5
				importExit=0
				importWallSeconds=12.5
				serviceStartSeconds=9.0
				""");
		Files.copy(tiny.resolve("summary.txt"), dir.resolve("summary.txt"));
		// the importer's own words, so that a change of its report shows up here
		ImportReport report = new ImportReport("imdb", 300, 1100, 2800, 300, 0, 2750, 1100, 300, Map.of("actor", 1500L), 1,
				List.of(), 16_000, true, 1_234.5, 5_000, 10_000);
		Files.writeString(dir.resolve("import.log"), "progress: …\n" + report.describe());
		Files.writeString(dir.resolve("import.time"), """
					User time (seconds): 30.5
					System time (seconds): 1.5
					Maximum resident set size (kbytes): 830916
				""");
		Files.writeString(dir.resolve("load.json"), fakeLoad());
		Path readme = dir.resolve("README.md");
		Files.writeString(readme, "# Bench\n\nhand-written text stays\n");
		Path results = dir.resolve("results");

		run(List.of(JAVA.toString(), BENCH.resolve("src/Report.java").toString(), "--meta",
				dir.resolve("meta.properties").toString(), "--summary", dir.resolve("summary.txt").toString(),
				"--import-log", dir.resolve("import.log").toString(), "--import-time", dir.resolve("import.time").toString(),
				"--load", dir.resolve("load.json").toString(), "--out", results.resolve("tiny-2026-01-02.json").toString(),
				"--readme", readme.toString(), "--results", results.toString()), dir);

		JsonNode result = JSON.readTree(Files.readString(results.resolve("tiny-2026-01-02.json")));
		assertThat(result.get("scale").asString()).isEqualTo("tiny");
		assertThat(result.get("import").get("creditsPerSecond").asDouble()).isEqualTo(275.0);
		assertThat(result.get("import").get("writeCreditsPerSecond").asDouble()).isEqualTo(550.0);
		assertThat(result.get("import").get("relationshipsPerSecond").asDouble()).isEqualTo(1235.0);
		assertThat(result.get("import").get("collaborations").asLong()).isEqualTo(16_000);
		assertThat(result.get("import").get("peakRssMiB").asDouble()).isBetween(811.0, 812.0);
		for (String question : QUESTIONS) {
			assertThat(result.get("load").get("questions").has(question)).as(question).isTrue();
		}
		List<String> verdicts = new ArrayList<>();
		result.get("targets").forEach((t) -> verdicts.add(t.get("what").asString() + ": " + t.get("verdict").asString()));
		assertThat(verdicts).contains("import rate, fresh database: MISSED", "collaborators of a person, 1 client: met",
				"collaborators of a person, 32 clients: MISSED", "mixed load, 32 clients: MISSED");
		JsonNode together = result.get("load").get("questions").get("together").get("levels");
		assertThat(together.get(0).get("serviceCpuMsPerRequest").asDouble()).isEqualTo(2.5);
		assertThat(together.get(0).get("loadGeneratorCpuMsPerRequest").asDouble()).isEqualTo(0.25);
		assertThat(together.get(1).get("serviceCpuMsPerRequest").asDouble()).isEqualTo(2.0);
		JsonNode searchAt1 = result.get("load").get("questions").get("search").get("levels").get(0);
		assertThat(searchAt1.has("serviceCpuMsPerRequest")).as("no CPU measured, no figure").isFalse();
		String table = Files.readString(readme);
		assertThat(table).contains("| question | clients | requests | req/s | service CPU ms/req | load generator CPU ms/req | p50 |")
			.contains("| together | 1 | 8,000 | 400.0 | 2.50 | 0.250 | 1.50 |")
			.contains("| together | 32 | 18,000 | 900.0 | 2.00 | 0.100 | 1.50 |")
			// the results of a run from before the CPU was measured
			.contains("| search | 1 | 8,000 | 400.0 | — | — | 1.50 |");
		assertThat(table).startsWith("# Bench\n\nhand-written text stays\n")
			.contains("| collaborators of a person, 32 clients | p50 ≤ 3, p99 ≤ 20 ms | 2.50 / 40.0 ms | **MISSED** |")
			.contains("| mix | 32 | ")
			.contains("`bench/run.sh --scale tiny`");
	}

	@Test
	void theLoadGeneratorReadsAProcessCpuTimeInTheKernelsClockTicks(@TempDir Path dir) throws Exception {
		Class<?> load = compiled(BENCH.resolve("src/Load.java"), "Load", dir);
		Method parse = load.getDeclaredMethod("cpuSeconds", String.class, long.class);
		parse.setAccessible(true);
		// utime 250 and stime 50 ticks; the command name holds spaces and parentheses, as a process may name itself
		String stat = "4242 (java (a) b) S 1 4242 4242 0 -1 4194560 1000 0 3 0 250 50 7 9 20 0 40 0 100 5000000 2000";
		assertThat(parse.invoke(null, stat, 100L)).isEqualTo(3.0);
		assertThat(parse.invoke(null, stat, 1000L)).isEqualTo(0.3);
		assertThat(parse.invoke(null, stat, -1L)).as("getconf could not tell").isEqualTo(-1.0);

		// This JVM's own CPU time as /proc gives it, against what the JVM measures of itself.
		Method ofProcess = load.getDeclaredMethod("cpuSeconds", long.class);
		ofProcess.setAccessible(true);
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		double before = os.getProcessCpuTime() / 1e9;
		double fromProc = (double) ofProcess.invoke(null, ProcessHandle.current().pid());
		double after = os.getProcessCpuTime() / 1e9;
		// /proc counts in ticks (10 ms at 100 a second), rounded down per thread
		assertThat(fromProc).isBetween(before - 0.5, after + 0.05);
	}

	// ------------------------------------------------------------------ helpers

	/** A single-file program of the harness, compiled as the source launcher compiles it, and loaded. */
	private static Class<?> compiled(Path source, String className, Path into) throws Exception {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		int status = compiler.run(null, null, null, "-d", into.toString(), source.toString());
		assertThat(status).as("javac " + source).isZero();
		return new URLClassLoader(new URL[] { into.toUri().toURL() }, BenchHarnessTests.class.getClassLoader())
			.loadClass(className);
	}

	private static void generate(String scale, long seed, Path into) throws Exception {
		run(List.of(JAVA.toString(), BENCH.resolve("src/Generate.java").toString(), scale, Long.toString(seed),
				into.toString()), ROOT);
	}

	static void run(List<String> command, Path dir) throws Exception {
		Path log = Files.createTempFile("bench-test", ".log");
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean done = process.waitFor(15, TimeUnit.MINUTES);
		if (!done) {
			process.destroyForcibly();
		}
		String output = Files.readString(log);
		Files.delete(log);
		assertThat(done).as("finished in time: " + command).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
	}

	private record Table(List<String[]> rows) {

		/** Checks the header and that every row has its number of tab-separated columns. */
		static Table read(Path file, List<String> header) throws IOException {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			assertThat(lines.get(0)).as(file + " header").isEqualTo(String.join("\t", header));
			List<String[]> rows = new ArrayList<>();
			for (int i = 1; i < lines.size(); i++) {
				String[] fields = lines.get(i).split("\t", -1);
				assertThat(fields).as(file + ":" + (i + 1)).hasSize(header.size());
				rows.add(fields);
			}
			assertThat(rows).as(file + " has rows").isNotEmpty();
			return new Table(rows);
		}

	}

	private static Set<String> unique(Table table, int column, String name) {
		Set<String> ids = new HashSet<>();
		for (String[] row : table.rows()) {
			assertThat(ids.add(row[column])).as(name + " " + row[column] + " is unique").isTrue();
		}
		return ids;
	}

	private static String strip(String id) {
		return id.substring("imdb:".length());
	}

	private static String find(Map<String, String> parent, String x) {
		String root = x;
		while (!parent.getOrDefault(root, root).equals(root)) {
			root = parent.get(root);
		}
		parent.putIfAbsent(x, x);
		return root;
	}

	private static void union(Map<String, String> parent, String a, String b) {
		parent.putIfAbsent(a, a);
		parent.putIfAbsent(b, b);
		String ra = find(parent, a);
		String rb = find(parent, b);
		if (!ra.equals(rb)) {
			parent.put(rb, ra);
		}
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	/**
	 * What Load.java writes, cut down: two client counts per question, collaborators slow at 32; the
	 * CPU of both processes measured (20 and 2 s at 1 client, 36 and 1.8 s at 32) except for search,
	 * as in results from before it was.
	 */
	private static String fakeLoad() {
		StringBuilder questions = new StringBuilder();
		for (String question : QUESTIONS) {
			double p99at32 = question.equals("collaborators") ? 40.0 : 1.5;
			boolean cpu = !question.equals("search");
			questions.append(questions.isEmpty() ? "" : ",\n")
				.append("\"")
				.append(question)
				.append("\": {\"description\": \"d\", \"levels\": [")
				.append(level(1, 2.5, 1.5, 400, cpu ? ", \"serviceCpuSeconds\": 20.0, \"loadGeneratorCpuSeconds\": 2.0" : ""))
				.append(", ")
				.append(level(32, 2.5, p99at32, 900, cpu ? ", \"serviceCpuSeconds\": 36.0, \"loadGeneratorCpuSeconds\": 1.8" : ""))
				.append("]}");
		}
		return """
				{"base": "http://127.0.0.1:1", "clients": [1, 32], "durationSeconds": 20, "warmupSeconds": 5,
				 "serviceStats": {"people": 1},
				 "questions": {%s},
				 "serviceMemoryAtEnd": {"rssMiB": 900.5, "hwmMiB": 1000.25}}
				""".formatted(questions);
	}

	private static String level(int clients, double p50, double p99, double rps, String cpu) {
		return """
				{"clients": %d, "seconds": 20.0, "requests": %d, "requestsPerSecond": %.1f, "p50Ms": %.3f, "p90Ms": %.3f,
				 "p99Ms": %.3f, "p999Ms": %.3f, "maxMs": %.3f, "meanMs": %.3f, "errors": 0, "status": {"200": %d},
				 "exceptions": {}, "slowest": []%s}""".formatted(clients, (int) (rps * 20), rps, Math.min(p50, p99), p99, p99,
				p99, p99, p50, (int) (rps * 20), cpu);
	}

}
