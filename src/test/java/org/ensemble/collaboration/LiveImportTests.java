package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import org.ensemble.catalog.WorkInput;
import org.ensemble.catalog.WorkWrites;
import org.ensemble.credit.Role;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports uploaded to a serving instance ({@code POST /api/imports}) while readers ask questions in a
 * loop and writers {@code PUT} works that share people with the import's: every answer is one the
 * graph gave before or after the import's committed batch, never one with collaborations missing,
 * and at the end the collaborations equal a brute-force count from the credits, one relationship per
 * pair. The rebuild command, run while readers ask, changes no answer.
 */
class LiveImportTests extends GraphTestSupport {

	private static final int PEOPLE = 40;

	/** Few enough credits and pairs that the import is one batch: its committed states are before and after. */
	private static final int WORKS = 300;

	private static final List<String> QUESTIONS = questions();

	@Autowired
	private WorkWrites writes;

	@Autowired
	private CollaborationRebuild rebuild;

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void readersSeeTheGraphBeforeOrAfterAnImportOfTheSameAndOfChangedFiles() throws Exception {
		RandomCatalog random = new RandomCatalog(42, PEOPLE);
		List<WorkInput> first = new ArrayList<>();
		for (int i = 0; i < WORKS; i++) {
			first.add(random.work("w" + i, random.year(), 7));
		}
		awaitImport(upload(first));
		Map<String, String> before = answers();
		assertThat(before.get("/api/pairings?minShared=1&limit=1000")).contains("\"shared\"");

		// The same file again: every answer stays as it was, and no work is written.
		Observed same = observeWhile(() -> awaitImport(upload(first)));
		assertThat(same.report()).contains("\"worksUnchanged\":" + WORKS);
		assertThat(answers()).isEqualTo(before);
		same.assertEachAnswerIsOneOf(before, before);

		// A changed file: a third of the teams drawn again, 40 works more.
		List<WorkInput> changed = new ArrayList<>(first);
		for (int i = 0; i < WORKS; i += 3) {
			changed.set(i, random.work("w" + i, first.get(i).year(), 7));
		}
		for (int i = WORKS; i < WORKS + 40; i++) {
			changed.add(random.work("w" + i, random.year(), 7));
		}
		Observed observed = observeWhile(() -> awaitImport(upload(changed)));
		Map<String, String> after = answers();
		assertThat(after).isNotEqualTo(before);
		observed.assertEachAnswerIsOneOf(before, after);
		assertThat(BruteForceCollaborations.differences(this.driver)).isEmpty();
		assertThat(BruteForceCollaborations.relationships(this.driver)).isNotEmpty();
	}

	@Test
	void theRebuildCommandChangesNoAnswerWhileReadersAsk() throws Exception {
		RandomCatalog random = new RandomCatalog(11, PEOPLE);
		List<WorkInput> works = new ArrayList<>();
		for (int i = 0; i < WORKS; i++) {
			works.add(random.work("w" + i, random.year(), 7));
		}
		awaitImport(upload(works));
		Map<String, String> before = answers();

		Observed observed = observeWhile(() -> {
			long recounted = 0;
			for (int i = 0; i < 5; i++) {
				recounted += this.rebuild.rebuild().relationships();
			}
			return "recounted " + recounted;
		});

		observed.assertEachAnswerIsOneOf(before, before);
		assertThat(answers()).isEqualTo(before);
		assertThat(this.rebuild.isStale()).isFalse();
		assertThat(duplicatePairs()).isZero();
	}

