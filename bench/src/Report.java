import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts one benchmark run together: the run's facts ({@code meta.properties} from run.sh), the
 * generator's {@code summary.txt}, the importer's report, {@code /usr/bin/time -v} of the import
 * and the load generator's JSON, into one results JSON with the targets checked; then
 * rewrites the results section of {@code bench/README.md} from the newest results file of each
 * scale.
 *
 * <pre>
 * java bench/src/Report.java --meta meta.properties --summary summary.txt --import-log import.log \
 *      [--import-time import.time] --load load.json --out bench/results/SCALE-DATE.json \
 *      [--readme bench/README.md --results bench/results]
 * java bench/src/Report.java --readme bench/README.md --results bench/results     (the README only)
 * </pre>
 */
public final class Report {

	/** The targets of issue 7, set for the imdb scale on a 2-core machine. */
	record Target(String question, String what, double p50, double p99) {
	}

	static final List<Target> LATENCY_TARGETS = List.of(new Target("collaborators", "collaborators of a person", 3, 20),
			new Target("together", "together (pair)", 2, 10), new Target("reunions", "reunions of a work", 5, 25),
			new Target("paths", "shortest path (≤ 6 hops)", 5, 50), new Target("network", "network, ≤ 200 nodes", 20, 100),
			new Target("pairings", "pairings page", 50, 200),
			new Target("pairings-director-actor", "pairings page, roles=director,actor", 50, 200));

	static final double IMPORT_RATE = 40_000, IMPORT_MINUTES = 15, MIX_RPS = 1_000, MIX_P99 = 100, MEMORY_GIB = 10;

	static final String START = "<!-- bench:results:start (written by bench/src/Report.java; edit outside these markers) -->";

	static final String END = "<!-- bench:results:end -->";

	public static void main(String[] args) throws IOException {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		if (options.containsKey("out")) {
			Map<String, Object> result = assemble(options);
			Path out = Path.of(options.get("out"));
			Files.createDirectories(out.toAbsolutePath().getParent());
			Files.writeString(out, Json.write(result), StandardCharsets.UTF_8);
			System.out.println("results: " + out);
			System.out.print(section(List.of(result)));
		}
		if (options.containsKey("readme")) {
			Path results = Path.of(options.getOrDefault("results", "bench/results"));
			updateReadme(Path.of(options.get("readme")), latestPerScale(results));
			System.out.println("updated: " + options.get("readme"));
		}
	}

	// ------------------------------------------------------------------ assembling

	static Map<String, Object> assemble(Map<String, String> options) throws IOException {
		Properties meta = properties(Path.of(options.get("meta")));
		Properties summary = properties(Path.of(options.get("summary")));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("scale", meta.getProperty("scale"));
		result.put("seed", number(meta.getProperty("seed")));
		result.put("date", meta.getProperty("date"));
		result.put("timestamp", meta.getProperty("timestamp"));
		result.put("commit", meta.getProperty("commit"));
		result.put("uncommittedChanges", number(meta.getProperty("dirtyFiles", "0")));
		result.put("command", meta.getProperty("command"));
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("nproc", number(meta.getProperty("nproc")));
		machine.put("memoryGiB", number(meta.getProperty("memKiB")) / 1024.0 / 1024.0);
		machine.put("cpu", meta.getProperty("cpu"));
		machine.put("kernel", meta.getProperty("kernel"));
		machine.put("java", meta.getProperty("java"));
		machine.put("loadAverageAtStart", meta.getProperty("loadavg"));
		machine.put("note", meta.getProperty("note", ""));
		result.put("machine", machine);

		Map<String, Object> generator = new LinkedHashMap<>();
		summary.stringPropertyNames()
			.stream()
			.sorted()
			.forEach((k) -> generator.put(k, numberOrText(summary.getProperty(k))));
		generator.put("seconds", number(meta.getProperty("generateSeconds")));
		generator.put("bytes", number(meta.getProperty("generateBytes", "0")));
		result.put("generator", generator);

		Map<String, Object> importing = new LinkedHashMap<>();
		importing.put("exitCode", number(meta.getProperty("importExit")));
		importing.put("wallSeconds", number(meta.getProperty("importWallSeconds")));
		importing.putAll(importReport(Files.readString(Path.of(options.get("import-log")))));
		if (options.containsKey("import-time") && Files.exists(Path.of(options.get("import-time")))) {
			importing.putAll(timeReport(Files.readString(Path.of(options.get("import-time")))));
		}
		if (meta.getProperty("importPeakRssKiB") != null && !importing.containsKey("peakRssMiB")) {
			importing.put("peakRssMiB", number(meta.getProperty("importPeakRssKiB")) / 1024.0);
		}
		importing.put("pageCache", meta.getProperty("pageCache"));
		importing.put("jvmOptions", meta.getProperty("jvmOptions"));
		result.put("import", importing);

		Map<String, Object> service = new LinkedHashMap<>();
		service.put("startSeconds", number(meta.getProperty("serviceStartSeconds")));
		service.put("pageCache", meta.getProperty("pageCache"));
		service.put("jvmOptions", meta.getProperty("jvmOptions"));
		service.put("jar", meta.getProperty("jar"));
		result.put("service", service);

		@SuppressWarnings("unchecked")
		Map<String, Object> load = (Map<String, Object>) Json.parse(Files.readString(Path.of(options.get("load"))));
		for (Object question : map(load, "questions").values()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> q = (Map<String, Object>) question;
			for (Map<String, Object> level : levels(q)) {
				putIfKnown(level, "serviceCpuMsPerRequest", cpuMsPerRequest(level, "serviceCpuSeconds"));
				putIfKnown(level, "loadGeneratorCpuMsPerRequest", cpuMsPerRequest(level, "loadGeneratorCpuSeconds"));
			}
		}
		result.put("load", load);
		result.put("targets", targets(result));
		return result;
	}

