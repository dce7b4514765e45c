import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.EOFException;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ensemble beside the peers of the shared peers harness ({@code ../shared/peers}): the same prepared data, the
 * same sampled inputs, answers in the peers' canonical shapes and timings in the peers' results format.
 *
 * <pre>
 * java bench/src/Peers.java convert DIR OUT.jsonl
 * java bench/src/Peers.java drive --base http://127.0.0.1:PORT --data DIR --label L --answers ANSWERS.json
 *      --out RESULT.json [--clients 8] [--phase-cap-s 40] [--timeout-s 60] [--consistency-budget-s 90]
 *      [--prewarm-s 0] [--questions collaborators,together,pairings,reunions,path,network] [--no-bench]
 *      [--pid SERVICE_PID] [--load-json FILE]
 * </pre>
 *
 * {@code convert} turns the prepared CSV (people.csv, works.csv, credits.csv) into Ensemble's JSON Lines import
 * format, one line per work. The peers' numeric ids become {@code p0000000123} (people) and {@code w0000000456}
 * (works): zero-padded to ten digits, so that Ensemble's string order of ids is the peers' numeric order (both
 * break ties by id), and mapped back by dropping the letter.
 *
 * {@code drive} asks the running service the {@code cons} inputs of samples.tsv (each distinct input once, as the
 * peers' driver does) and writes the answers in the peers' answers format; then, unless {@code --no-bench},
 * measures the {@code warm} (1 client, cap/2), {@code c1} (1 client) and {@code c8} (N clients) inputs of every
 * question with the peers' rules: inputs in order, shared by the clients, no new request after the cap,
 * nearest-rank percentiles. A request is timed from {@code send} to the last byte of the body, over the JDK's
 * HttpClient (HTTP/1.1 keep-alive, one client per thread), to 127.0.0.1 only.
 */
public final class Peers {

	static final String[] QUESTIONS = { "collaborators", "together", "pairings", "reunions", "path", "network" };

	/** How each question is asked of Ensemble, and where its definition differs from the peers'. */
	static final Map<String, String> MAPPING = new LinkedHashMap<>();

	static {
		MAPPING.put("collaborators", "GET /api/people/{p}/collaborators?limit=50 (role=actor: &with=actor, the collaborator's role)");
		MAPPING.put("together", "GET /api/together?people={a},{b}");
		MAPPING.put("pairings", "GET /api/pairings?roles={ra},{rb}&minShared={n}&limit=100 (actor,actor: &topBilled=10); "
				+ "an (r, r) pair is presented as the peers do (lower name first, then lower id) and the page re-sorted "
				+ "in their order: Ensemble orients it by id; the 100 pairs of the page are Ensemble's own");
		MAPPING.put("reunions", "GET /api/works/{w}/reunions?topBilled=10: pairs, oriented and sorted as the peers' Canon.pairs");
		MAPPING.put("path", "GET /api/paths?from={a}&to={b}&maxHops=6 (404 = no path: hops null)");
		MAPPING.put("network", "GET /api/network?people={p}&depth=1&limit=200; a node's shared = the weight of its tie to the ego; "
				+ "nodes after the ego listed in the peers' order (shared desc, name, id): Ensemble's drawing lists them "
				+ "by (shared desc, id); which 199 are kept is Ensemble's own choice (ties at the cut broken by id, "
				+ "the peers' by name)");
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			usage("a subcommand is needed");
		}
		switch (args[0]) {
			case "convert" -> {
				if (args.length != 3) {
					usage("convert DIR OUT.jsonl");
				}
				convert(Path.of(args[1]), Path.of(args[2]));
			}
			case "drive" -> drive(Arrays.copyOfRange(args, 1, args.length));
			default -> usage("unknown subcommand '" + args[0] + "'");
		}
	}

	static void usage(String problem) {
		System.err.println("Peers: " + problem);
		System.err.println("usage: java Peers.java convert DIR OUT.jsonl");
		System.err.println("       java Peers.java drive --base http://127.0.0.1:PORT --data DIR --label L --answers ANSWERS.json"
				+ " --out RESULT.json [--clients 8] [--phase-cap-s 40] [--timeout-s 60] [--consistency-budget-s 90]"
				+ " [--prewarm-s 0] [--questions q1,q2] [--no-bench] [--pid PID] [--load-json FILE]");
		System.exit(2);
	}

	static void log(String s) {
		System.err.println(Instant.now() + " " + s);
	}

	// ================================================================== ids

	static String personId(long id) {
		return "p" + pad(id);
	}

	static String workId(long id) {
		return "w" + pad(id);
	}

	static String pad(long id) {
		if (id < 0) {
			throw new IllegalArgumentException("negative id " + id);
		}
		String digits = Long.toString(id);
		return (digits.length() >= 10) ? digits : "0".repeat(10 - digits.length()) + digits;
	}

	/** The peers' numeric id of an Ensemble id written by {@link #personId} or {@link #workId}. */
	static long numeric(String id) {
		if (id == null || id.length() < 2 || (id.charAt(0) != 'p' && id.charAt(0) != 'w')) {
			throw new IllegalStateException("not an id this program wrote: " + id);
		}
		return Long.parseLong(id.substring(1));
	}

	// ================================================================== convert

	/** RFC 4180 records of the prepared files: strings quoted, numbers bare, an empty unquoted field is null. */
	static final class Csv implements AutoCloseable {

		final BufferedReader in;

		final String file;

		long line = 1;

		Csv(Path path) throws IOException {
			this.in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
			this.file = path.toString();
		}

		/** The next record of n fields, or null at the end. */
		String[] next(int n) throws IOException {
			int c = this.in.read();
			if (c == -1) {
				return null;
			}
			String[] fields = new String[n];
			StringBuilder sb = new StringBuilder();
			for (int i = 0; i < n; i++) {
				sb.setLength(0);
				boolean quoted = false;
				if (c == '"') {
					quoted = true;
					while (true) {
						c = this.in.read();
						if (c == -1) {
							throw new EOFException(this.file + ":" + this.line + ": a quoted field runs to the end of the file");
						}
						if (c == '"') {
							c = this.in.read();
							if (c != '"') {
								break;
							}
						}
						if (c == '\n') {
							this.line++;
						}
						sb.append((char) c);
					}
				}
				else {
					while (c != ',' && c != '\n' && c != '\r' && c != -1) {
						sb.append((char) c);
						c = this.in.read();
					}
				}
				fields[i] = (quoted || sb.length() > 0) ? sb.toString() : null;
				if (i < n - 1) {
					if (c != ',') {
						throw new IOException(this.file + ":" + this.line + ": expected " + n + " fields");
					}
					c = this.in.read();
				}
			}
			if (c == '\r') {
				c = this.in.read();
			}
			if (c != '\n' && c != -1) {
				throw new IOException(this.file + ":" + this.line + ": expected the end of the record");
			}
			this.line++;
			return fields;
		}

		void header(String expected) throws IOException {
			String[] fields = next(expected.split(",").length);
			if (fields == null || !String.join(",", fields).equals(expected)) {
				throw new IOException(this.file + ": the header is not " + expected);
			}
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

	static final String[] ROLES = { "director", "actor", "composer" };

	static void convert(Path dir, Path out) throws IOException {
		for (String name : List.of("people.csv", "works.csv", "credits.csv")) {
			if (!Files.isRegularFile(dir.resolve(name))) {
				throw new IOException(dir + " has no " + name + " (a folder prepared by ../shared/peers/prep.py is needed)");
			}
		}
		long t0 = System.nanoTime();
		Map<Long, String> names = new HashMap<>();
		int blankNames = 0;
		long maxId = 0;
		try (Csv csv = new Csv(dir.resolve("people.csv"))) {
			csv.header("person_id,name");
			String[] f;
			while ((f = csv.next(2)) != null) {
				long id = Long.parseLong(f[0]);
				maxId = Math.max(maxId, id);
				String name = f[1];
				if (name == null || name.isBlank()) {
					// Ensemble refuses a blank name (and the whole line with it): name the person by the id
					blankNames++;
					name = personId(id);
				}
				names.put(id, name);
			}
		}
		long[] wids = new long[1 << 16];
		String[] titles = new String[wids.length];
		String[] dates = new String[wids.length];
		int works = 0;
		int blankTitles = 0;
		int badDates = 0;
		try (Csv csv = new Csv(dir.resolve("works.csv"))) {
			csv.header("work_id,title,release_date");
			String[] f;
			while ((f = csv.next(3)) != null) {
				if (works == wids.length) {
					wids = Arrays.copyOf(wids, works * 2);
					titles = Arrays.copyOf(titles, works * 2);
					dates = Arrays.copyOf(dates, works * 2);
				}
				wids[works] = Long.parseLong(f[0]);
				maxId = Math.max(maxId, wids[works]);
				String title = f[1];
				if (title == null || title.isBlank()) {
					blankTitles++;
					title = workId(wids[works]);
				}
				titles[works] = title;
				String date = f[2];
				if (date != null) {
					try {
						int year = LocalDate.parse(date).getYear();
						if (year < 1000 || year > 2200) {
							throw new IllegalArgumentException();
						}
					}
					catch (RuntimeException ex) {
						badDates++;
						date = null;
					}
				}
				dates[works] = date;
				works++;
			}
		}
		// works.csv is sorted by id (prep.py); index them anyway
		Map<Long, Integer> workIndex = new HashMap<>(works * 2);
		for (int i = 0; i < works; i++) {
			workIndex.put(wids[i], i);
		}
		// credits, bucketed by work (counting sort: no boxing of millions of rows)
		int n = 0;
		long[] person = new long[1 << 20];
		int[] work = new int[person.length];
		byte[] role = new byte[person.length];
		int[] billing = new int[person.length];
		try (Csv csv = new Csv(dir.resolve("credits.csv"))) {
			csv.header("person_id,work_id,role,billing");
			String[] f;
			while ((f = csv.next(4)) != null) {
				if (n == person.length) {
					person = Arrays.copyOf(person, n * 2);
					work = Arrays.copyOf(work, n * 2);
					role = Arrays.copyOf(role, n * 2);
					billing = Arrays.copyOf(billing, n * 2);
				}
				person[n] = Long.parseLong(f[0]);
				Integer w = workIndex.get(Long.parseLong(f[1]));
				if (w == null) {
					throw new IOException("credits.csv:" + (csv.line - 1) + ": work " + f[1] + " is not in works.csv");
				}
				if (!names.containsKey(person[n])) {
					throw new IOException("credits.csv:" + (csv.line - 1) + ": person " + f[0] + " is not in people.csv");
				}
				work[n] = w;
				role[n] = (byte) Arrays.asList(ROLES).indexOf(f[2]);
				if (role[n] < 0) {
					throw new IOException("credits.csv:" + (csv.line - 1) + ": role " + f[2]);
				}
				billing[n] = (f[3] == null) ? -1 : Integer.parseInt(f[3]);
				n++;
			}
		}
		int[] start = new int[works + 1];
		for (int i = 0; i < n; i++) {
			start[work[i] + 1]++;
		}
		for (int w = 0; w < works; w++) {
			start[w + 1] += start[w];
		}
		int[] order = new int[n];
		int[] fill = Arrays.copyOf(start, works);
		for (int i = 0; i < n; i++) {
			order[fill[work[i]]++] = i;
		}
		StringBuilder line = new StringBuilder(4096);
		try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			for (int w = 0; w < works; w++) {
				// directors, then the cast by billing, then composers; ties by person id
				final long[] fp = person;
				final byte[] fr = role;
				final int[] fb = billing;
				Integer[] credits = new Integer[start[w + 1] - start[w]];
				for (int k = 0; k < credits.length; k++) {
					credits[k] = order[start[w] + k];
				}
				Arrays.sort(credits, (x, y) -> (fr[x] != fr[y]) ? Byte.compare(fr[x], fr[y])
						: (fb[x] != fb[y]) ? Integer.compare(fb[x], fb[y]) : Long.compare(fp[x], fp[y]));
				line.setLength(0);
				line.append("{\"id\":\"").append(workId(wids[w])).append("\",\"title\":");
				quote(line, titles[w]);
				line.append(",\"kind\":\"movie\"");
				if (dates[w] != null) {
					line.append(",\"released\":\"").append(dates[w]).append('"');
				}
				line.append(",\"credits\":[");
				for (int k = 0; k < credits.length; k++) {
					int c = credits[k];
					line.append((k == 0) ? "" : ",").append("{\"person\":{\"id\":\"").append(personId(person[c])).append("\",\"name\":");
					quote(line, names.get(person[c]));
					line.append("},\"role\":\"").append(ROLES[role[c]]).append('"');
					if (billing[c] >= 0) {
						line.append(",\"billing\":").append(billing[c]);
					}
					line.append('}');
				}
				line.append("]}\n");
				writer.append(line);
			}
		}
		long people = names.size();
		System.err.printf(Locale.ROOT, "convert: %d works, %d credits, %d people -> %s in %.1f s%n", works, n, people, out,
				(System.nanoTime() - t0) / 1e9);
		if (blankNames > 0 || blankTitles > 0 || badDates > 0) {
			System.err.printf(Locale.ROOT,
					"convert: WARNING %d blank names and %d blank titles named by their ids (Ensemble refuses blanks), %d dates outside 1000-2200 or unreadable left out%n",
					blankNames, blankTitles, badDates);
		}
		if (maxId >= 10_000_000_000L) {
			System.err.println("convert: WARNING ids over ten digits: Ensemble's string order of ids is no longer numeric for them");
		}
	}

	// ================================================================== JSON

	/** A small JSON reader: objects as LinkedHashMap, arrays as ArrayList, integers as Long, other numbers as Double. */
	static final class JsonReader {

		final String s;

		int i;

		JsonReader(String s) {
			this.s = s;
		}

		static Object parse(String text) {
			JsonReader r = new JsonReader(text);
			Object value = r.value();
			r.space();
			if (r.i != r.s.length()) {
				throw r.error("text after the value");
			}
			return value;
		}

		IllegalArgumentException error(String what) {
			return new IllegalArgumentException("JSON: " + what + " at " + this.i);
		}

		void space() {
			while (this.i < this.s.length() && " \t\r\n".indexOf(this.s.charAt(this.i)) >= 0) {
				this.i++;
			}
		}

		Object value() {
			space();
			if (this.i >= this.s.length()) {
				throw error("unexpected end");
			}
			char c = this.s.charAt(this.i);
			switch (c) {
				case '{' -> {
					Map<String, Object> map = new LinkedHashMap<>();
					this.i++;
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
					List<Object> list = new ArrayList<>();
					this.i++;
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
					for (String word : List.of("true", "false", "null")) {
						if (this.s.startsWith(word, this.i)) {
							this.i += word.length();
							return word.equals("null") ? null : Boolean.valueOf(word);
						}
					}
					return number();
				}
			}
		}

		boolean peek(char c) {
			if (this.i < this.s.length() && this.s.charAt(this.i) == c) {
				this.i++;
				return true;
			}
			return false;
		}

		void expect(char c) {
			if (!peek(c)) {
				throw error("expected '" + c + "'");
			}
		}

		String string() {
			expect('"');
			StringBuilder sb = new StringBuilder();
			while (true) {
				if (this.i >= this.s.length()) {
					throw error("unterminated string");
				}
				char c = this.s.charAt(this.i++);
				if (c == '"') {
					return sb.toString();
				}
				if (c != '\\') {
					sb.append(c);
					continue;
				}
				char e = this.s.charAt(this.i++);
				switch (e) {
					case '"', '\\', '/' -> sb.append(e);
					case 'b' -> sb.append('\b');
					case 'f' -> sb.append('\f');
					case 'n' -> sb.append('\n');
					case 'r' -> sb.append('\r');
					case 't' -> sb.append('\t');
					case 'u' -> {
						sb.append((char) Integer.parseInt(this.s.substring(this.i, this.i + 4), 16));
						this.i += 4;
					}
					default -> throw error("bad escape \\" + e);
				}
			}
		}

		Object number() {
			int from = this.i;
			boolean integral = true;
			while (this.i < this.s.length() && "+-0123456789.eE".indexOf(this.s.charAt(this.i)) >= 0) {
				integral &= Character.isDigit(this.s.charAt(this.i)) || this.s.charAt(this.i) == '-';
				this.i++;
			}
			if (from == this.i) {
				throw error("unexpected character '" + this.s.charAt(this.i) + "'");
			}
			String text = this.s.substring(from, this.i);
			return integral ? (Object) Long.valueOf(text) : (Object) Double.valueOf(text);
		}

	}

	/** JSON text, in the shape of the peers' files (one level of indentation, answers on one line). */
	static String json(Object value) {
		StringBuilder out = new StringBuilder();
		write(out, value, 0);
		return out.append('\n').toString();
	}

	static void write(StringBuilder out, Object value, int depth) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof String s) {
			quote(out, s);
		}
		else if (value instanceof Double d) {
			out.append((d.isNaN() || d.isInfinite()) ? "null" : String.format(Locale.ROOT, "%.4f", d));
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				out.append(first ? "" : ",");
				if (depth < 2) {
					out.append('\n').append("  ".repeat(depth + 1));
				}
				quote(out, String.valueOf(e.getKey()));
				out.append(':');
				write(out, e.getValue(), depth + 1);
				first = false;
			}
			if (depth < 2 && !map.isEmpty()) {
				out.append('\n').append("  ".repeat(depth));
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int k = 0; k < list.size(); k++) {
				out.append((k == 0) ? "" : ",");
				write(out, list.get(k), depth + 3);
			}
			out.append(']');
		}
		else {
			quote(out, value.toString());
		}
	}

	static void quote(StringBuilder out, String s) {
		out.append('"');
		for (int k = 0; k < s.length(); k++) {
			char c = s.charAt(k);
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

	@SuppressWarnings("unchecked")
	static Map<String, Object> obj(Object o) {
		return (Map<String, Object>) o;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object o) {
		return (o == null) ? List.of() : (List<Object>) o;
	}

	static long num(Object o) {
		return ((Number) o).longValue();
	}

	// ================================================================== the questions over HTTP

	record Task(String q, String[] args) {
	}

	/** A non-2xx answer the question does not expect. */
	static final class HttpError extends Exception {

		private static final long serialVersionUID = 1L;

		HttpError(int status, String body) {
			super("HTTP " + status + ": " + ((body.length() > 300) ? body.substring(0, 300) : body));
		}

	}

	/** One client of the service: its own HttpClient, used by one thread at a time. */
	static final class Client {

		final HttpClient http;

		final String base;

		final Duration timeout;

		Client(String base, Duration timeout) {
			this.base = base;
			this.timeout = timeout;
			this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
		}

		HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(this.timeout)
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}

		/** The parsed answer; null for a 404 where the question allows it (no path). */
		Object json(String path, boolean notFoundIsAnswer) throws Exception {
			HttpResponse<byte[]> response = get(path);
			String body = new String(response.body(), StandardCharsets.UTF_8);
			if (response.statusCode() == 404 && notFoundIsAnswer) {
				return null;
			}
			if (response.statusCode() != 200) {
				throw new HttpError(response.statusCode(), body);
			}
			return JsonReader.parse(body);
		}

	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/** The request of a task; the same for its answer and its timing. */
	static String request(Task t) {
		String[] x = t.args();
		return switch (t.q()) {
			case "collaborators" -> "/api/people/" + personId(Long.parseLong(x[0])) + "/collaborators?limit=50"
					+ ((x.length > 1 && !x[1].equals("-")) ? "&with=" + enc(x[1]) : "");
			case "together" -> "/api/together?people=" + personId(Long.parseLong(x[0])) + "," + personId(Long.parseLong(x[1]));
			case "pairings" -> "/api/pairings?roles=" + enc(x[0]) + "," + enc(x[1]) + "&minShared=" + Integer.parseInt(x[2])
					+ "&limit=100" + ((x[0].equals(x[1]) && x[0].equals("actor")) ? "&topBilled=10" : "");
			case "reunions" -> "/api/works/" + workId(Long.parseLong(x[0])) + "/reunions?topBilled=10";
			case "path" -> "/api/paths?from=" + personId(Long.parseLong(x[0])) + "&to=" + personId(Long.parseLong(x[1]))
					+ "&maxHops=" + ((x.length > 2) ? Integer.parseInt(x[2]) : 6);
			case "network" -> "/api/network?people=" + personId(Long.parseLong(x[0])) + "&depth=1&limit="
					+ ((x.length > 1) ? Integer.parseInt(x[1]) : 200);
			default -> throw new IllegalArgumentException("unknown question " + t.q());
		};
	}

	/** A 404 from paths means "no path within the hops": an answer, not an error. */
	static boolean isError(String q, int status) {
		return status >= 400 && !(status == 404 && q.equals("path"));
	}

	/** The answer of a task in the canonical shape of the peers' Api.java. */
	static Object answer(Client c, Task t) throws Exception {
		String[] x = t.args();
		Object body = c.json(request(t), t.q().equals("path"));
		switch (t.q()) {
			case "collaborators" -> {
				List<Object> rows = new ArrayList<>();
				for (Object o : list(obj(body).get("collaborators"))) {
					Map<String, Object> p = obj(obj(o).get("person"));
					rows.add(List.of(numeric((String) p.get("id")), nameOf(p), num(obj(o).get("shared"))));
				}
				return rows;
			}
			case "together" -> {
				List<Object> rows = new ArrayList<>();
				for (Object o : list(obj(body).get("works"))) {
					Map<String, Object> w = obj(o);
					rows.add(Arrays.asList(numeric((String) w.get("id")), w.get("title"), w.get("released")));
				}
				return rows;
			}
			case "pairings" -> {
				List<List<Object>> rows = new ArrayList<>();
				for (Object o : list(obj(body).get("pairings"))) {
					Map<String, Object> a = obj(obj(o).get("a"));
					Map<String, Object> b = obj(obj(o).get("b"));
					rows.add(new ArrayList<>(Arrays.asList(numeric((String) a.get("id")), nameOf(a), numeric((String) b.get("id")),
							nameOf(b), num(obj(o).get("shared")))));
				}
				// an (r, r) pair is unordered: the peers name it lower name first and sort the page so
				return x[0].equals(x[1]) ? new ArrayList<>(canonPairs(rows)) : new ArrayList<>(rows);
			}
			case "reunions" -> {
				List<List<Object>> rows = new ArrayList<>();
				for (Object o : list(obj(body).get("pairs"))) {
					Map<String, Object> a = obj(obj(o).get("a"));
					Map<String, Object> b = obj(obj(o).get("b"));
					List<Long> works = new ArrayList<>();
					for (Object w : list(obj(o).get("works"))) {
						works.add(numeric((String) obj(w).get("id")));
					}
					works.sort(null);
					rows.add(new ArrayList<>(Arrays.asList(numeric((String) a.get("id")), nameOf(a), numeric((String) b.get("id")),
							nameOf(b), (long) works.size(), works)));
				}
				return new ArrayList<>(canonPairs(rows));
			}
			case "path" -> {
				Map<String, Object> res = new LinkedHashMap<>();
				if (body == null) {
					res.put("hops", null);
					res.put("path", null);
					return res;
				}
				List<Long> path = new ArrayList<>();
				for (Object step : list(obj(body).get("path"))) {
					path.add(numeric((String) obj(step).get("id")));
				}
				res.put("hops", num(obj(body).get("hops")));
				res.put("path", path);
				return res;
			}
			case "network" -> {
				String ego = personId(Long.parseLong(x[0]));
				Map<String, String> names = new LinkedHashMap<>();
				for (Object o : list(obj(body).get("nodes"))) {
					if ("person".equals(obj(o).get("type"))) {
						names.put((String) obj(o).get("id"), (String) obj(o).get("label"));
					}
				}
				Map<String, Long> shared = new HashMap<>();
				List<List<Object>> edges = new ArrayList<>();
				for (Object o : list(obj(body).get("edges"))) {
					Map<String, Object> e = obj(o);
					if (!"collaboration".equals(e.get("type"))) {
						continue;
					}
					String s = (String) e.get("source");
					String d = (String) e.get("target");
					long w = num(e.get("weight"));
					if (s.equals(ego)) {
						shared.put(d, w);
					}
					else if (d.equals(ego)) {
						shared.put(s, w);
					}
					long xs = numeric(s);
					long xd = numeric(d);
					edges.add(new ArrayList<>(List.of(Math.min(xs, xd), Math.max(xs, xd), w)));
				}
				edges.sort((p, q) -> (num(p.get(0)) != num(q.get(0))) ? Long.compare(num(p.get(0)), num(q.get(0)))
						: Long.compare(num(p.get(1)), num(q.get(1))));
				List<List<Object>> others = new ArrayList<>();
				for (Map.Entry<String, String> n : names.entrySet()) {
					if (!n.getKey().equals(ego)) {
						// a node without a tie to the ego cannot come from depth 1; -2 would show it
						others.add(Arrays.asList(numeric(n.getKey()), n.getValue(), shared.getOrDefault(n.getKey(), -2L)));
					}
				}
				others.sort((p, q) -> {
					int k = Long.compare(num(q.get(2)), num(p.get(2)));
					if (k == 0) {
						k = cmp((String) p.get(1), (String) q.get(1));
					}
					return (k != 0) ? k : Long.compare(num(p.get(0)), num(q.get(0)));
				});
				List<Object> nodes = new ArrayList<>();
				nodes.add(Arrays.asList(numeric(ego), names.getOrDefault(ego, ""), -1L));
				nodes.addAll(others);
				Map<String, Object> res = new LinkedHashMap<>();
				res.put("nodes", nodes);
				res.put("edges", edges);
				return res;
			}
			default -> throw new IllegalArgumentException(t.q());
		}
	}

	static String nameOf(Map<String, Object> person) {
		return (String) person.get("name");
	}

	/** The peers' Canon.pairs: each pair (lower name, then lower id) first; rows by count desc, names, ids. */
	static List<List<Object>> canonPairs(List<List<Object>> rows) {
		List<List<Object>> out = new ArrayList<>(rows.size());
		for (List<Object> r : rows) {
			List<Object> x = new ArrayList<>(r);
			String na = (String) x.get(1);
			String nb = (String) x.get(3);
			long ia = num(x.get(0));
			long ib = num(x.get(2));
			int c = cmp(nb, na);
			if (c < 0 || (c == 0 && ib < ia)) {
				x.set(0, ib);
				x.set(1, nb);
				x.set(2, ia);
				x.set(3, na);
			}
			out.add(x);
		}
		out.sort((p, q) -> {
			int c = Long.compare(num(q.get(4)), num(p.get(4)));
			if (c == 0) {
				c = cmp((String) p.get(1), (String) q.get(1));
			}
			if (c == 0) {
				c = cmp((String) p.get(3), (String) q.get(3));
			}
			if (c == 0) {
				c = Long.compare(num(p.get(0)), num(q.get(0)));
			}
			return (c != 0) ? c : Long.compare(num(p.get(2)), num(q.get(2)));
		});
		return out;
	}

	/** Code-point order (as Python and the peers), null last. */
	static int cmp(String a, String b) {
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : 1) : -1;
		}
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int x = a.codePointAt(i);
			int y = b.codePointAt(j);
			if (x != y) {
				return Integer.compare(x, y);
			}
			i += Character.charCount(x);
			j += Character.charCount(y);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	// ================================================================== drive

	static Map<String, Map<String, List<Task>>> readSamples(Path p) throws IOException {
		Map<String, Map<String, List<Task>>> m = new HashMap<>();
		for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\t");
			m.computeIfAbsent(f[0], (k) -> new HashMap<>())
				.computeIfAbsent(f[1], (k) -> new ArrayList<>())
				.add(new Task(f[0], Arrays.copyOfRange(f, 2, f.length)));
		}
		return m;
	}

	static Map<String, Object> answerEntry(Client c, Task t) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("q", t.q());
		m.put("args", Arrays.asList(t.args()));
		long t0 = System.nanoTime();
		try {
			m.put("answer", answer(c, t));
		}
		catch (Exception ex) {
			m.put("error", String.valueOf(ex));
		}
		m.put("ms", (System.nanoTime() - t0) / 1e6);
		return m;
	}

	static void drive(String[] argv) throws Exception {
		Map<String, String> a = new HashMap<>();
		Set<String> flags = new LinkedHashSet<>();
		for (int i = 0; i < argv.length; i++) {
			if (!argv[i].startsWith("--")) {
				usage("unexpected argument '" + argv[i] + "'");
			}
			if (argv[i].equals("--no-bench")) {
				flags.add("no-bench");
			}
			else if (i + 1 < argv.length) {
				a.put(argv[i].substring(2), argv[++i]);
			}
			else {
				usage("no value for " + argv[i]);
			}
		}
		for (String required : List.of("base", "data", "label", "answers", "out")) {
			if (!a.containsKey(required)) {
				usage("--" + required + " is needed");
			}
		}
		String base = a.get("base");
		URI uri = URI.create(base);
		if (!"http".equals(uri.getScheme()) || !"127.0.0.1".equals(uri.getHost()) || uri.getPort() <= 0
				|| (uri.getPath() != null && !uri.getPath().isEmpty())) {
			usage("--base must be http://127.0.0.1:PORT (this tool talks to the local machine only), not '" + base + "'");
		}
		Path data = Path.of(a.get("data"));
		if (!Files.isRegularFile(data.resolve("samples.tsv"))) {
			usage(data + " has no samples.tsv (a folder prepared by ../shared/peers/prep.py is needed)");
		}
		String label = a.get("label");
		int clients = Integer.parseInt(a.getOrDefault("clients", "8"));
		int cap = Integer.parseInt(a.getOrDefault("phase-cap-s", "40"));
		int timeout = Integer.parseInt(a.getOrDefault("timeout-s", "60"));
		int consBudget = Integer.parseInt(a.getOrDefault("consistency-budget-s", "90"));
		double prewarm = Double.parseDouble(a.getOrDefault("prewarm-s", "0"));
		long pid = Long.parseLong(a.getOrDefault("pid", "0"));
		List<String> only = Arrays.asList(a.getOrDefault("questions", String.join(",", QUESTIONS)).split(","));
		for (String q : only) {
			if (!Arrays.asList(QUESTIONS).contains(q)) {
				usage("unknown question '" + q + "'; known: " + String.join(",", QUESTIONS));
			}
		}
		boolean bench = !flags.contains("no-bench");
		Duration requestTimeout = Duration.ofSeconds(timeout);

		Map<String, Object> result = new LinkedHashMap<>();
		result.put("peer", "ensemble");
		result.put("data", label);
		result.put("started", Instant.now().toString());
		result.put("java", System.getProperty("java.version"));
		result.put("cores", Runtime.getRuntime().availableProcessors());
		Map<String, Object> load = new LinkedHashMap<>();
		if (a.containsKey("load-json")) {
			Object given = JsonReader.parse(Files.readString(Path.of(a.get("load-json"))));
			load.putAll(obj(given));
		}
		Client client = new Client(base, requestTimeout);
		Object stats = client.json("/api/stats", false);
		if (stats instanceof Map<?, ?> m) {
			// what Ensemble stored, in the peers' terms (the credits of the three roles; collaborations are Ensemble's own)
			load.putIfAbsent("people", m.get("people"));
			load.putIfAbsent("works", m.get("works"));
			long credits = 0;
			for (Object v : obj(m.get("credits")).values()) {
				credits += num(v);
			}
			load.putIfAbsent("credits", credits);
			load.putIfAbsent("collaborations", m.get("collaborations"));
		}
		result.put("load", load);
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("access", "HTTP/1.1 keep-alive over loopback (java.net.http.HttpClient, one per client thread), JSON bodies read whole");
		info.put("service_stats", stats);
		info.put("questions", MAPPING);
		result.put("peer_info", info);

		Map<String, Map<String, List<Task>>> samples = readSamples(data.resolve("samples.tsv"));
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("peer", "ensemble");
		answers.put("data", label);
		answers.put("mapping", MAPPING);
		List<Object> cons = new ArrayList<>();
		int errors = 0;
		for (String q : QUESTIONS) {
			Map<String, Map<String, Object>> done = new HashMap<>();
			long until = System.nanoTime() + consBudget * 1_000_000_000L;
			for (Task t : samples.getOrDefault(q, Map.of()).getOrDefault("cons", List.of())) {
				String key = String.join("\t", t.args());
				Map<String, Object> ans = done.get(key);
				if (ans == null) {
					if (System.nanoTime() > until) {
						ans = new LinkedHashMap<>();
						ans.put("q", t.q());
						ans.put("args", Arrays.asList(t.args()));
						ans.put("skipped", "consistency time budget used up");
					}
					else {
						ans = answerEntry(client, t);
						if (ans.containsKey("error")) {
							errors++;
							log("error: " + q + " " + String.join(" ", t.args()) + ": " + ans.get("error"));
						}
						done.put(key, ans);
					}
				}
				cons.add(ans);
			}
		}
		answers.put("consistency", cons);
		log("answered " + cons.size() + " consistency inputs (" + errors + " errors)");
		Path answersFile = Path.of(a.get("answers")).toAbsolutePath();
		Files.createDirectories(answersFile.getParent());
		Files.writeString(answersFile, json(answers), StandardCharsets.UTF_8);

		if (bench) {
			if (prewarm > 0) {
				// a service just started has a cold page cache and code the JIT has not compiled; the inputs of the
				// consistency and warm-up phases (never the measured ones) are asked round and round for a while
				Map<String, Object> pre = new LinkedHashMap<>();
				for (String q : QUESTIONS) {
					if (!only.contains(q)) {
						continue;
					}
					List<Task> tasks = new ArrayList<>();
					Map<String, List<Task>> s = samples.getOrDefault(q, Map.of());
					tasks.addAll(s.getOrDefault("cons", List.of()));
					tasks.addAll(s.getOrDefault("warm", List.of()));
					Map<String, Object> r = measure(base, requestTimeout, tasks, clients, prewarm, true, pid);
					Map<String, Object> figures = new LinkedHashMap<>();
					figures.put("seconds", prewarm);
					figures.put("clients", clients);
					figures.put("requests", r.get("done"));
					figures.put("errors", r.get("errors"));
					pre.put(q, figures);
					log("pre-warm " + q + ": " + r.get("done") + " requests, " + r.get("errors") + " errors");
				}
				result.put("prewarm", pre);
			}
			Map<String, Object> qs = new LinkedHashMap<>();
			for (String q : QUESTIONS) {
				if (!only.contains(q)) {
					continue;
				}
				Map<String, List<Task>> s = samples.get(q);
				Map<String, Object> qr = new LinkedHashMap<>();
				qr.put("warmup", measure(base, requestTimeout, s.get("warm"), 1, cap / 2, false, pid));
				qr.put("c1", measure(base, requestTimeout, s.get("c1"), 1, cap, false, pid));
				qr.put("c" + clients, measure(base, requestTimeout, s.get("c8"), clients, cap, false, pid));
				log(q + " " + qr);
				qs.put(q, qr);
			}
			result.put("questions", qs);
			Map<String, Object> settings = new LinkedHashMap<>();
			settings.put("clients", clients);
			settings.put("phase_cap_s", cap);
			settings.put("timeout_s", timeout);
			settings.put("samples_per_phase", 200);
			settings.put("warmup", 50);
			settings.put("prewarm_s_per_question", prewarm);
			result.put("settings", settings);
		}
		result.put("finished", Instant.now().toString());
		Path out = Path.of(a.get("out")).toAbsolutePath();
		Files.createDirectories(out.getParent());
		Files.writeString(out, json(result), StandardCharsets.UTF_8);
		log("wrote " + out + " and " + answersFile);
	}

	/**
	 * The peers' Main.measure over HTTP: the tasks in order, shared by {@code clients} threads, until all are done
	 * or {@code capS} seconds have passed (no request starts after that). With {@code cycle}, the tasks are asked
	 * round and round until the cap (the pre-warm).
	 */
	static Map<String, Object> measure(String base, Duration timeout, List<Task> tasks, int clients, double capS, boolean cycle,
			long pid) throws Exception {
		if (tasks == null) {
			tasks = List.of();
		}
		final List<Task> list = tasks;
		int planned = cycle ? Integer.MAX_VALUE : list.size();
		long[] lat = new long[cycle ? 1 << 20 : list.size()];
		String[] kinds = new String[lat.length];
		Arrays.fill(lat, -1);
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicReference<String> firstError = new AtomicReference<>();
		long deadline = System.nanoTime() + (long) (capS * 1e9);
		ExecutorService ex = Executors.newFixedThreadPool(clients);
		List<Client> cs = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			cs.add(new Client(base, timeout));
		}
		List<Future<?>> fs = new ArrayList<>();
		double cpu0 = cpuSeconds(pid);
		double own0 = ownCpuSeconds();
		long start = System.nanoTime();
		for (int i = 0; i < clients; i++) {
			Client c = cs.get(i);
			fs.add(ex.submit(() -> {
				int k;
				while (System.nanoTime() < deadline && (k = next.getAndIncrement()) < planned && !list.isEmpty()
						&& k < lat.length) {
					Task t = list.get(k % list.size());
					kinds[k] = t.q().equals("pairings") ? t.args()[0] + "," + t.args()[1] : null;
					String path = request(t);
					long t0 = System.nanoTime();
					try {
						HttpResponse<byte[]> response = c.get(path);
						long took = System.nanoTime() - t0;
						if (isError(t.q(), response.statusCode())) {
							errors.incrementAndGet();
							firstError.compareAndSet(null, "HTTP " + response.statusCode() + " " + path);
						}
						else {
							lat[k] = took;
						}
					}
					catch (Exception e) {
						errors.incrementAndGet();
						firstError.compareAndSet(null, e + " " + path);
					}
				}
				return null;
			}));
		}
		for (Future<?> f : fs) {
			f.get();
		}
		long wall = System.nanoTime() - start;
		double cpu1 = cpuSeconds(pid);
		double own1 = ownCpuSeconds();
		ex.shutdown();
		for (Client c : cs) {
			c.http.close();
		}
		long[] ok = Arrays.stream(lat).filter((v) -> v >= 0).sorted().toArray();
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("clients", clients);
		r.put("planned", cycle ? Math.min(next.get(), lat.length) : list.size());
		r.put("done", ok.length);
		r.put("errors", errors.get());
		if (firstError.get() != null) {
			r.put("first_error", firstError.get());
		}
		r.put("capped", !cycle && Math.min(next.get(), list.size()) < list.size());
		r.put("wall_s", wall / 1e9);
		if (ok.length > 0) {
			r.put("p50_ms", pct(ok, 0.50));
			r.put("p99_ms", pct(ok, 0.99));
			r.put("max_ms", ok[ok.length - 1] / 1e6);
			r.put("mean_ms", Arrays.stream(ok).average().orElse(0) / 1e6);
			r.put("rps", ok.length / (wall / 1e9));
		}
		Map<String, List<Long>> byKind = new LinkedHashMap<>();
		for (int i = 0; i < lat.length; i++) {
			if (lat[i] >= 0 && kinds[i] != null) {
				byKind.computeIfAbsent(kinds[i], (x) -> new ArrayList<>()).add(lat[i]);
			}
		}
		if (!byKind.isEmpty()) {
			// pairings' three role pairs are three questions of very different cost
			Map<String, Object> by = new LinkedHashMap<>();
			byKind.forEach((kind, values) -> {
				long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
				Map<String, Object> figures = new LinkedHashMap<>();
				figures.put("done", sorted.length);
				figures.put("p50_ms", pct(sorted, 0.5));
				figures.put("p99_ms", pct(sorted, 0.99));
				figures.put("max_ms", sorted[sorted.length - 1] / 1e6);
				by.put(kind, figures);
			});
			r.put("by_roles", by);
		}
		if (cpu0 >= 0 && cpu1 >= 0) {
			int requests = ok.length + errors.get();
			r.put("service_cpu_s", cpu1 - cpu0);
			if (requests > 0) {
				r.put("service_cpu_ms_per_req", (cpu1 - cpu0) * 1000 / requests);
			}
		}
		if (own0 >= 0) {
			r.put("driver_cpu_s", own1 - own0);
		}
		return r;
	}

	/** Nearest-rank percentile, in ms. */
	static double pct(long[] sorted, double p) {
		int i = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
	}

	// ================================================================== process figures (as Load.java)

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
		if (pid <= 0 || CLOCK_TICKS <= 0) {
			return -1;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// the command name, in parentheses, may hold spaces: the fields start after the last ')'
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	static double ownCpuSeconds() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime() / 1e9;
		}
		return -1;
	}

}
