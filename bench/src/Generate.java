import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.zip.GZIPOutputStream;

/**
 * Generates an IMDb-like data set in IMDb's non-commercial TSV format ({@code title.basics.tsv},
 * {@code title.principals.tsv}, {@code name.basics.tsv}, {@code title.episode.tsv}), seeded and reproducible, plus
 * {@code sample-ids.txt} (ids and queries for the load generator) and {@code summary.txt}.
 *
 * <pre>
 * java bench/src/Generate.java SCALE SEED OUTDIR [--gzip]      SCALE = tiny | tmdb | imdb
 * </pre>
 *
 * <p>
 * The model, in the order works are generated (chronologically, 1900 to 2025, more works each
 * year):
 * <ul>
 * <li>every person belongs to a pool (actors, directors, writers, producers, composers,
 * cinematographers, editors, other crew) with a "fame" drawn from a capped Pareto law and a career
 * of a Pareto-distributed number of years; a slot is filled by a new person or by an active
 * person drawn with probability proportional to fame (a Fenwick tree per pool), so credits per
 * person follow a power law (Zipf-like reuse) and people work in their era;</li>
 * <li>cast sizes follow a truncated power law whose exponent is solved for the scale's mean;</li>
 * <li>every director keeps a troupe (eight actors, a composer, a cinematographer, an editor, a
 * writer) and draws from it again on later films: real repeat pairings;</li>
 * <li>a small share of films are "islands": made by directors whose people appear nowhere else,
 * which gives the tail of small connected components beside the giant one;</li>
 * <li>series and miniseries with their episodes, about a quarter of the titles with principals as in
 * IMDb: a series has a recurring main cast (some of it credited on the series title itself, most of
 * it on many episodes), a rotation of directors and writers and a composer, and guests on each
 * episode; episode counts follow a truncated power law, so a few long-running series have hundreds;
 * episodes are linked to their series in {@code title.episode.tsv};</li>
 * <li>noise that the importer must skip: other title types, adult titles, categories that are not
 * collaborations (self, production_designer, …), missing years and names.</li>
 * </ul>
 * Output is streamed: memory holds a few primitive arrays per person (about 60 bytes each), never
 * the output. Only the JDK is used; all randomness comes from one SplitMix64 stream per purpose and
 * all arithmetic from {@link StrictMath}, so the same seed gives the same bytes on every JVM.
 */
public final class Generate {

	/** Bumped whenever the output for a given seed changes. */
	static final String VERSION = "2";

	/**
	 * @param meanCast the mean number of actors per film
	 * @param maxCast the biggest cast
	 * @param crewFactor more writers, producers and crew per film (TMDB lists whole crews)
	 * @param fameCap the most prolific actor's weight over the least's: a small world cannot have
	 * as long a tail as a big one, or one person would be in every film
	 * @param seriesTitles how many series, miniseries and episode titles together (about a quarter of the
	 * titles with principals, as in IMDb): series are made until their titles reach it
	 * @param meanEpisodes the mean number of episodes of a series (miniseries have 2 to 10)
	 * @param maxEpisodes the longest-running series' episodes
	 */
	record Scale(String name, int works, double meanCast, int maxCast, double crewFactor, double fameCap, int seriesTitles,
			double meanEpisodes, int maxEpisodes) {
	}

	static Scale scale(String name) {
		return switch (name) {
			// ~300 titles, ~3k credits: seconds end to end
			case "tiny" -> new Scale("tiny", 225, 5.5, 40, 1.0, 6, 75, 8, 60);
			// ~5k works, ~100k credits: the size of TMDB 5000, which has big casts and crews
			case "tmdb" -> new Scale("tmdb", 4_440, 14.5, 150, 1.7, 10, 1_530, 12, 400);
			// ~700k titles, ~5.6M credits, ~1.7M people: IMDb's feature films and series; casts up to 24,
			// since IMDb's principals list about ten people per title and pairs grow with the square of the team
			case "imdb" -> new Scale("imdb", 536_000, 3.9, 24, 1.0, 100, 185_000, 15, 2_000);
			default -> throw new IllegalArgumentException("unknown scale '" + name + "': tiny, tmdb or imdb");
		};
	}

	// Pools
	static final int ACTOR = 0, DIRECTOR = 1, WRITER = 2, PRODUCER = 3, COMPOSER = 4, CINEMATOGRAPHER = 5, EDITOR = 6,
			OTHER = 7;

	static final String[] PROFESSION = { "actor", "director,writer", "writer", "producer", "composer,music_department",
			"cinematographer,camera_department", "editor,editorial_department", "production_designer,art_department" };

	/** Probability that a slot filled from a pool gets a new person rather than an active one. */
	static final double[] P_NEW = { 0.42, 0.30, 0.38, 0.40, 0.22, 0.25, 0.25, 0.55 };

	/** Fame caps per pool, as a share of the scale's {@link Scale#fameCap}. */
	static final double[] FAME_CAP = { 1.0, 0.5, 0.5, 0.5, 0.7, 0.6, 0.6, 0.3 };

	static final int TROUPE = 12, TROUPE_ACTORS = 8, T_COMPOSER = 8, T_CINEMATOGRAPHER = 9, T_EDITOR = 10, T_WRITER = 11;

