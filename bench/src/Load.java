import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator for Ensemble's read questions, on the JDK alone: N virtual
 * threads, each sending its next request when the previous answer has been read completely, for
 * a fixed time and at most a fixed number of requests, to 127.0.0.1 only.
 *
 * <pre>
 * java bench/src/Load.java --base http://127.0.0.1:PORT --samples DIR/sample-ids.txt \
 *      [--clients 1,8,32] [--duration 20] [--warmup 5] [--prewarm 0] [--questions all|q1,q2] \
 *      [--max-requests 200000] [--timeout 30] [--pid SERVICE_PID] [--seed 1] --out load.json
 * java bench/src/Load.java --base http://127.0.0.1:PORT --wait-health 300
 * </pre>
 *
 * For each question: a warm-up at the highest client count (not recorded), then one measured run
 * per client count. Latency is from just before {@code send} to the last byte of the body, recorded
 * in nanoseconds in plain arrays and sorted at the end: percentiles are exact (nearest rank).
 * Closed loop means a slow answer delays the next request of that client, so under overload the
 * percentiles understate what an open stream of users would see (coordinated omission); requests/s
 * is what the service sustained.
 */
public final class Load {

	/** What one question asks; {@code pick} builds a request path from the samples. */
	record Question(String name, String description, Map<String, Double> mix) {
	}

	static final Map<String, Question> QUESTIONS = new LinkedHashMap<>();

	static {
		add("search", "GET /api/search?q=…&limit=20: names as people type them (surname, lower case, no accents, first three letters)");
		add("collaborators", "GET /api/people/{id}/collaborators?limit=50: 10% of the most credited people, 45% with 10–80 credits, 45% with 1–5");
		add("together", "GET /api/together?people=a,b: 70% director–actor pairs who share 2+ works, 30% pairs from one work");
		add("pairings", "GET /api/pairings?minShared=3&limit=50");
		add("pairings-director-actor", "GET /api/pairings?minShared=3&limit=50&roles=director,actor");
		add("reunions", "GET /api/works/{id}/reunions: 90% random films with 3+ people, 10% the 20 biggest teams");
		add("paths", "GET /api/paths?from=a&to=b: two people drawn like collaborators (404 = no path within 6 hops: counted, not an error)");
		add("network", "GET /api/network?people={id}&depth=1&limit=200: people drawn like collaborators");
		QUESTIONS.put("mix", new Question("mix",
				"90% 1–2-hop questions (collaborators 30%, together 25%, reunions 20%, network 15%) and 10% paths",
				Map.of("collaborators", 0.30, "together", 0.25, "reunions", 0.20, "network", 0.15, "paths", 0.10)));
	}

	static void add(String name, String description) {
		QUESTIONS.put(name, new Question(name, description, Map.of(name, 1.0)));
	}

	// ------------------------------------------------------------------ samples

	static final class Samples {

		final Map<String, List<String[]>> byKind = new TreeMap<>();

		static Samples read(Path file) throws IOException {
			Samples samples = new Samples();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				List<String> values = new ArrayList<>();
				for (int i = 1; i < fields.length && !fields[i].startsWith("#"); i++) {
					values.add(fields[i]);
				}
				samples.byKind.computeIfAbsent(fields[0], (k) -> new ArrayList<>()).add(values.toArray(String[]::new));
			}
			return samples;
		}

		String[] any(String kind, SplittableRandom random) {
			List<String[]> list = this.byKind.get(kind);
			if (list == null || list.isEmpty()) {
				throw new IllegalStateException("the samples have no '" + kind + "' lines");
			}
			return list.get(random.nextInt(list.size()));
		}

		boolean has(String kind) {
			return this.byKind.containsKey(kind) && !this.byKind.get(kind).isEmpty();
		}