	@Test
	void writersAndAnImportOnSharedPeopleLeaveExactCountsAndOneRelationshipPerPair() throws Exception {
		RandomCatalog random = new RandomCatalog(7, PEOPLE);
		List<WorkInput> imported = new ArrayList<>();
		for (int i = 0; i < WORKS; i++) {
			imported.add(random.work("w" + i, random.year(), 7));
		}
		AtomicBoolean importing = new AtomicBoolean(true);
		List<Future<Integer>> writers = new ArrayList<>();
		for (int writer = 0; writer < 2; writer++) {
			RandomCatalog own = new RandomCatalog(100 + writer, PEOPLE);
			String prefix = "api" + writer + ":w";
			writers.add(this.threads.submit(() -> {
				int puts = 0;
				while (importing.get() || puts < 20) {
					String id = prefix + own.random().nextInt(15);
					if (own.random().nextInt(5) == 0) {
						try {
							this.writes.delete(id);
						}
						catch (org.ensemble.system.NotFoundException ex) {
							// not written yet
						}
					}
					else {
						this.writes.upsert(id, own.work(id, own.year(), 6));
					}
					puts++;
				}
				return puts;
			}));
		}
		String job = upload(imported);
		awaitImport(job);
		importing.set(false);
		for (Future<Integer> writer : writers) {
			assertThat(writer.get(2, TimeUnit.MINUTES)).isGreaterThanOrEqualTo(20);
		}
		assertThat(BruteForceCollaborations.differences(this.driver)).isEmpty();
		assertThat(BruteForceCollaborations.relationships(this.driver)).isNotEmpty();
		assertThat(duplicatePairs()).isZero();
	}

	/** Answers recorded while an import ran, and whether the consistency reader found a torn graph. */
	private record Observed(List<Map.Entry<String, String>> answers, List<String> torn, String report) {

		void assertEachAnswerIsOneOf(Map<String, String> before, Map<String, String> after) {
			assertThat(this.torn).as("collaborations that disagreed with the credits in one read transaction").isEmpty();
			List<String> wrong = new ArrayList<>();
			for (var answer : this.answers) {
				if (!answer.getValue().equals(before.get(answer.getKey())) && !answer.getValue().equals(after.get(answer.getKey()))) {
					wrong.add(answer.getKey() + " answered " + answer.getValue() + "\n  before: " + before.get(answer.getKey())
							+ "\n  after:  " + after.get(answer.getKey()));
				}
			}
			assertThat(wrong).as("answers that were neither the graph before nor after the import").isEmpty();
			assertThat(this.answers).isNotEmpty();
		}

	}

	/** What runs while the readers ask: it returns when done, with a report to check. */
	private interface Action {

		String run() throws Exception;

	}