	static Properties properties(Path path) throws IOException {
		Properties p = new Properties();
		p.load(new StringReader(Files.readString(path, StandardCharsets.UTF_8)));
		return p;
	}

	static double number(String text) {
		if (text == null || text.isBlank()) {
			return Double.NaN;
		}
		return Double.parseDouble(text.strip().replace(",", ""));
	}

	static Object numberOrText(String text) {
		try {
			double d = Double.parseDouble(text);
			return (d == Math.rint(d) && Math.abs(d) < 1e15) ? (Object) (long) d : (Object) d;
		}
		catch (NumberFormatException ex) {
			return text;
		}
	}

	static final Pattern READ = Pattern.compile("read:\\s+([\\d,]+) works, ([\\d,]+) people, ([\\d,]+) credit rows");

	static final Pattern STORED = Pattern.compile("stored:\\s+([\\d,]+) works with ([\\d,]+) credits");

	static final Pattern DATABASE = Pattern.compile("database: ([\\d,]+) works, ([\\d,]+) people");

	static final Pattern COLLABORATIONS = Pattern
		.compile("collaborations: ([\\d,]+), rebuilt at ([\\d,.]+) relationships/s");

	static final Pattern TIME = Pattern.compile("time:\\s+([\\d,.]+) s \\(([\\d,.]+) credits/s\\)");

	static final Pattern WRITING = Pattern.compile("writing:\\s+([\\d,.]+) s before the rebuild \\(([\\d,.]+) credits/s\\)");

	static final Pattern SKIPPED = Pattern.compile("skipped:\\s+([\\d,]+) lines");

	/** The figures of {@code ImportReport.describe()}. */
	static Map<String, Object> importReport(String log) {
		Map<String, Object> m = new LinkedHashMap<>();
		Matcher r = READ.matcher(log);
		if (r.find()) {
			m.put("worksRead", (long) number(r.group(1)));
			m.put("peopleRead", (long) number(r.group(2)));
			m.put("creditRowsRead", (long) number(r.group(3)));
		}
		Matcher s = STORED.matcher(log);
		if (s.find()) {
			m.put("worksStored", (long) number(s.group(1)));
			m.put("creditsStored", (long) number(s.group(2)));
		}
		Matcher d = DATABASE.matcher(log);
		if (d.find()) {
			m.put("worksInDatabase", (long) number(d.group(1)));
			m.put("peopleInDatabase", (long) number(d.group(2)));
		}
		Matcher c = COLLABORATIONS.matcher(log);
		if (c.find()) {
			m.put("collaborations", (long) number(c.group(1)));
			m.put("relationshipsPerSecond", number(c.group(2)));
		}
		Matcher t = TIME.matcher(log);
		if (t.find()) {
			m.put("reportSeconds", number(t.group(1)));
			m.put("creditsPerSecond", number(t.group(2)));
		}
		Matcher w = WRITING.matcher(log);
		if (w.find()) {
			m.put("writeSeconds", number(w.group(1)));
			m.put("writeCreditsPerSecond", number(w.group(2)));
		}
		Matcher k = SKIPPED.matcher(log);
		if (k.find()) {
			m.put("skippedLines", (long) number(k.group(1)));
		}
		m.put("reportFound", t.find(0));
		return m;
	}