		String person(SplittableRandom random) {
			double r = random.nextDouble();
			String kind = (r < 0.10) ? "person-heavy" : (r < 0.55) ? "person-medium" : "person-light";
			if (!has(kind)) {
				kind = has("person-medium") ? "person-medium" : "person-heavy";
			}
			return any(kind, random)[0];
		}

		String work(SplittableRandom random) {
			return (random.nextDouble() < 0.10 && has("work-big")) ? any("work-big", random)[0] : any("work", random)[0];
		}

		String[] pair(SplittableRandom random) {
			return (random.nextDouble() < 0.70 && has("pair-repeat")) ? any("pair-repeat", random) : any("pair", random);
		}

	}

	/** The request path of one kind of question. */
	static String path(String kind, Samples samples, SplittableRandom random) {
		return switch (kind) {
			case "search" -> "/api/search?q=" + URLEncoder.encode(samples.any("search", random)[0], StandardCharsets.UTF_8)
					+ "&limit=20";
			case "collaborators" -> "/api/people/" + samples.person(random) + "/collaborators?limit=50";
			case "together" -> {
				String[] pair = samples.pair(random);
				yield "/api/together?people=" + pair[0] + "," + pair[1];
			}
			case "pairings" -> "/api/pairings?minShared=3&limit=50";
			case "pairings-director-actor" -> "/api/pairings?minShared=3&limit=50&roles=director,actor";
			case "reunions" -> "/api/works/" + samples.work(random) + "/reunions";
			case "paths" -> {
				String from = samples.person(random);
				String to = samples.person(random);
				for (int i = 0; i < 5 && to.equals(from); i++) {
					to = samples.person(random);
				}
				yield "/api/paths?from=" + from + "&to=" + to;
			}
			case "network" -> "/api/network?people=" + samples.person(random) + "&depth=1&limit=200";
			default -> throw new IllegalArgumentException("unknown question " + kind);
		};
	}

	/** A 404 from paths means "no path within maxHops": an answer, not an error. */
	static boolean isError(String kind, int status) {
		return status >= 400 && !(status == 404 && kind.equals("paths"));
	}

	// ------------------------------------------------------------------ recording

	/** One client's record of one run: latencies per kind, status counts, the slowest requests. */
	static final class Recorder {

		final Map<String, long[]> latencies = new LinkedHashMap<>();

		final Map<String, Integer> counts = new LinkedHashMap<>();

		long requests() {
			return this.counts.values().stream().mapToLong(Integer::longValue).sum();
		}

		final Map<String, Long> statuses = new TreeMap<>();

		final Map<String, Long> exceptions = new TreeMap<>();

		long errors;

		long bytes;

		final List<Slow> slowest = new ArrayList<>();

		void record(String kind, long nanos, int status, String path, long size) {
			long[] values = this.latencies.computeIfAbsent(kind, (k) -> new long[1024]);
			int n = this.counts.getOrDefault(kind, 0);
			if (n == values.length) {
				values = Arrays.copyOf(values, n * 2);
				this.latencies.put(kind, values);
			}
			values[n] = nanos;
			this.counts.put(kind, n + 1);
			this.statuses.merge(Integer.toString(status), 1L, Long::sum);
			if (isError(kind, status)) {
				this.errors++;
			}
			this.bytes += size;
			keepSlowest(this.slowest, new Slow(nanos, status, path));
		}

		void failed(String kind, long nanos, Exception ex, String path) {
			this.exceptions.merge(ex.getClass().getSimpleName(), 1L, Long::sum);
			this.errors++;
			keepSlowest(this.slowest, new Slow(nanos, -1, path));
		}

	}

	record Slow(long nanos, int status, String path) {
	}

	static void keepSlowest(List<Slow> slowest, Slow slow) {
		if (slowest.size() < 5) {
			slowest.add(slow);
		}
		else {
			int min = 0;
			for (int i = 1; i < slowest.size(); i++) {
				if (slowest.get(i).nanos() < slowest.get(min).nanos()) {
					min = i;
				}
			}
			if (slowest.get(min).nanos() < slow.nanos()) {
				slowest.set(min, slow);
			}
		}
	}

	/** Latency figures of a sorted array, nearest rank. */
	record Figures(long count, double p50, double p90, double p99, double p999, double max, double mean) {

		static Figures of(long[] sorted, int n) {
			if (n == 0) {
				return new Figures(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
			}
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += sorted[i];
			}
			return new Figures(n, ms(rank(sorted, n, 0.50)), ms(rank(sorted, n, 0.90)), ms(rank(sorted, n, 0.99)),
					ms(rank(sorted, n, 0.999)), ms(sorted[n - 1]), sum / n / 1e6);
		}

		static long rank(long[] sorted, int n, double p) {
			int index = (int) Math.ceil(p * n) - 1;
			return sorted[Math.max(0, Math.min(n - 1, index))];
		}

		static double ms(long nanos) {
			return nanos / 1e6;
		}

	}

	// ------------------------------------------------------------------ running

	final HttpClient client;

	final String base;

	final Samples samples;

	final Duration timeout;

	final long maxRequests;

	final long seed;

	Load(String base, Samples samples, Duration timeout, long maxRequests, long seed) {
		this.base = base;
		this.samples = samples;
		this.timeout = timeout;
		this.maxRequests = maxRequests;
		this.seed = seed;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	/** The outcome of one run of one question at one client count. */
	record Run(int clients, double seconds, Recorder merged) {
	}

	Run run(Question question, int clients, double seconds, long runSeed) throws InterruptedException {
		AtomicLong issued = new AtomicLong();
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		Recorder[] recorders = new Recorder[clients];
		Thread[] threads = new Thread[clients];
		List<Map.Entry<String, Double>> mix = new ArrayList<>(new TreeMap<>(question.mix()).entrySet());
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			Recorder recorder = new Recorder();
			recorders[c] = recorder;
			SplittableRandom random = new SplittableRandom(runSeed * 1_000_003L + c);
			threads[c] = Thread.ofVirtual().start(() -> {
				while (System.nanoTime() < deadline && issued.incrementAndGet() <= this.maxRequests) {
					String kind = choose(mix, random);
					String path = path(kind, this.samples, random);
					HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
						.timeout(this.timeout)
						.header("Accept", "application/json")
						.GET()
						.build();
					long t0 = System.nanoTime();
					try {
						HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
						recorder.record(kind, System.nanoTime() - t0, response.statusCode(), path, response.body().length);
					}
					catch (IOException ex) {
						recorder.failed(kind, System.nanoTime() - t0, ex, path);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		Recorder merged = new Recorder();
		for (Recorder r : recorders) {
			r.counts.forEach((kind, n) -> {
				long[] values = r.latencies.get(kind);
				long[] into = merged.latencies.get(kind);
				int have = merged.counts.getOrDefault(kind, 0);
				into = (into == null) ? new long[n] : Arrays.copyOf(into, have + n);
				System.arraycopy(values, 0, into, have, n);
				merged.latencies.put(kind, into);
				merged.counts.put(kind, have + n);
			});
			r.statuses.forEach((k, v) -> merged.statuses.merge(k, v, Long::sum));
			r.exceptions.forEach((k, v) -> merged.exceptions.merge(k, v, Long::sum));
			merged.errors += r.errors;
			merged.bytes += r.bytes;
			r.slowest.forEach((s) -> keepSlowest(merged.slowest, s));
		}
		return new Run(clients, elapsed, merged);
	}

	static String choose(List<Map.Entry<String, Double>> mix, SplittableRandom random) {
		if (mix.size() == 1) {
			return mix.get(0).getKey();
		}
		double r = random.nextDouble();
		for (Map.Entry<String, Double> entry : mix) {
			r -= entry.getValue();
			if (r < 0) {
				return entry.getKey();
			}
		}
		return mix.get(mix.size() - 1).getKey();
	}

	String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).timeout(this.timeout).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return (response.statusCode() == 200) ? response.body() : null;
	}

	// ------------------------------------------------------------------ process figures

	/** VmRSS and VmHWM of a process, in MiB, from /proc; empty when unknown. */
	static Map<String, Double> memory(long pid) {
		Map<String, Double> memory = new LinkedHashMap<>();
		if (pid <= 0) {
			return memory;
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				for (String key : List.of("VmRSS", "VmHWM")) {
					if (line.startsWith(key + ":")) {
						String kb = line.substring(key.length() + 1).replace("kB", "").strip();
						memory.put(key.equals("VmRSS") ? "rssMiB" : "hwmMiB", Long.parseLong(kb) / 1024.0);
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process is gone or /proc is not there: no figure
		}
		return memory;
	}

	/**
	 * The kernel's clock ticks per second, the unit of the CPU times in /proc/PID/stat
	 * ({@code getconf CLK_TCK}: 100 on most Linux builds, but not all); -1 when getconf cannot tell.
	 */
	static final long CLOCK_TICKS = clockTicksPerSecond();

	static long clockTicksPerSecond() {
		try {
			Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return (getconf.waitFor() == 0) ? Long.parseLong(out) : -1;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** User + system CPU seconds of a process from /proc/PID/stat, or -1 when unknown. */
	static double cpuSeconds(long pid) {
		if (pid <= 0) {
			return -1;
		}
		try {
			return cpuSeconds(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), CLOCK_TICKS);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** User + system CPU seconds in the text of a /proc/PID/stat, whose times are in clock ticks; -1 when unknown. */
	static double cpuSeconds(String stat, long ticksPerSecond) {
		if (ticksPerSecond <= 0) {
			return -1;
		}
		// The command name, in parentheses, may hold spaces and parentheses itself: the fields start after the last ')'.
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		// after "pid (comm) ": state is field 3, utime 14, stime 15 (1-based in proc(5))
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) ticksPerSecond;
	}

	static double ownCpuSeconds() {
		var os = ManagementFactory.getOperatingSystemMXBean();
		if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
			return sun.getProcessCpuTime() / 1e9;
		}
		return -1;
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "";
		}
	}

	// ------------------------------------------------------------------ JSON by hand

	static String json(Object value) {
		StringBuilder out = new StringBuilder();
		write(out, value, 0);
		return out.append('\n').toString();
	}

	/** Raw JSON text to embed as is (the service's own answers). */
	record Raw(String json) {
	}

	@SuppressWarnings("unchecked")
	static void write(StringBuilder out, Object value, int indent) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Raw raw) {
			out.append(raw.json().strip());
		}
		else if (value instanceof String s) {
			quote(out, s);
		}
		else if (value instanceof Double d) {
			out.append((d.isNaN() || d.isInfinite()) ? "null" : String.format(Locale.ROOT, "%.3f", d));
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
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				out.append((i == 0) ? "" : ", ");
				write(out, list.get(i), indent + 1);
			}
			out.append(']');
		}
		else {
			quote(out, value.toString());
		}
	}

	static void quote(StringBuilder out, String s) {
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

	static Map<String, Object> describe(Run run) {
		Map<String, Object> level = new LinkedHashMap<>();
		Recorder r = run.merged();
		long requests = r.requests();
		long[] all = new long[(int) requests];
		int at = 0;
		Map<String, Object> byKind = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> entry : r.counts.entrySet()) {
			long[] values = r.latencies.get(entry.getKey());
			int n = entry.getValue();
			System.arraycopy(values, 0, all, at, n);
			at += n;
			Arrays.sort(values, 0, n);
			byKind.put(entry.getKey(), figures(Figures.of(values, n), run.seconds()));
		}
		Arrays.sort(all);
		level.put("clients", run.clients());
		level.put("seconds", run.seconds());
		level.putAll(figures(Figures.of(all, all.length), run.seconds()));
		long failed = r.exceptions.values().stream().mapToLong(Long::longValue).sum();
		level.put("failed", failed);
		level.put("errors", r.errors);
		level.put("status", new LinkedHashMap<>(r.statuses));
		level.put("exceptions", new LinkedHashMap<>(r.exceptions));
		level.put("meanResponseBytes", requests == 0 ? 0 : r.bytes / requests);
		if (byKind.size() > 1) {
			level.put("byKind", byKind);
		}
		List<Slow> slowest = new ArrayList<>(r.slowest);
		slowest.sort((a, b) -> Long.compare(b.nanos(), a.nanos()));
		List<Object> slow = new ArrayList<>();
		for (Slow s : slowest) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("ms", s.nanos() / 1e6);
			entry.put("status", s.status());
			entry.put("path", s.path());
			slow.add(entry);
		}
		level.put("slowest", slow);
		return level;
	}

	static Map<String, Object> figures(Figures f, double seconds) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("requests", f.count());
		m.put("requestsPerSecond", f.count() / seconds);
		m.put("p50Ms", f.p50());
		m.put("p90Ms", f.p90());
		m.put("p99Ms", f.p99());
		m.put("p999Ms", f.p999());
		m.put("maxMs", f.max());
		m.put("meanMs", f.mean());
		return m;
	}

	// ------------------------------------------------------------------ main

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				usage("unexpected argument '" + args[i] + "'");
			}
			options.put(args[i].substring(2), args[++i]);
		}
		String base = options.getOrDefault("base", "");
		URI uri = URI.create(base.isEmpty() ? "http://invalid" : base);
		if (!"http".equals(uri.getScheme()) || !"127.0.0.1".equals(uri.getHost()) || uri.getPort() <= 0
				|| (uri.getPath() != null && !uri.getPath().isEmpty())) {
			usage("--base must be http://127.0.0.1:PORT (this tool talks to the local machine only), not '" + base + "'");
		}
		Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "30")));
		if (options.containsKey("wait-health")) {
			System.exit(waitForHealth(base, Long.parseLong(options.get("wait-health"))) ? 0 : 1);
		}
		if (!options.containsKey("samples") || !options.containsKey("out")) {
			usage("--samples and --out are needed");
		}
		Samples samples = Samples.read(Path.of(options.get("samples")));
		int[] clientCounts = Arrays.stream(options.getOrDefault("clients", "1,8,32").split(","))
			.map(String::strip)
			.mapToInt(Integer::parseInt)
			.toArray();
		for (int c : clientCounts) {
			if (c < 1 || c > 512) {
				usage("client counts must be between 1 and 512");
			}
		}
		double duration = Double.parseDouble(options.getOrDefault("duration", "20"));
		double warmup = Double.parseDouble(options.getOrDefault("warmup", "5"));
		double prewarm = Double.parseDouble(options.getOrDefault("prewarm", "0"));
		long maxRequests = Long.parseLong(options.getOrDefault("max-requests", "200000"));
		long pid = Long.parseLong(options.getOrDefault("pid", "0"));
		long seed = Long.parseLong(options.getOrDefault("seed", "1"));
		List<String> names = new ArrayList<>();
		String asked = options.getOrDefault("questions", "all");
		if (asked.equals("all")) {
			names.addAll(QUESTIONS.keySet());
		}
		else {
			for (String name : asked.split(",")) {
				if (!QUESTIONS.containsKey(name.strip())) {
					usage("unknown question '" + name + "'; known: " + String.join(", ", QUESTIONS.keySet()));
				}
				names.add(name.strip());
			}
		}
		int maxClients = Arrays.stream(clientCounts).max().orElse(1);
		Load load = new Load(base, samples, timeout, maxRequests, seed);

		Map<String, Object> result = new LinkedHashMap<>();
		result.put("base", base);
		result.put("clients", Arrays.stream(clientCounts).boxed().toList());
		result.put("durationSeconds", duration);
		result.put("warmupSeconds", warmup);
		result.put("prewarmSecondsPerQuestion", prewarm);
		result.put("maxRequestsPerRun", maxRequests);
		result.put("timeoutSeconds", timeout.toSeconds());
		result.put("loadAverageAtStart", loadAverage());
		String stats = load.get("/api/stats");
		result.put("serviceStats", (stats != null && stats.strip().startsWith("{")) ? new Raw(stats) : null);
		result.put("serviceMemoryAtStart", memory(pid));
		Map<String, Object> questions = new LinkedHashMap<>();
		long runSeed = seed;
		if (prewarm > 0) {
			// A service just started has a cold page cache and code the JIT has not compiled yet; every
			// question is asked for a while first, so that the runs measure the steady state.
			long requests = 0;
			long errors = 0;
			for (String name : names) {
				Recorder warm = load.run(QUESTIONS.get(name), maxClients, prewarm, ++runSeed).merged();
				requests += warm.requests();
				errors += warm.errors;
			}
			result.put("prewarm", Map.of("secondsPerQuestion", prewarm, "clients", maxClients, "requests", requests,
					"errors", errors));
			System.err.printf(Locale.ROOT, "pre-warm: every question for %.0f s at %d clients, %d requests, %d errors%n",
					prewarm, maxClients, requests, errors);
		}
		result.put("questions", questions);
		for (String name : names) {
			Question question = QUESTIONS.get(name);
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("description", question.description());
			if (question.mix().size() == 1) {
				entry.put("example", path(name, samples, new SplittableRandom(seed)));
			}
			if (warmup > 0) {
				Run warm = load.run(question, maxClients, warmup, ++runSeed);
				Recorder w = warm.merged();
				long n = w.requests();
				entry.put("warmup", Map.of("clients", maxClients, "requests", n, "errors", w.errors));
				System.err.printf(Locale.ROOT, "%-24s warm-up: %d requests at %d clients, %d errors%n", name, n, maxClients,
						w.errors);
			}
			List<Object> levels = new ArrayList<>();
			for (int clients : clientCounts) {
				double serviceCpu = cpuSeconds(pid);
				double ownCpu = ownCpuSeconds();
				Run run = load.run(question, clients, duration, ++runSeed);
				Map<String, Object> level = describe(run);
				if (serviceCpu >= 0) {
					level.put("serviceCpuSeconds", cpuSeconds(pid) - serviceCpu);
				}
				level.put("loadGeneratorCpuSeconds", ownCpuSeconds() - ownCpu);
				level.put("serviceMemory", memory(pid));
				level.put("loadAverage", loadAverage());
				levels.add(level);
				System.err.printf(Locale.ROOT, "%-24s %3d clients: %7d requests %8.1f/s  p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms  errors %d  %s%n",
						name, clients, level.get("requests"), level.get("requestsPerSecond"), level.get("p50Ms"),
						level.get("p99Ms"), level.get("maxMs"), level.get("errors"), level.get("status"));
			}
			entry.put("levels", levels);
			questions.put(name, entry);
		}
		result.put("serviceMemoryAtEnd", memory(pid));
		result.put("loadAverageAtEnd", loadAverage());
		Files.writeString(Path.of(options.get("out")), json(result), StandardCharsets.UTF_8);
	}

	static boolean waitForHealth(String base, long seconds) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return true;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		return false;
	}

	static void usage(String problem) {
		System.err.println("Load: " + problem);
		System.err.println(
				"usage: java Load.java --base http://127.0.0.1:PORT --samples sample-ids.txt --out load.json [--clients 1,8,32] [--duration 20] [--warmup 5] [--prewarm 0] [--questions all|q1,q2] [--max-requests 200000] [--timeout 30] [--pid PID] [--seed 1]");
		System.err.println("       java Load.java --base http://127.0.0.1:PORT --wait-health SECONDS");
		System.exit(2);
	}

}