	/** Runs the action and asks questions until it ends, from two HTTP readers and one in-transaction checker. */
	private Observed observeWhile(Action action) throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		ConcurrentLinkedQueue<Map.Entry<String, String>> seen = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
		List<Future<?>> readers = new ArrayList<>();
		for (int reader = 0; reader < 2; reader++) {
			int offset = reader;
			readers.add(this.threads.submit(() -> {
				for (int i = offset; running.get() || i < offset + QUESTIONS.size(); i++) {
					String url = QUESTIONS.get(i % QUESTIONS.size());
					seen.add(Map.entry(url, answer(url)));
				}
				return null;
			}));
		}
		readers.add(this.threads.submit(() -> {
			for (int i = 0; running.get() || i < 5; i++) {
				String person = RandomCatalog.person(i % 8);
				torn.addAll(tornCollaborations(person));
			}
			return null;
		}));
		String report = action.run();
		running.set(false);
		for (Future<?> reader : readers) {
			reader.get(2, TimeUnit.MINUTES);
		}
		return new Observed(List.copyOf(seen), List.copyOf(torn), report);
	}

	/**
	 * A person's collaborations as stored and as the credits count them, read stored, counted, stored,
	 * counted. Neo4j reads committed data statement by statement, so a commit may fall between two
	 * readings: only when both readings of each agree (no commit in between) can a difference be laid to
	 * a reader seeing part of a write.
	 */
	private List<String> tornCollaborations(String person) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> {
				Set<String> stored = strings(tx.run(STORED_COLLABORATIONS, Map.of("id", person)).single().get(0));
				Set<String> counted = strings(tx.run(COUNTED_COLLABORATIONS, Map.of("id", person)).single().get(0));
				Set<String> storedAgain = strings(tx.run(STORED_COLLABORATIONS, Map.of("id", person)).single().get(0));
				Set<String> countedAgain = strings(tx.run(COUNTED_COLLABORATIONS, Map.of("id", person)).single().get(0));
				boolean settled = stored.equals(storedAgain) && counted.equals(countedAgain);
				return (!settled || stored.equals(counted)) ? List.<String>of()
						: List.of(person + ": stored " + stored + ", credits " + counted);
			});
		}
	}

	private static final String STORED_COLLABORATIONS = """
			OPTIONAL MATCH (:Person {id: $id})-[r:COLLABORATED_WITH]-(o:Person)
			RETURN collect(o.id + ' x' + r.shared)""";

	private static final String COUNTED_COLLABORATIONS = """
			OPTIONAL MATCH (p:Person {id: $id})-[:%1$s]->(w:Work)<-[:%1$s]-(o:Person) WHERE o <> p
			WITH o, count(DISTINCT w) AS n WHERE o IS NOT NULL
			RETURN collect(o.id + ' x' + n)""".formatted(Role.CREDIT_TYPES);

	private static Set<String> strings(Value list) {
		return new TreeSet<>(list.asList(Value::asString));
	}

	private static List<String> questions() {
		List<String> questions = new ArrayList<>();
		questions.add("/api/pairings?minShared=1&limit=1000");
		questions.add("/api/pairings?minShared=2&limit=1000&roles=director,actor");
		questions.add("/api/pairings?minShared=1&limit=1000&roles=actor,actor");
		for (int i = 0; i < 5; i++) {
			questions.add("/api/people/" + RandomCatalog.person(i) + "/collaborators?minShared=1&limit=1000");
			questions.add("/api/people/" + RandomCatalog.person(i) + "/collaborators?minShared=1&limit=1000&role=actor");
			questions.add("/api/together?people=" + RandomCatalog.person(i) + "," + RandomCatalog.person(i + 5));
			questions.add("/api/works/w" + (i * 3) + "/reunions");
		}
		return List.copyOf(questions);
	}

	private Map<String, String> answers() throws Exception {
		Map<String, String> answers = new HashMap<>();
		for (String url : QUESTIONS) {
			answers.put(url, answer(url));
		}
		return answers;
	}

	/** The body, or the status for a question the graph can't answer (a work or person not there yet). */
	private String answer(String url) throws Exception {
		var response = this.mvc.perform(get(url)).andReturn().getResponse();
		return (response.getStatus() == 200) ? response.getContentAsString() : "status " + response.getStatus();
	}

	private String upload(List<WorkInput> works) throws Exception {
		StringBuilder lines = new StringBuilder();
		for (WorkInput work : works) {
			lines.append(HttpCatalog.JSON.writeValueAsString(work)).append('\n');
		}
		String body = this.mvc
			.perform(multipart("/api/imports")
				.file(new MockMultipartFile("file", "works.jsonl", "application/x-ndjson", lines.toString().getBytes()))
				.param("format", "jsonl")
				.header("X-Api-Key", API_KEY))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** Waits for the job to end; returns its report, which must say it succeeded with nothing skipped. */
	private String awaitImport(String id) throws Exception {
		long deadline = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < deadline) {
			String body = this.mvc.perform(get("/api/imports/" + id)).andReturn().getResponse().getContentAsString();
			String state = JsonPath.read(body, "$.state");
			if (!state.equals("running") && !state.equals("queued")) {
				assertThat(state).as(body).isEqualTo("succeeded");
				assertThat(((Number) JsonPath.read(body, "$.report.skipped")).longValue()).as(body).isZero();
				return body;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the import " + id + " did not end within two minutes");
	}

	private long duplicatePairs() {
		try (var session = this.driver.session()) {
			return session.run("""
					MATCH (a:Person)-[r:COLLABORATED_WITH]-(b:Person) WHERE a.id < b.id
					WITH a, b, count(r) AS n WHERE n > 1
					RETURN count(*) AS duplicates""").single().get(0).asLong();
		}
	}

}