	static final int FIRST_YEAR = 1900, LAST_YEAR = 2025;

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: java Generate.java tiny|tmdb|imdb SEED OUTDIR [--gzip]");
			System.exit(2);
		}
		Scale scale = scale(args[0]);
		long seed = Long.parseLong(args[1]);
		Path out = Path.of(args[2]);
		boolean gzip = args.length > 3 && args[3].equals("--gzip");
		Files.createDirectories(out);
		long started = System.nanoTime();
		Generate generator = new Generate(scale, seed);
		String ext = gzip ? ".tsv.gz" : ".tsv";
		try (Writer titles = open(out.resolve("title.basics" + ext), gzip);
				Writer principals = open(out.resolve("title.principals" + ext), gzip);
				Writer episodes = open(out.resolve("title.episode" + ext), gzip);
				Writer names = open(out.resolve("name.basics" + ext), gzip)) {
			generator.run(titles, principals, episodes);
			generator.writeNames(names);
		}
		try (Writer samples = open(out.resolve("sample-ids.txt"), false)) {
			generator.writeSamples(samples);
		}
		String summary = generator.summary();
		Files.writeString(out.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
		System.out.print(summary);
		System.out.printf(Locale.ROOT, "seconds=%.1f%n", (System.nanoTime() - started) / 1e9);
	}

	static Writer open(Path path, boolean gzip) throws IOException {
		OutputStream stream = Files.newOutputStream(path);
		if (gzip) {
			stream = new GZIPOutputStream(stream, 1 << 16);
		}
		return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 20);
	}

	// ---------------------------------------------------------------- randomness

	/** SplitMix64: tiny, fast, and defined here, so the output never depends on the JDK's generators. */
	static final class Rng {

		private long state;

		Rng(long seed) {
			this.state = seed;
		}

		long nextLong() {
			long z = (this.state += 0x9E3779B97F4A7C15L);
			z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
			z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
			return z ^ (z >>> 31);
		}

		/** Uniform in [0, 1). */
		double next() {
			return (nextLong() >>> 11) * 0x1.0p-53;
		}

		/** Uniform in (0, 1]: safe under a negative power. */
		double positive() {
			return 1.0 - next();
		}

		int below(int bound) {
			return (int) Long.remainderUnsigned(nextLong(), bound);
		}

		long below(long bound) {
			return Long.remainderUnsigned(nextLong(), bound);
		}

		boolean chance(double p) {
			return next() < p;
		}

	}

	static long mix(long a, long b) {
		Rng r = new Rng(a * 0x9E3779B97F4A7C15L ^ b);
		r.nextLong();
		return r.nextLong();
	}

	// ---------------------------------------------------------------- growable arrays

	static final class Ints {

		int[] a = new int[16];

		int size;

		void add(int v) {
			if (this.size == this.a.length) {
				this.a = Arrays.copyOf(this.a, this.a.length * 2);
			}
			this.a[this.size++] = v;
		}

		int get(int i) {
			return this.a[i];
		}

	}

	/** A weighted pool of active people: sampling and removal in O(log n). */
	static final class Pool {

		int[] members = new int[1024];

		int[] weight = new int[1024];

		long[] tree = new long[1025];

		int size;

		long total;

		int add(int person, int w) {
			if (this.size == this.members.length) {
				grow();
			}
			int i = this.size++;
			this.members[i] = person;
			this.weight[i] = w;
			update(i, w);
			return i;
		}

		void remove(int i) {
			int w = this.weight[i];
			if (w != 0) {
				this.weight[i] = 0;
				update(i, -w);
			}
		}

		private void update(int i, long delta) {
			this.total += delta;
			for (int x = i + 1; x < this.tree.length; x += x & -x) {
				this.tree[x] += delta;
			}
		}

		/** A member drawn with probability proportional to its weight; the pool must not be empty. */
		int sample(Rng rng) {
			long r = rng.below(this.total);
			int pos = 0;
			int cap = this.tree.length - 1;
			for (int step = Integer.highestOneBit(cap); step > 0; step >>= 1) {
				int next = pos + step;
				if (next <= cap && this.tree[next] <= r) {
					pos = next;
					r -= this.tree[next];
				}
			}
			return this.members[pos];
		}

		private void grow() {
			int cap = this.members.length * 2;
			this.members = Arrays.copyOf(this.members, cap);
			this.weight = Arrays.copyOf(this.weight, cap);
			this.tree = new long[cap + 1];
			for (int i = 0; i < this.size; i++) {
				this.tree[i + 1] += this.weight[i];
			}
			for (int i = 1; i <= cap; i++) {
				int j = i + (i & -i);
				if (j <= cap) {
					this.tree[j] += this.tree[i];
				}
			}
		}

	}

	// ---------------------------------------------------------------- state

	final Scale scale;

	final long seed;

	final Rng rng;

	/** Draws for the samples only, so that choosing samples never changes the data. */
	final Rng sampleRng;

	final Pool[] pools = new Pool[8];

	// per person (index = person number; nconst = nm + number + 1)
	byte[] group = new byte[1024];

	short[] debut = new short[1024];

	int[] poolIndex = new int[1024];

	int[] directorIndex = new int[1024];

	int[] troupeOf = new int[1024];

	int[] credits = new int[1024];

	byte[] flags = new byte[1024]; // 1 = female, 2 = island, 4 = credited on a series or episode

	int people;

	/** troupes, TROUPE entries per director, -1 = empty */
	int[] troupes = new int[TROUPE * 256];

	int directors;

	/** People to take out of their pools at the start of each year. */
	final Ints[] retiring = new Ints[LAST_YEAR + 200 - FIRST_YEAR + 1];

	final double[] castCdf;

	final double[] episodesCdf;

	// island directors still making films
	final Ints islandDirectors = new Ints();

	// counters
	long titles, movies, adult, otherTypes, principalRows, keptCredits, pairsUpperBound, islandWorks, nullYears;

	long seriesTitles, miniSeriesTitles, episodeTitles, seriesCredits, mostEpisodes;

	/** Credits the importer stores on series: one per person and role of a series, its episodes' rolled up. */
	long seriesWorkCredits;

	/** The (person, role) pairs of the series being written. */
	final java.util.Set<Long> seriesCreditKeys = new java.util.HashSet<>();

	// samples
	final long[] repeatPairs = new long[300];

	long repeatPairsSeen;

	final long[] coPairs = new long[150];

	long coPairsSeen;

	final int[] workSample = new int[300];

	long worksSeen;

	/** The biggest teams: (team size << 32 | work), smallest first. */
	final PriorityQueue<Long> bigWorks = new PriorityQueue<>();

	final int[] islandPeople = new int[20];

	long islandPeopleSeen;

	Generate(Scale scale, long seed) {
		this.scale = scale;
		this.seed = seed;
		this.rng = new Rng(mix(seed, 1));
		this.sampleRng = new Rng(mix(seed, 2));
		for (int g = 0; g < this.pools.length; g++) {
			this.pools[g] = new Pool();
		}
		this.castCdf = powerLawCdf(1, scale.maxCast(), scale.meanCast());
		this.episodesCdf = powerLawCdf(1, scale.maxEpisodes(), scale.meanEpisodes());
		Arrays.fill(this.troupes, -1);
	}

	/**
	 * A discrete power law P(k) ~ k^-a on [min, max] whose mean is {@code mean}: the exponent is
	 * found by bisection (the mean falls as the exponent grows).
	 */
	static double[] powerLawCdf(int min, int max, double mean) {
		double lo = 0.0, hi = 6.0;
		for (int i = 0; i < 100; i++) {
			double a = (lo + hi) / 2;
			double sum = 0, weighted = 0;
			for (int k = min; k <= max; k++) {
				double p = StrictMath.pow(k, -a);
				sum += p;
				weighted += k * p;
			}
			if (weighted / sum > mean) {
				lo = a;
			}
			else {
				hi = a;
			}
		}
		double a = (lo + hi) / 2;
		double[] cdf = new double[max - min + 1];
		double sum = 0;
		for (int k = min; k <= max; k++) {
			sum += StrictMath.pow(k, -a);
			cdf[k - min] = sum;
		}
		for (int i = 0; i < cdf.length; i++) {
			cdf[i] /= sum;
		}
		return cdf;
	}

	int castSize() {
		return draw(this.castCdf);
	}

	/** A draw from a power law on [1, cdf.length]. */
	int draw(double[] cdf) {
		double u = this.rng.next();
		int i = Arrays.binarySearch(cdf, u);
		return 1 + ((i >= 0) ? i : Math.min(-i - 1, cdf.length - 1));
	}

	/** Capped Pareto(1.3), in whole units: most people are minor, a few are stars. */
	int fame(int g) {
		double f = StrictMath.pow(this.rng.positive(), -1.0 / 1.3);
		return (int) Math.min(Math.max(2.0, FAME_CAP[g] * this.scale.fameCap()), f);
	}

	/** Career in years: Pareto-like, median about 3, a few over 40. */
	int career() {
		double l = 1.5 * StrictMath.pow(this.rng.positive(), -1.0 / 1.2);
		return (int) Math.min(55, Math.ceil(l));
	}

	int newPerson(int g, int year, boolean pooled) {
		int p = this.people++;
		if (p == this.group.length) {
			int cap = p * 2;
			this.group = Arrays.copyOf(this.group, cap);
			this.debut = Arrays.copyOf(this.debut, cap);
			this.poolIndex = Arrays.copyOf(this.poolIndex, cap);
			this.directorIndex = Arrays.copyOf(this.directorIndex, cap);
			this.troupeOf = Arrays.copyOf(this.troupeOf, cap);
			this.credits = Arrays.copyOf(this.credits, cap);
			this.flags = Arrays.copyOf(this.flags, cap);
		}
		this.group[p] = (byte) g;
		this.debut[p] = (short) year;
		this.directorIndex[p] = -1;
		this.troupeOf[p] = -1;
		this.flags[p] = (byte) ((this.rng.chance(0.45) ? 1 : 0) | (pooled ? 0 : 2));
		if (pooled) {
			this.poolIndex[p] = this.pools[g].add(p, fame(g));
			retireAt(p, year + career());
		}
		else {
			this.poolIndex[p] = -1;
		}
		return p;
	}

	void retireAt(int p, int year) {
		int i = year - FIRST_YEAR;
		if (this.retiring[i] == null) {
			this.retiring[i] = new Ints();
		}
		this.retiring[i].add(p);
	}

	void retireUntil(int year) {
		Ints list = this.retiring[year - FIRST_YEAR];
		if (list == null) {
			return;
		}
		for (int i = 0; i < list.size; i++) {
			int p = list.get(i);
			if (this.poolIndex[p] >= 0) {
				this.pools[this.group[p]].remove(this.poolIndex[p]);
			}
			if (this.directorIndex[p] >= 0) {
				this.pools[DIRECTOR].remove(this.directorIndex[p]);
			}
		}
		this.retiring[year - FIRST_YEAR] = null;
	}

	int troupe(int director) {
		if (this.troupeOf[director] < 0) {
			if ((this.directors + 1) * TROUPE > this.troupes.length) {
				int old = this.troupes.length;
				this.troupes = Arrays.copyOf(this.troupes, old * 2);
				Arrays.fill(this.troupes, old, this.troupes.length, -1);
			}
			this.troupeOf[director] = this.directors++;
		}
		return this.troupeOf[director] * TROUPE;
	}

	/** A director for a pooled (non-island) film. */
	int pickDirector(int year) {
		Pool directorPool = this.pools[DIRECTOR];
		if (directorPool.total > 0 && !this.rng.chance(P_NEW[DIRECTOR])) {
			return directorPool.sample(this.rng);
		}
		double r = this.rng.next();
		int from = (r < 0.10) ? ACTOR : (r < 0.16) ? WRITER : (r < 0.19) ? PRODUCER : -1;
		if (from >= 0 && this.pools[from].total > 0) {
			// an actor, writer or producer who starts directing
			int p = this.pools[from].sample(this.rng);
			if (this.directorIndex[p] < 0 && this.group[p] != DIRECTOR) {
				this.directorIndex[p] = directorPool.add(p, fame(DIRECTOR));
			}
			return p;
		}
		return newPerson(DIRECTOR, year, true);
	}

	int pickIsland(int year) {
		if (this.islandDirectors.size > 0 && this.rng.chance(0.55)) {
			// one of the last few island directors makes another film
			int back = Math.min(this.islandDirectors.size, 8);
			return this.islandDirectors.get(this.islandDirectors.size - 1 - this.rng.below(back));
		}
		int d = newPerson(DIRECTOR, year, false);
		this.islandDirectors.add(d);
		return d;
	}

	/** Whether the last {@link #pick} came from the director's troupe, that is, a repeat pairing. */
	boolean fromTroupe;

	/** A person for a slot of pool {@code g}: from the director's troupe, a new face, or an active person. */
	int pick(int g, int year, int troupeBase, int troupeSlot, double fromTroupe, boolean island, Ints team) {
		this.fromTroupe = false;
		if (troupeBase >= 0 && this.rng.chance(fromTroupe)) {
			int member;
			if (troupeSlot >= 0) {
				member = this.troupes[troupeBase + troupeSlot];
			}
			else {
				member = this.troupes[troupeBase + this.rng.below(TROUPE_ACTORS)];
			}
			if (member >= 0 && !contains(team, member)) {
				this.fromTroupe = true;
				return member;
			}
		}
		for (int attempt = 0; attempt < 4; attempt++) {
			int p;
			Pool pool = this.pools[g];
			if (island || pool.total == 0 || this.rng.chance(P_NEW[g])) {
				p = newPerson(g, year, !island);
			}
			else {
				p = pool.sample(this.rng);
			}
			if (!contains(team, p)) {
				if (troupeBase >= 0) {
					remember(troupeBase, troupeSlot, p);
				}
				return p;
			}
		}
		return newPerson(g, year, !island);
	}

	void remember(int troupeBase, int troupeSlot, int p) {
		if (troupeSlot >= 0) {
			if (this.troupes[troupeBase + troupeSlot] < 0 || this.rng.chance(0.25)) {
				this.troupes[troupeBase + troupeSlot] = p;
			}
			return;
		}
		for (int i = 0; i < TROUPE_ACTORS; i++) {
			if (this.troupes[troupeBase + i] < 0) {
				this.troupes[troupeBase + i] = p;
				return;
			}
		}
		if (this.rng.chance(0.3)) {
			this.troupes[troupeBase + this.rng.below(TROUPE_ACTORS)] = p;
		}
	}

	static boolean contains(Ints list, int p) {
		for (int i = 0; i < list.size; i++) {
			if (list.get(i) == p) {
				return true;
			}
		}
		return false;
	}

	// ---------------------------------------------------------------- works

	void run(Writer titles, Writer principals, Writer episodes) throws IOException {
		double[] weight = new double[LAST_YEAR - FIRST_YEAR + 1];
		double total = 0;
		for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
			// film output grows about 3.5% a year; the last two years are not complete yet
			double w = StrictMath.exp(0.035 * (y - FIRST_YEAR)) * ((y >= LAST_YEAR - 1) ? 0.6 : 1.0);
			weight[y - FIRST_YEAR] = w;
			total += w;
		}
		titles.append("tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n");
		principals.append("tconst\tordering\tnconst\tcategory\tjob\tcharacters\n");
		episodes.append("tconst\tparentTconst\tseasonNumber\tepisodeNumber\n");
		StringBuilder line = new StringBuilder(256);
		double cumulative = 0;
		long made = 0;
		for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
			retireUntil(y);
			cumulative += weight[y - FIRST_YEAR];
			long upTo = Math.round(cumulative / total * this.scale.works());
			// television starts in 1950: series titles are spread over the years since, in the films' proportions
			long seriesUpTo = (y < FIRST_SERIES_YEAR) ? 0
					: Math.round((cumulative - seriesWeightBefore(weight)) / (total - seriesWeightBefore(weight))
							* this.scale.seriesTitles());
			while (this.seriesTitles + this.miniSeriesTitles + this.episodeTitles < seriesUpTo) {
				series(y, titles, principals, episodes, line);
			}
			for (; made < upTo; made++) {
				movie(y, titles, principals, line);
				double noise = this.rng.next();
				if (noise < 0.03) {
					otherTitle(y, titles, principals, line, false);
				}
				else if (noise < 0.035) {
					otherTitle(y, titles, principals, line, true);
				}
			}
		}
	}

	static final int FIRST_SERIES_YEAR = 1950;

	static double seriesWeightBefore(double[] weight) {
		double sum = 0;
		for (int y = FIRST_YEAR; y < FIRST_SERIES_YEAR; y++) {
			sum += weight[y - FIRST_YEAR];
		}
		return sum;
	}

	// ---------------------------------------------------------------- series

	final Ints mainCast = new Ints();

	final Ints seriesDirectors = new Ints();

	final Ints seriesWriters = new Ints();

	/**
	 * A series or miniseries and all its episodes, written at once (a series is a few arrays of people,
	 * never its output). IMDb credits most people of a series on its episodes: each episode has one of
	 * the series' directors, one or two of its writers, its composer, most of the main cast and a few
	 * guests; the series title itself lists its creator, its leads and a producer.
	 */
	void series(int year, Writer titles, Writer principals, Writer episodes, StringBuilder line) throws IOException {
		boolean mini = this.rng.chance(0.2);
		int episodeCount = mini ? 2 + this.rng.below(9) : draw(this.episodesCdf);
		int perSeason = mini ? episodeCount : 6 + this.rng.below(19);
		int seasons = (episodeCount + perSeason - 1) / perSeason;
		int lastYear = Math.min(LAST_YEAR, year + seasons - 1);
		boolean numbered = !this.rng.chance(0.03);
		int parent = (int) this.titles++;
		if (mini) {
			this.miniSeriesTitles++;
		}
		else {
			this.seriesTitles++;
		}
		this.mostEpisodes = Math.max(this.mostEpisodes, episodeCount);
		this.seriesCreditKeys.clear();
		// the people of the series
		this.team.size = 0;
		this.mainCast.size = 0;
		int mainCastSize = 2 + this.rng.below(mini ? 5 : 7);
		for (int i = 0; i < mainCastSize; i++) {
			int p = pick(ACTOR, year, -1, -1, 0, false, this.mainCast);
			this.mainCast.add(p);
		}
		this.seriesDirectors.size = 0;
		int directorCount = Math.min(episodeCount, 1 + this.rng.below(mini ? 2 : 6));
		for (int i = 0; i < directorCount; i++) {
			int d = pickDirector(year);
			if (!contains(this.seriesDirectors, d)) {
				this.seriesDirectors.add(d);
			}
		}
		this.seriesWriters.size = 0;
		int writerCount = 1 + this.rng.below(mini ? 2 : 5);
		for (int i = 0; i < writerCount; i++) {
			this.seriesWriters.add(pick(WRITER, year, -1, -1, 0, false, this.seriesWriters));
		}
		int composer = this.rng.chance(0.8) ? pick(COMPOSER, year, -1, -1, 0, false, this.team) : -1;
		// the series title: its leads, its creator (the first writer) and a producer
		this.teamRoles.size = 0;
		int leads = this.rng.below(Math.min(4, mainCastSize + 1));
		for (int i = 0; i < leads; i++) {
			add(this.mainCast.get(i), ACTOR);
		}
		add(this.seriesWriters.get(0), WRITER);
		if (this.rng.chance(0.6)) {
			addCrew(pick(PRODUCER, year, -1, -1, 0, false, this.team), PRODUCER);
		}
		writeTitle(titles, line, parent, mini ? "tvMiniSeries" : "tvSeries", false, year,
				(mini || lastYear < LAST_YEAR - 1) ? lastYear : -1);
		writePrincipals(principals, line, parent, year);
		countSeriesTeam(this.team.size);
		// the episodes, season by season, a season a year
		for (int e = 0; e < episodeCount; e++) {
			int season = e / perSeason;
			// later seasons are written now, cast from the pools as they are in the series' first year
			int episodeYear = Math.min(LAST_YEAR, year + season);
			int work = (int) this.titles++;
			this.episodeTitles++;
			int number = (e % perSeason) + 1;
			int kept = episodeTeam(episodeYear, composer);
			writeEpisodeTitle(titles, line, work, season + 1, number, numbered, this.rng.chance(0.02) ? -1 : episodeYear);
			writePrincipals(principals, line, work, episodeYear);
			countSeriesTeam(kept);
			line.setLength(0);
			tconst(line, work).append('\t');
			tconst(line, parent).append('\t');
			if (numbered) {
				line.append(season + 1).append('\t').append(number).append('\n');
			}
			else {
				line.append("\\N\t\\N\n");
			}
			episodes.append(line);
		}
		this.seriesWorkCredits += this.seriesCreditKeys.size();
	}

	/**
	 * The team of one episode of the series whose people are in {@link #mainCast}, {@link #seriesDirectors}
	 * and {@link #seriesWriters}: most of the main cast, a few guests, one of the directors, one or two of
	 * the writers, the composer (or none: -1) and now and then a cinematographer or an editor.
	 * @return how many of the team's rows are credits (the rest is noise the importer skips)
	 */
	int episodeTeam(int year, int composer) {
		this.team.size = 0;
		this.teamRoles.size = 0;
		for (int i = 0; i < this.mainCast.size; i++) {
			if (this.rng.chance(0.7)) {
				add(this.mainCast.get(i), ACTOR);
			}
		}
		int guests = this.rng.below(4);
		for (int i = 0; i < guests; i++) {
			add(pick(ACTOR, year, -1, -1, 0, false, this.team), ACTOR);
		}
		addCrew(this.seriesDirectors.get(this.rng.below(this.seriesDirectors.size)), DIRECTOR);
		addCrew(this.seriesWriters.get(this.rng.below(this.seriesWriters.size)), WRITER);
		if (this.rng.chance(0.25)) {
			addCrew(this.seriesWriters.get(this.rng.below(this.seriesWriters.size)), WRITER);
		}
		if (composer >= 0 && this.rng.chance(0.7)) {
			addCrew(composer, COMPOSER);
		}
		if (this.rng.chance(0.1)) {
			addCrew(pick(CINEMATOGRAPHER, year, -1, -1, 0, false, this.team), CINEMATOGRAPHER);
		}
		if (this.rng.chance(0.1)) {
			addCrew(pick(EDITOR, year, -1, -1, 0, false, this.team), EDITOR);
		}
		int kept = this.team.size;
		if (this.rng.chance(0.05)) {
			addOther(pick(OTHER, year, -1, -1, 0, false, this.team), "production_designer");
		}
		return kept;
	}

	/** Counts the credits of one series or episode title: people credited on it, once each. */
	void countSeriesTeam(int kept) {
		for (int i = 0; i < kept; i++) {
			this.seriesCreditKeys.add(this.team.get(i) * 16L + this.teamRoles.get(i));
		}
		this.keptCredits += kept;
		this.seriesCredits += kept;
		this.distinct.size = 0;
		for (int i = 0; i < kept; i++) {
			int p = this.team.get(i);
			if (!contains(this.distinct, p)) {
				this.distinct.add(p);
				this.flags[p] |= 4;
			}
		}
		long n = this.distinct.size;
		this.pairsUpperBound += n * (n - 1) / 2;
	}

	void writeEpisodeTitle(Writer out, StringBuilder line, int work, int season, int episode, boolean numbered, int year)
			throws IOException {
		line.setLength(0);
		tconst(line, work).append("\ttvEpisode\t");
		long h = mix(this.seed ^ 0x3C3C, work) >>> 1;
		int start = line.length();
		if ((h & 1) == 0 && numbered) {
			// IMDb's name for an episode without a title of its own
			line.append("Episode #").append(season).append('.').append(episode);
		}
		else {
			title(line, work);
		}
		String primary = line.substring(start);
		line.append('\t').append(primary).append("\t0\t");
		line.append((year < 0) ? "\\N" : Integer.toString(year));
		line.append("\t\\N\t").append(20 + (int) ((h >>> 16) % 40)).append("\t\\N\n");
		out.append(line);
	}

	final Ints team = new Ints();

	final Ints teamRoles = new Ints();

	final Ints distinct = new Ints();

	void movie(int year, Writer titles, Writer principals, StringBuilder line) throws IOException {
		int work = (int) this.titles++;
		this.movies++;
		boolean island = this.rng.chance(0.02);
		if (island) {
			this.islandWorks++;
		}
		int director = island ? pickIsland(year) : pickDirector(year);
		int troupe = troupe(director);
		this.team.size = 0;
		this.teamRoles.size = 0;
		int cast = castSize();
		for (int i = 0; i < cast; i++) {
			int p = pick(ACTOR, year, troupe, -1, 0.30, island, this.team);
			if (this.fromTroupe && p != director && !island) {
				samplePair(this.repeatPairs, director, p, true);
			}
			add(p, ACTOR);
		}
		double c = this.scale.crewFactor();
		add(director, DIRECTOR);
		if (this.rng.chance(0.08)) {
			addCrew(island ? pick(DIRECTOR, year, -1, -1, 0, true, this.team) : pickDirectorNotIn(year), DIRECTOR);
		}
		if (this.rng.chance(0.28)) {
			add(director, WRITER);
		}
		else if (this.rng.chance(0.7)) {
			addCrew(pick(WRITER, year, troupe, T_WRITER, 0.45, island, this.team), WRITER);
		}
		int extraWriters = (this.rng.chance(0.25 * c)) ? 1 + this.rng.below((int) Math.ceil(c)) : 0;
		for (int i = 0; i < extraWriters; i++) {
			addCrew(pick(WRITER, year, -1, -1, 0, island, this.team), WRITER);
		}
		int producers = (this.rng.chance(0.35)) ? 1 + this.rng.below((int) Math.ceil(2 * c)) : 0;
		for (int i = 0; i < producers; i++) {
			addCrew(pick(PRODUCER, year, -1, -1, 0, island, this.team), PRODUCER);
		}
		if (this.rng.chance(Math.min(0.9, 0.55 * c))) {
			addCrew(pick(COMPOSER, year, troupe, T_COMPOSER, 0.6, island, this.team), COMPOSER);
		}
		if (this.rng.chance(Math.min(0.9, 0.45 * c))) {
			addCrew(pick(CINEMATOGRAPHER, year, troupe, T_CINEMATOGRAPHER, 0.5, island, this.team), CINEMATOGRAPHER);
		}
		if (this.rng.chance(Math.min(0.9, 0.4 * c))) {
			addCrew(pick(EDITOR, year, troupe, T_EDITOR, 0.5, island, this.team), EDITOR);
		}
		int kept = this.team.size;
		// categories the importer leaves out: people who are credited elsewhere anyway
		if (this.rng.chance(0.12)) {
			int p = pick(OTHER, year, -1, -1, 0, island, this.team);
			addOther(p, "production_designer");
		}
		if (this.rng.chance(0.04) && this.pools[ACTOR].total > 0 && !island) {
			addOther(this.pools[ACTOR].sample(this.rng), "self");
		}

		// title.basics
		boolean nullYear = this.rng.chance(0.02);
		if (nullYear) {
			this.nullYears++;
		}
		writeTitle(titles, line, work, "movie", false, nullYear ? -1 : year, -1);
		// title.principals: the cast first, so that ordering - 1 is the billing
		writePrincipals(principals, line, work, year);
		// counts and samples
		this.distinct.size = 0;
		for (int i = 0; i < kept; i++) {
			int p = this.team.get(i);
			if (!contains(this.distinct, p)) {
				this.distinct.add(p);
				this.credits[p]++;
			}
		}
		this.keptCredits += kept;
		long n = this.distinct.size;
		this.pairsUpperBound += n * (n - 1) / 2;
		if (n >= 2 && !island) {
			int a = this.distinct.get(this.sampleRng.below((int) n));
			int b = this.distinct.get(this.sampleRng.below((int) n));
			if (a != b) {
				samplePair(this.coPairs, a, b, false);
			}
		}
		if (!island && n >= 3) {
			this.worksSeen++;
			reservoir(this.workSample, this.worksSeen, work);
			this.bigWorks.add((n << 32) | work);
			if (this.bigWorks.size() > 20) {
				this.bigWorks.poll();
			}
		}
		if (island) {
			this.islandPeopleSeen++;
			reservoir(this.islandPeople, this.islandPeopleSeen, director);
		}
	}

	int pickDirectorNotIn(int year) {
		for (int i = 0; i < 4; i++) {
			int d = pickDirector(year);
			if (!contains(this.team, d)) {
				return d;
			}
		}
		return newPerson(DIRECTOR, year, true);
	}

	void add(int p, int role) {
		this.team.add(p);
		this.teamRoles.add(role);
	}

	void addCrew(int p, int role) {
		for (int i = 0; i < this.team.size; i++) {
			if (this.team.get(i) == p && this.teamRoles.get(i) == role) {
				return;
			}
		}
		add(p, role);
	}

	void addOther(int p, String category) {
		this.team.add(p);
		this.teamRoles.add(-1 - (category.equals("self") ? 0 : 1));
	}

	void otherTitle(int year, Writer titles, Writer principals, StringBuilder line, boolean adultMovie)
			throws IOException {
		int work = (int) this.titles++;
		String type;
		if (adultMovie) {
			this.adult++;
			type = "movie";
		}
		else {
			this.otherTypes++;
			// series and episodes are generated for real (series(..)), with their title.episode rows
			// none of them a type the importer keeps by default (tvMovie and tvSpecial are kept since issue 13)
			String[] types = { "short", "musicVideo", "video", "tvShort", "videoGame", "tvPilot" };
			type = types[this.rng.below(types.length)];
		}
		writeTitle(titles, line, work, type, adultMovie, year, -1);
		this.team.size = 0;
		this.teamRoles.size = 0;
		int size = 2 + this.rng.below(5);
		for (int i = 0; i < size; i++) {
			int g = (i == 0) ? DIRECTOR : ACTOR;
			Pool pool = this.pools[g];
			if (pool.total == 0) {
				continue;
			}
			int p = pool.sample(this.rng);
			if (!contains(this.team, p)) {
				add(p, g);
			}
		}
		writePrincipals(principals, line, work, year);
	}

	void writePrincipals(Writer out, StringBuilder line, int work, int year) throws IOException {
		int ordering = 0;
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < this.team.size; i++) {
				int role = this.teamRoles.get(i);
				if ((role == ACTOR) != (pass == 0)) {
					continue;
				}
				int p = this.team.get(i);
				line.setLength(0);
				tconst(line, work).append('\t').append(++ordering).append('\t');
				nconst(line, p).append('\t');
				String job = "\\N";
				String characters = "\\N";
				switch (role) {
					case ACTOR -> {
						line.append(((this.flags[p] & 1) != 0) ? "actress" : "actor");
						if (!this.rng.chance(0.1)) {
							characters = character(p, work);
						}
					}
					case DIRECTOR -> line.append("director");
					case WRITER -> {
						line.append("writer");
						String[] jobs = { "screenplay", "written by", "story", "novel", "screenplay", "\\N" };
						job = jobs[this.rng.below(jobs.length)];
					}
					case PRODUCER -> {
						line.append("producer");
						job = this.rng.chance(0.4) ? "executive producer" : "producer";
					}
					case COMPOSER -> line.append("composer");
					case CINEMATOGRAPHER -> {
						line.append("cinematographer");
						job = this.rng.chance(0.2) ? "director of photography" : "\\N";
					}
					case EDITOR -> line.append("editor");
					case -1 -> {
						line.append("self");
						characters = "[\"Self\"]";
					}
					default -> line.append("production_designer");
				}
				line.append('\t').append(job).append('\t').append(characters).append('\n');
				out.append(line);
				this.principalRows++;
			}
		}
	}

	void writeTitle(Writer out, StringBuilder line, int work, String type, boolean adultTitle, int year, int endYear)
			throws IOException {
		line.setLength(0);
		tconst(line, work).append('\t').append(type).append('\t');
		int start = line.length();
		title(line, work);
		String primary = line.substring(start);
		line.append('\t');
		long h = mix(this.seed ^ 0x5A5A, work) >>> 1;
		if ((h & 15) == 0) {
			// a release abroad keeps its original title
			line.append(WORDS_FOREIGN[(int) ((h >>> 8) % WORDS_FOREIGN.length)]).append(' ').append(primary);
		}
		else {
			line.append(primary);
		}
		line.append('\t').append(adultTitle ? '1' : '0').append('\t');
		if (year < 0) {
			line.append("\\N");
		}
		else {
			line.append(year);
		}
		line.append('\t').append((endYear < 0) ? "\\N" : Integer.toString(endYear));
		line.append('\t').append(70 + (int) ((h >>> 16) % 90)).append('\t');
		line.append(GENRES[(int) ((h >>> 24) % GENRES.length)]).append('\n');
		out.append(line);
	}

	// ---------------------------------------------------------------- names

	void writeNames(Writer out) throws IOException {
		StringBuilder line = new StringBuilder(160);
		out.append("nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles\n");
		for (int p = 0; p < this.people; p++) {
			line.setLength(0);
			nconst(line, p).append('\t');
			long h = mix(this.seed ^ 0x77, p) >>> 1;
			if ((h & 1023) == 0) {
				line.append("\\N");
			}
			else {
				name(line, p);
			}
			line.append('\t');
			int born = this.debut[p] - 18 - (int) ((h >>> 10) % 30);
			if (((h >>> 20) & 3) != 0) {
				line.append("\\N\t\\N");
			}
			else {
				line.append(born).append('\t');
				int died = born + 55 + (int) ((h >>> 24) % 45);
				line.append((died < 2025) ? Integer.toString(died) : "\\N");
			}
			int g = this.group[p];
			line.append('\t');
			if (g == ACTOR) {
				line.append(((this.flags[p] & 1) != 0) ? "actress" : "actor");
			}
			else {
				line.append(PROFESSION[g]);
			}
			line.append("\t\\N\n");
			out.append(line);
		}
	}

	/** The primary name of person {@code p}, a pure function of the seed and the number. */
	StringBuilder name(StringBuilder out, int p) {
		long h = mix(this.seed ^ 0x1234, p) >>> 1;
		boolean female = (this.flags[p] & 1) != 0;
		String[] firsts = female ? FIRST_F : FIRST_M;
		int region = (int) ((h >>> 40) % 10);
		if (region == 0) {
			// Korean names as IMDb writes them, family name first, romanised
			out.append(KOREAN_FAMILY[(int) (h % KOREAN_FAMILY.length)])
				.append(' ')
				.append(KOREAN_GIVEN[(int) ((h >>> 8) % KOREAN_GIVEN.length)])
				.append('-')
				.append(KOREAN_GIVEN2[(int) ((h >>> 16) % KOREAN_GIVEN2.length)]);
			return out;
		}
		out.append(firsts[(int) (h % firsts.length)]).append(' ');
		if (((h >>> 24) & 15) == 0) {
			out.append((char) ('A' + (h >>> 28) % 26)).append(". ");
		}
		out.append(LAST[(int) ((h >>> 8) % LAST.length)]);
		if (((h >>> 32) & 63) == 0) {
			out.append(" Jr.");
		}
		return out;
	}

	String character(int p, int work) {
		long h = mix(this.seed ^ 0x4321, ((long) p << 32) | work) >>> 1;
		String name = ((h & 3) == 0) ? CHARACTER_ROLES[(int) ((h >>> 4) % CHARACTER_ROLES.length)]
				: FIRST_F[(int) ((h >>> 8) % FIRST_F.length)];
		if (((h >>> 2) & 1) == 0) {
			name = FIRST_M[(int) ((h >>> 8) % FIRST_M.length)];
		}
		if (((h >>> 20) & 31) == 0) {
			return "[\"" + name + "\",\"" + CHARACTER_ROLES[(int) ((h >>> 24) % CHARACTER_ROLES.length)] + "\"]";
		}
		return "[\"" + name + "\"]";
	}

	StringBuilder title(StringBuilder out, int work) {
		long h = mix(this.seed ^ 0x9876, work) >>> 1;
		int form = (int) (h % 8);
		String adjective = ADJECTIVES[(int) ((h >>> 8) % ADJECTIVES.length)];
		String noun = NOUNS[(int) ((h >>> 16) % NOUNS.length)];
		String place = PLACES[(int) ((h >>> 24) % PLACES.length)];
		switch (form) {
			case 0, 1 -> out.append("The ").append(adjective).append(' ').append(noun);
			case 2 -> out.append(noun).append(" of ").append(place);
			case 3 -> out.append(adjective).append(' ').append(noun).append('s');
			case 4 -> out.append(FIRST_F[(int) ((h >>> 32) % FIRST_F.length)]).append("'s ").append(noun);
			case 5 -> out.append("The ").append(noun).append(" from ").append(place);
			case 6 -> out.append(noun).append(' ').append(2 + (h >>> 40) % 4);
			default -> out.append(adjective).append(' ').append(place);
		}
		if (((h >>> 48) & 255) == 0) {
			// IMDb titles can hold a lone quote: the files have no quoting
			out.append(" \"Redux");
		}
		return out;
	}

	static StringBuilder tconst(StringBuilder out, int work) {
		return pad(out.append("tt"), work + 1);
	}

	static StringBuilder nconst(StringBuilder out, int person) {
		return pad(out.append("nm"), person + 1);
	}

	static StringBuilder pad(StringBuilder out, int n) {
		String digits = Integer.toString(n);
		for (int i = digits.length(); i < 7; i++) {
			out.append('0');
		}
		return out.append(digits);
	}

	// ---------------------------------------------------------------- samples

	void samplePair(long[] into, int a, int b, boolean repeat) {
		long seen = repeat ? ++this.repeatPairsSeen : ++this.coPairsSeen;
		reservoir(into, seen, ((long) a << 32) | (b & 0xFFFFFFFFL));
	}

	void reservoir(long[] into, long seen, long value) {
		if (seen <= into.length) {
			into[(int) seen - 1] = value;
		}
		else {
			long j = this.sampleRng.below(seen);
			if (j < into.length) {
				into[(int) j] = value;
			}
		}
	}

	void reservoir(int[] into, long seen, int value) {
		if (seen <= into.length) {
			into[(int) seen - 1] = value;
		}
		else {
			long j = this.sampleRng.below(seen);
			if (j < into.length) {
				into[(int) j] = value;
			}
		}
	}

	void writeSamples(Writer out) throws IOException {
		out.append("# Ids and queries for bench/src/Load.java, drawn from the generated data (scale ")
			.append(this.scale.name())
			.append(", seed ")
			.append(Long.toString(this.seed))
			.append(").\n");
		out.append("# kind<TAB>value[<TAB>value]; people and works are ids as the importer names them (imdb:...).\n");
		// heavy: the most credited people
		PriorityQueue<Long> top = new PriorityQueue<>();
		int[] light = new int[200];
		int[] medium = new int[200];
		long lightSeen = 0, mediumSeen = 0;
		for (int p = 0; p < this.people; p++) {
			int c = this.credits[p];
			if ((this.flags[p] & 2) != 0 || c == 0) {
				continue;
			}
			top.add(((long) c << 32) | (Integer.MAX_VALUE - p));
			if (top.size() > 50) {
				top.poll();
			}
			if (c <= 5) {
				reservoir(light, ++lightSeen, p);
			}
			else if (c >= 10 && c <= 80) {
				reservoir(medium, ++mediumSeen, p);
			}
		}
		List<Long> heavy = new ArrayList<>(top);
		heavy.sort(null);
		List<Integer> named = new ArrayList<>();
		for (int i = heavy.size() - 1; i >= 0; i--) {
			int p = Integer.MAX_VALUE - (int) (heavy.get(i) & 0xFFFFFFFFL);
			person(out, "person-heavy", p);
			named.add(p);
		}
		for (int i = 0; i < Math.min(mediumSeen, medium.length); i++) {
			person(out, "person-medium", medium[i]);
			named.add(medium[i]);
		}
		for (int i = 0; i < Math.min(lightSeen, light.length); i++) {
			person(out, "person-light", light[i]);
			named.add(light[i]);
		}
		for (int i = 0; i < Math.min(this.islandPeopleSeen, this.islandPeople.length); i++) {
			person(out, "person-island", this.islandPeople[i]);
		}
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < Math.min(this.worksSeen, this.workSample.length); i++) {
			line.setLength(0);
			tconst(line.append("work\timdb:"), this.workSample[i]).append('\n');
			out.append(line);
		}
		List<Long> big = new ArrayList<>(this.bigWorks);
		big.sort(null);
		for (int i = big.size() - 1; i >= 0; i--) {
			line.setLength(0);
			tconst(line.append("work-big\timdb:"), (int) (big.get(i) & 0xFFFFFFFFL))
				.append("\t# team of ")
				.append(big.get(i) >>> 32)
				.append('\n');
			out.append(line);
		}
		pairs(out, "pair-repeat", this.repeatPairs, this.repeatPairsSeen);
		pairs(out, "pair", this.coPairs, this.coPairsSeen);
		// search: names as people type them
		for (int i = 0; i < named.size(); i += 2) {
			int p = named.get(i);
			line.setLength(0);
			String full = name(line, p).toString();
			String query;
			switch (this.sampleRng.below(4)) {
				case 0 -> query = full.substring(full.lastIndexOf(' ') + 1);
				case 1 -> query = full.toLowerCase(Locale.ROOT);
				case 2 -> query = java.text.Normalizer.normalize(full, java.text.Normalizer.Form.NFD)
					.replaceAll("\\p{M}", "");
				default -> {
					int space = full.indexOf(' ');
					query = full.substring(0, Math.min(3, space)) + full.substring(space);
				}
			}
			out.append("search\t").append(query.replace('\t', ' ')).append('\n');
		}
		for (int i = 0; i < 20 && this.worksSeen > 0; i++) {
			line.setLength(0);
			String t = title(line, this.workSample[this.sampleRng.below((int) Math.min(this.worksSeen, this.workSample.length))])
				.toString();
			out.append("search\t").append(t.replace('"', ' ').strip()).append('\n');
		}
	}

	void person(Writer out, String kind, int p) throws IOException {
		StringBuilder line = new StringBuilder(kind).append("\timdb:");
		nconst(line, p).append("\t# ").append(this.credits[p]).append(" credits\n");
		out.append(line);
	}

	void pairs(Writer out, String kind, long[] pairs, long seen) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < Math.min(seen, pairs.length); i++) {
			line.setLength(0);
			line.append(kind).append("\timdb:");
			nconst(line, (int) (pairs[i] >>> 32)).append("\timdb:");
			nconst(line, (int) pairs[i]).append('\n');
			out.append(line);
		}
	}

	String summary() {
		int maxCredits = 0;
		long credited = 0;
		long single = 0;
		for (int p = 0; p < this.people; p++) {
			maxCredits = Math.max(maxCredits, this.credits[p]);
			if (this.credits[p] > 0 || (this.flags[p] & 4) != 0) {
				credited++;
			}
			if (this.credits[p] == 1) {
				single++;
			}
		}
		StringBuilder s = new StringBuilder();
		s.append("generator=").append(VERSION).append('\n');
		s.append("scale=").append(this.scale.name()).append('\n');
		s.append("seed=").append(this.seed).append('\n');
		s.append("titles=").append(this.titles).append('\n');
		s.append("movies=").append(this.movies).append('\n');
		s.append("adultTitles=").append(this.adult).append('\n');
		s.append("otherTypeTitles=").append(this.otherTypes).append('\n');
		s.append("moviesWithoutYear=").append(this.nullYears).append('\n');
		s.append("islandMovies=").append(this.islandWorks).append('\n');
		s.append("seriesTitles=").append(this.seriesTitles).append('\n');
		s.append("miniSeriesTitles=").append(this.miniSeriesTitles).append('\n');
		s.append("episodeTitles=").append(this.episodeTitles).append('\n');
		s.append("mostEpisodes=").append(this.mostEpisodes).append('\n');
		s.append("principalRows=").append(this.principalRows).append('\n');
		s.append("credits=").append(this.keptCredits).append('\n');
		s.append("filmCredits=").append(this.keptCredits - this.seriesCredits).append('\n');
		s.append("seriesCredits=").append(this.seriesCredits).append('\n');
		// what an import with the default title types and title.episode stores
		s.append("works=").append(this.movies + this.seriesTitles + this.miniSeriesTitles).append('\n');
		s.append("storedCredits=").append(this.keptCredits - this.seriesCredits + this.seriesWorkCredits).append('\n');
		s.append("people=").append(this.people).append('\n');
		s.append("creditedPeople=").append(credited).append('\n');
		s.append("peopleWithOneCredit=").append(single).append('\n');
		s.append("maxCreditsPerPerson=").append(maxCredits).append('\n');
		s.append("directors=").append(this.directors).append('\n');
		s.append("collaborationPairsUpperBound=").append(this.pairsUpperBound).append('\n');
		return s.toString();
	}

	// ---------------------------------------------------------------- words

	static final String[] FIRST_M = { "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph",
			"Thomas", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Paul", "Steven", "Andrew", "Kenneth", "Joshua",
			"Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary",
			"Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel",
			"Frank", "Gregory", "Raymond", "Alexander", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "José",
			"Luis", "Carlos", "Juan", "Jorge", "Pedro", "Miguel", "Andrés", "Björn", "Søren", "Jürgen", "François",
			"Jérôme", "Łukasz", "Jiří", "Håkan", "Ólafur", "Hiroshi", "Takeshi", "Kenji", "Akira", "Wei", "Jun", "Arjun",
			"Rahul", "Amitabh", "Mohammed", "Omar", "Youssef", "Kwame", "Chidi", "Ivan", "Dmitri", "Sergei", "Giuseppe",
			"Marco", "Luca", "Pierre", "Jean", "Hans", "Lars", "Pablo", "Diego", "Rafael", "Tomás", "Kazuo", "Shinji",
			"Emeka", "Tariq" };

	static final String[] FIRST_F = { "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
			"Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily",
			"Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon",
			"Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole",
			"Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria",
			"Heather", "Zoë", "Chloé", "Renée", "Inès", "Anaïs", "Mónica", "Lucía", "Sofía", "Małgorzata", "Dagmar",
			"Ingrid", "Greta", "Astrid", "Yuki", "Keiko", "Mei", "Priya", "Aishwarya", "Fatima", "Leila", "Ngozi", "Amara",
			"Olga", "Natalia", "Irina", "Giulia", "Francesca", "Sophie", "Claire", "Isabelle", "Juliette", "Céline",
			"Brigitte", "Liv", "Björk", "Ana", "Elena", "Carmen", "Beatriz", "Noémie" };

	static final String[] LAST = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
			"Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
			"Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
			"Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
			"Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez",
			"Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris",
			"Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed",
			"Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James",
			"Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers",
			"Long", "Ross", "Foster", "Jiménez", "Müller", "Schröder", "Gößmann", "Dubois", "Lefèvre", "Château",
			"Åkesson", "Sørensen", "Nørgaard", "Kowalski", "Wiśniewski", "Dvořák", "Novák", "Horváth", "Núñez", "Peña",
			"Muñoz", "Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Wang", "Li", "Zhang", "Chen",
			"Liu", "Singh", "Kumar", "Sharma", "Khan", "Okafor", "Adeyemi", "Mensah", "Ivanov", "Petrov", "Smirnov",
			"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Dupont", "Bernard", "Moreau", "Laurent",
			"Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "O'Brien", "O'Connor", "McCarthy", "MacLeod", "de la Cruz",
			"van der Berg", "Van Damme", "St. John", "Fitzgerald", "Kaurismäki", "Çelik", "Yılmaz", "Öztürk" };

	static final String[] KOREAN_FAMILY = { "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
			"Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong" };

	static final String[] KOREAN_GIVEN = { "Ji", "Min", "Seo", "Ha", "Jong", "Chung", "Yu", "Hye", "Su", "Jae", "Do",
			"Woo", "Eun", "Hyun", "Sung", "Young", "Dong", "Tae", "Joon", "Na" };

	static final String[] KOREAN_GIVEN2 = { "hoon", "rim", "seo", "hyun", "ho", "jin", "young", "won", "bin", "mi",
			"jun", "ah", "yeon", "woo", "sik", "kyung", "min", "hee", "soo", "in" };

	static final String[] CHARACTER_ROLES = { "Detective", "Mother", "Father", "Nurse", "Doctor", "Bartender",
			"Soldier", "Narrator", "Waitress", "Police Officer", "Himself", "Herself", "The Stranger", "Young Girl",
			"Old Man", "Reporter", "Teacher", "Priest", "Driver", "Guard" };

	static final String[] ADJECTIVES = { "Last", "Silent", "Dark", "Broken", "Hidden", "Golden", "Lost", "Red",
			"Endless", "Secret", "Wild", "Cold", "Burning", "Quiet", "Final", "Little", "Great", "Blue", "Strange",
			"Forgotten", "Bitter", "Electric", "Savage", "Sweet", "Crimson", "Midnight", "Eternal", "Fallen", "Hollow",
			"Iron" };

	static final String[] NOUNS = { "Night", "River", "Call", "Ballerina", "Garden", "Road", "Summer", "Winter",
			"Storm", "Heart", "House", "City", "Dream", "Mirror", "Shadow", "Harbor", "Promise", "Kingdom", "Letter",
			"Stranger", "Witness", "Island", "Train", "Window", "Empire", "Fire", "Song", "Dance", "Crown", "Game",
			"Circle", "Echo", "Hunter", "Bridge", "Voyage", "Lantern", "Orchard", "Machine", "Whisper", "Horizon" };

	static final String[] PLACES = { "Paris", "Seoul", "Tokyo", "Berlin", "Madrid", "Rome", "Lagos", "Mumbai", "Cairo",
			"Lisbon", "Havana", "Oslo", "Prague", "Vienna", "Istanbul", "Montréal", "São Paulo", "Kraków", "Reykjavík",
			"Marseille", "Busan", "Kyoto", "Nairobi", "Lima", "Dublin", "the North", "the Valley", "the Sea",
			"Yesterday", "Tomorrow" };

	static final String[] WORDS_FOREIGN = { "La", "Le", "Die", "Il", "El", "O" };

	static final String[] GENRES = { "Drama", "Comedy", "Action,Thriller", "Drama,Romance", "Horror", "Documentary",
			"Crime,Drama,Mystery", "Adventure,Family", "Sci-Fi", "Western", "\\N", "Animation,Comedy", "Musical",
			"Biography,Drama,History", "War" };

}