	/** Peak memory and CPU of {@code /usr/bin/time -v}. */
	static Map<String, Object> timeReport(String text) {
		Map<String, Object> m = new LinkedHashMap<>();
		Matcher rss = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)").matcher(text);
		if (rss.find()) {
			m.put("peakRssMiB", Long.parseLong(rss.group(1)) / 1024.0);
		}
		Matcher user = Pattern.compile("User time \\(seconds\\): ([\\d.]+)").matcher(text);
		Matcher system = Pattern.compile("System time \\(seconds\\): ([\\d.]+)").matcher(text);
		if (user.find() && system.find()) {
			m.put("cpuSeconds", Double.parseDouble(user.group(1)) + Double.parseDouble(system.group(1)));
		}
		Matcher cpu = Pattern.compile("Percent of CPU this job got: (\\d+)%").matcher(text);
		if (cpu.find()) {
			m.put("cpuPercent", Long.parseLong(cpu.group(1)));
		}
		return m;
	}

	// ------------------------------------------------------------------ targets

	static List<Object> targets(Map<String, Object> result) {
		List<Object> rows = new ArrayList<>();
		Map<String, Object> importing = map(result, "import");
		// the rate of writing the credits themselves; older reports only give the rate over the whole import
		double writeRate = num(importing, "writeCreditsPerSecond");
		double rate = Double.isNaN(writeRate) ? num(importing, "creditsPerSecond") : writeRate;
		rows.add(row("import rate, fresh database", "≥ 40,000 credits/s",
				fmt(rate, 0) + (Double.isNaN(writeRate) ? " credits/s over the whole import"
						: String.format(Locale.ROOT, " credits/s while writing (%s over the whole import)",
								fmt(num(importing, "creditsPerSecond"), 0))),
				verdict(!Double.isNaN(rate), rate >= IMPORT_RATE)));
		double wall = num(importing, "wallSeconds");
		boolean imdb = "imdb".equals(result.get("scale"));
		rows.add(row("whole import incl. collaborations", "≤ 15 min at imdb scale", minutes(wall)
				+ String.format(Locale.ROOT, " (%,.0f collaborations at %s relationships/s)", num(importing, "collaborations"),
						fmt(num(importing, "relationshipsPerSecond"), 0)),
				imdb ? verdict(!Double.isNaN(wall), wall <= IMPORT_MINUTES * 60) : "n/a below imdb scale"));
		Map<String, Object> questions = map(map(result, "load"), "questions");
		for (Target target : LATENCY_TARGETS) {
			Map<String, Object> q = map(questions, target.question());
			List<Map<String, Object>> levels = levels(q);
			if (levels.isEmpty()) {
				continue;
			}
			for (Map<String, Object> level : ends(levels)) {
				double p50 = num(level, "p50Ms");
				double p99 = num(level, "p99Ms");
				long clients = (long) num(level, "clients");
				boolean clean = num(level, "errors") == 0;
				String measured = String.format(Locale.ROOT, "%s / %s ms", fmt(p50, 2), fmt(p99, 1))
						+ (clean ? "" : String.format(Locale.ROOT, " (%,.0f errors %s)", num(level, "errors"), level.get("status")));
				rows.add(row(target.what() + ", " + clients + (clients == 1 ? " client" : " clients"),
						String.format(Locale.ROOT, "p50 ≤ %s, p99 ≤ %s ms", fmt(target.p50(), 0), fmt(target.p99(), 0)),
						measured, verdict(!Double.isNaN(p50), clean && p50 <= target.p50() && p99 <= target.p99())));
			}
		}
		Map<String, Object> mix = map(questions, "mix");
		for (Map<String, Object> level : levels(mix)) {
			if ((long) num(level, "clients") != 32) {
				continue;
			}
			double rps = num(level, "requestsPerSecond");
			double p99 = num(level, "p99Ms");
			rows.add(row("mixed load, 32 clients", "≥ 1,000 requests/s, p99 ≤ 100 ms",
					String.format(Locale.ROOT, "%s requests/s, p99 %s ms", fmt(rps, 0), fmt(p99, 1)),
					verdict(true, rps >= MIX_RPS && p99 <= MIX_P99 && num(level, "errors") == 0)));
		}
		Map<String, Object> load = map(result, "load");
		double hwm = num(map(load, "serviceMemoryAtEnd"), "hwmMiB");
		double rss = num(map(load, "serviceMemoryAtEnd"), "rssMiB");
		rows.add(row("memory, service + embedded Neo4j", "resident ≤ 10 GiB at imdb scale",
				String.format(Locale.ROOT, "peak %s GiB, at end %s GiB", fmt(hwm / 1024, 2), fmt(rss / 1024, 2)),
				verdict(!Double.isNaN(hwm), hwm <= MEMORY_GIB * 1024)));
		return rows;
	}

	/** The runs at the fewest and the most clients: the targets are set at 1 and at 32. */
	static List<Map<String, Object>> ends(List<Map<String, Object>> levels) {
		List<Map<String, Object>> sorted = new ArrayList<>(levels);
		sorted.sort(Comparator.comparingDouble((l) -> num(l, "clients")));
		return (sorted.size() == 1) ? sorted : List.of(sorted.get(0), sorted.get(sorted.size() - 1));
	}

	static Map<String, Object> row(String what, String target, String measured, String verdict) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("what", what);
		m.put("target", target);
		m.put("measured", measured);
		m.put("verdict", verdict);
		return m;
	}

	static String verdict(boolean known, boolean met) {
		return !known ? "not measured" : met ? "met" : "MISSED";
	}

	static String minutes(double seconds) {
		if (Double.isNaN(seconds)) {
			return "n/a";
		}
		return (seconds < 120) ? fmt(seconds, 1) + " s" : fmt(seconds / 60, 1) + " min";
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> m, String key) {
		Object v = (m == null) ? null : m.get(key);
		return (v instanceof Map) ? (Map<String, Object>) v : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> levels(Map<String, Object> question) {
		Object v = question.get("levels");
		return (v instanceof List) ? (List<Map<String, Object>>) v : List.of();
	}

	/**
	 * A run's CPU milliseconds per request, from its CPU seconds (a process's user + system time over the
	 * run) and its requests; NaN when the run has no such figure (results from before it was measured).
	 * The CPU a request costs is what compares between runs on a busy or a quiet day, which its
	 * latency and requests/s do not.
	 */
	static double cpuMsPerRequest(Map<String, Object> level, String cpuSecondsKey) {
		double cpu = num(level, cpuSecondsKey);
		double requests = num(level, "requests");
		return (cpu >= 0 && requests > 0) ? cpu * 1000 / requests : Double.NaN;
	}

	static void putIfKnown(Map<String, Object> m, String key, double value) {
		if (!Double.isNaN(value)) {
			m.put(key, value);
		}
	}

	/** A figure, or a dash where the results have none. */
	static String fmtOrDash(double v, int decimals) {
		return Double.isNaN(v) ? "—" : fmt(v, decimals);
	}

	static double num(Map<String, Object> m, String key) {
		Object v = (m == null) ? null : m.get(key);
		return (v instanceof Number n) ? n.doubleValue() : Double.NaN;
	}

	static String fmt(double v, int decimals) {
		if (Double.isNaN(v)) {
			return "n/a";
		}
		return String.format(Locale.ROOT, "%,." + decimals + "f", v);
	}

	// ------------------------------------------------------------------ README

	static List<Map<String, Object>> latestPerScale(Path dir) throws IOException {
		Map<String, Map<String, Object>> latest = new TreeMap<>(Comparator.comparingInt(Report::scaleOrder));
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".json")).sorted().toList()) {
				@SuppressWarnings("unchecked")
				Map<String, Object> result = (Map<String, Object>) Json.parse(Files.readString(file));
				if (!result.containsKey("scale")) {
					continue; // not a run of this benchmark (e.g. a peers-*.json of run.sh --peers-data)
				}
				String scale = String.valueOf(result.get("scale"));
				Map<String, Object> before = latest.get(scale);
				if (before == null || String.valueOf(result.get("timestamp")).compareTo(String.valueOf(before.get("timestamp"))) > 0) {
					result.put("file", dir.getFileName() + "/" + file.getFileName());
					latest.put(scale, result);
				}
			}
		}
		return new ArrayList<>(latest.values());
	}

	static int scaleOrder(String scale) {
		int i = List.of("tiny", "tmdb", "imdb").indexOf(scale);
		return (i < 0) ? 100 + scale.hashCode() % 100 : i;
	}

	static void updateReadme(Path readme, List<Map<String, Object>> results) throws IOException {
		String text = Files.exists(readme) ? Files.readString(readme) : "# Benchmark\n\n## Latest results\n\n" + START + "\n" + END + "\n";
		int start = text.indexOf(START);
		int end = text.indexOf(END);
		if (start < 0 || end < start) {
			text = text + "\n## Latest results\n\n" + START + "\n" + END + "\n";
			start = text.indexOf(START);
			end = text.indexOf(END);
		}
		String updated = text.substring(0, start + START.length()) + "\n" + section(results) + text.substring(end);
		Files.writeString(readme, updated, StandardCharsets.UTF_8);
	}

	static String section(List<Map<String, Object>> results) {
		StringBuilder out = new StringBuilder();
		if (results.isEmpty()) {
			out.append("\nNo results yet: run `bench/run.sh --scale tiny`.\n\n");
			return out.toString();
		}
		for (Map<String, Object> r : results) {
			Map<String, Object> machine = map(r, "machine");
			Map<String, Object> gen = map(r, "generator");
			Map<String, Object> imp = map(r, "import");
			Map<String, Object> load = map(r, "load");
			out.append("\n### `").append(r.get("scale")).append("` scale, ").append(r.get("date")).append('\n').append('\n');
			out.append("- **When and what**: ").append(r.get("timestamp")).append(", commit `").append(r.get("commit")).append('`');
			double dirty = num(r, "uncommittedChanges");
			if (dirty > 0) {
				out.append(String.format(Locale.ROOT, " plus %,.0f uncommitted files (the working tree as it was)", dirty));
			}
			out.append(r.containsKey("file") ? ", full figures in `" + r.get("file") + "`" : "").append(".\n");
			out.append("- **Command**: `").append(r.get("command")).append("`\n");
			out.append("- **Machine**: ")
				.append(fmt(num(machine, "nproc"), 0))
				.append(" cores (")
				.append(machine.get("cpu"))
				.append("), ")
				.append(fmt(num(machine, "memoryGiB"), 1))
				.append(" GiB, ")
				.append(machine.get("java"))
				.append("; load average at start `")
				.append(machine.get("loadAverageAtStart"))
				.append("`.");
			String note = String.valueOf(machine.getOrDefault("note", ""));
			out.append(note.isBlank() ? "" : " " + note).append('\n');
			out.append(String.format(Locale.ROOT,
					"- **Data** (seed %s): %,d works, %,d credits, %,d people generated; imported %,d works, %,d credits, %,d people; %,d collaborations.%n",
					gen.get("seed"), (long) num(gen, "movies"), (long) num(gen, "credits"), (long) num(gen, "creditedPeople"),
					(long) num(imp, "worksInDatabase"), (long) num(imp, "creditsStored"), (long) num(imp, "peopleInDatabase"),
					(long) num(imp, "collaborations")));
			out.append(String.format(Locale.ROOT,
					"- **Import**: %s wall (the report says %s s), %s credits/s while writing, %s over the whole import, collaborations rebuilt at %s relationships/s, peak resident %s MiB, %s CPU-s; generation took %s s.%n",
					minutes(num(imp, "wallSeconds")), fmt(num(imp, "reportSeconds"), 1), fmt(num(imp, "writeCreditsPerSecond"), 0),
					fmt(num(imp, "creditsPerSecond"), 0),
					fmt(num(imp, "relationshipsPerSecond"), 0), fmt(num(imp, "peakRssMiB"), 0), fmt(num(imp, "cpuSeconds"), 1),
					fmt(num(gen, "seconds"), 1)));
			out.append(String.format(Locale.ROOT,
					"- **Load**: %s s per run after a %s s warm-up at the highest client count%s; service resident at end %s MiB (peak %s MiB).%n%n",
					fmt(num(load, "durationSeconds"), 0), fmt(num(load, "warmupSeconds"), 0),
					num(load, "prewarmSecondsPerQuestion") > 0 ? ", and every question asked for "
							+ fmt(num(load, "prewarmSecondsPerQuestion"), 0) + " s before any run" : "",
					fmt(num(map(load, "serviceMemoryAtEnd"), "rssMiB"), 0), fmt(num(map(load, "serviceMemoryAtEnd"), "hwmMiB"), 0)));
			out.append("Targets of issue 7 (set for the `imdb` scale; at smaller scales a miss is a real problem, a pass proves little):\n\n");
			out.append("| what | target | measured | verdict |\n| --- | --- | --- | --- |\n");
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> targets = (List<Map<String, Object>>) r.getOrDefault("targets", List.of());
			for (Map<String, Object> t : targets) {
				String verdict = String.valueOf(t.get("verdict"));
				out.append("| ")
					.append(t.get("what"))
					.append(" | ")
					.append(t.get("target"))
					.append(" | ")
					.append(t.get("measured"))
					.append(" | ")
					.append(verdict.equals("MISSED") ? "**MISSED**" : verdict)
					.append(" |\n");
			}
			out.append("\nEvery question and client count (latency in ms, end to end over HTTP):\n\n");
			out.append("| question | clients | requests | req/s | service CPU ms/req | load generator CPU ms/req | p50 | p90 | p99 | max | errors | status codes |\n");
			out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
			Map<String, Object> questions = map(load, "questions");
			for (Map.Entry<String, Object> q : questions.entrySet()) {
				@SuppressWarnings("unchecked")
				Map<String, Object> question = (Map<String, Object>) q.getValue();
				for (Map<String, Object> level : levels(question)) {
					out.append("| ")
						.append(q.getKey())
						.append(" | ")
						.append(fmt(num(level, "clients"), 0))
						.append(" | ")
						.append(fmt(num(level, "requests"), 0))
						.append(" | ")
						.append(fmt(num(level, "requestsPerSecond"), 1))
						.append(" | ")
						.append(fmtOrDash(cpuMsPerRequest(level, "serviceCpuSeconds"), 2))
						.append(" | ")
						.append(fmtOrDash(cpuMsPerRequest(level, "loadGeneratorCpuSeconds"), 3))
						.append(" | ")
						.append(fmt(num(level, "p50Ms"), 2))
						.append(" | ")
						.append(fmt(num(level, "p90Ms"), 2))
						.append(" | ")
						.append(fmt(num(level, "p99Ms"), 2))
						.append(" | ")
						.append(fmt(num(level, "maxMs"), 1))
						.append(" | ")
						.append(fmt(num(level, "errors"), 0))
						.append(" | ")
						.append(statusText(level))
						.append(" |\n");
				}
			}
			out.append('\n');
		}
		return out.toString();
	}

	static String statusText(Map<String, Object> level) {
		StringBuilder s = new StringBuilder();
		map(level, "status").forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append(": ").append(fmt(((Number) v).doubleValue(), 0)));
		map(level, "exceptions").forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append(": ").append(fmt(((Number) v).doubleValue(), 0)));
		return s.toString();
	}

	// ------------------------------------------------------------------ JSON

	/** Just enough JSON: objects keep their order, numbers are Long or Double. */
	static final class Json {

		private final String text;

		private int at;

		private Json(String text) {
			this.text = text;
		}

		static Object parse(String text) {
			Json json = new Json(text);
			Object value = json.value();
			json.space();
			if (json.at != text.length()) {
				throw json.error("trailing text");
			}
			return value;
		}

		private Object value() {
			space();
			if (this.at >= this.text.length()) {
				throw error("unexpected end");
			}
			char c = this.text.charAt(this.at);
			switch (c) {
				case '{' -> {
					this.at++;
					Map<String, Object> map = new LinkedHashMap<>();
					space();
					if (peek('}')) {
						return map;
					}
					do {
						space();
						String key = string();
						space();
						expect(':');
						map.put(key, value());
						space();
					}
					while (peek(','));
					expect('}');
					return map;
				}
				case '[' -> {
					this.at++;
					List<Object> list = new ArrayList<>();
					space();
					if (peek(']')) {
						return list;
					}
					do {
						list.add(value());
						space();
					}
					while (peek(','));
					expect(']');
					return list;
				}
				case '"' -> {
					return string();
				}
				default -> {
					if (this.text.startsWith("true", this.at)) {
						this.at += 4;
						return Boolean.TRUE;
					}
					if (this.text.startsWith("false", this.at)) {
						this.at += 5;
						return Boolean.FALSE;
					}
					if (this.text.startsWith("null", this.at)) {
						this.at += 4;
						return null;
					}
					int start = this.at;
					while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
						this.at++;
					}
					String n = this.text.substring(start, this.at);
					if (n.isEmpty()) {
						throw error("unexpected '" + c + "'");
					}
					if (n.contains(".") || n.contains("e") || n.contains("E")) {
						return Double.parseDouble(n);
					}
					return Long.parseLong(n);
				}
			}
		}

		private String string() {
			expect('"');
			StringBuilder s = new StringBuilder();
			while (true) {
				if (this.at >= this.text.length()) {
					throw error("unterminated string");
				}
				char c = this.text.charAt(this.at++);
				if (c == '"') {
					return s.toString();
				}
				if (c == '\\') {
					char e = this.text.charAt(this.at++);
					switch (e) {
						case 'n' -> s.append('\n');
						case 't' -> s.append('\t');
						case 'r' -> s.append('\r');
						case 'b' -> s.append('\b');
						case 'f' -> s.append('\f');
						case 'u' -> {
							s.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
							this.at += 4;
						}
						default -> s.append(e);
					}
				}
				else {
					s.append(c);
				}
			}
		}

		private void space() {
			while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
				this.at++;
			}
		}

		private boolean peek(char c) {
			if (this.at < this.text.length() && this.text.charAt(this.at) == c) {
				this.at++;
				return true;
			}
			return false;
		}

		private void expect(char c) {
			if (!peek(c)) {
				throw error("expected '" + c + "'");
			}
		}

		private IllegalArgumentException error(String message) {
			return new IllegalArgumentException("JSON: " + message + " at character " + this.at);
		}

		static String write(Object value) {
			StringBuilder out = new StringBuilder();
			write(out, value, 0);
			return out.append('\n').toString();
		}

		private static void write(StringBuilder out, Object value, int indent) {
			if (value == null) {
				out.append("null");
			}
			else if (value instanceof String s) {
				quote(out, s);
			}
			else if (value instanceof Double d) {
				if (d.isNaN() || d.isInfinite()) {
					out.append("null");
				}
				else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
					out.append((long) d.doubleValue());
				}
				else {
					out.append(String.format(Locale.ROOT, "%.3f", d));
				}
			}
			else if (value instanceof Number || value instanceof Boolean) {
				out.append(value);
			}
			else if (value instanceof Map<?, ?> map) {
				out.append('{');
				boolean first = true;
				for (Map.Entry<?, ?> entry : map.entrySet()) {
					out.append(first ? "\n" : ",\n").append("  ".repeat(indent + 1));
					quote(out, String.valueOf(entry.getKey()));
					out.append(": ");
					write(out, entry.getValue(), indent + 1);
					first = false;
				}
				out.append(first ? "}" : "\n" + "  ".repeat(indent) + "}");
			}
			else if (value instanceof List<?> list) {
				boolean simple = list.stream().noneMatch((v) -> v instanceof Map || v instanceof List);
				out.append('[');
				for (int i = 0; i < list.size(); i++) {
					out.append((i == 0) ? "" : ",");
					if (!simple) {
						out.append('\n').append("  ".repeat(indent + 1));
					}
					else if (i > 0) {
						out.append(' ');
					}
					write(out, list.get(i), indent + 1);
				}
				out.append((simple || list.isEmpty()) ? "]" : "\n" + "  ".repeat(indent) + "]");
			}
			else {
				quote(out, value.toString());
			}
		}

		private static void quote(StringBuilder out, String s) {
			out.append('"');
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '"' -> out.append("\\\"");
					case '\\' -> out.append("\\\\");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					case '\t' -> out.append("\\t");
					default -> {
						if (c < 0x20) {
							out.append(String.format("\\u%04x", (int) c));
						}
						else {
							out.append(c);
						}
					}
				}
			}
			out.append('"');
		}

	}

}
