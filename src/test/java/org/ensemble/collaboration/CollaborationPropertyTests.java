package org.ensemble.collaboration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.catalog.WorkInput;
import org.ensemble.collaboration.BruteForceCollaborations.Credit;
import org.ensemble.collaboration.BruteForceCollaborations.Question;
import org.ensemble.catalog.WorkWrites;
import org.ensemble.ingest.ImportProgress;
import org.ensemble.ingest.ImportReport;
import org.ensemble.ingest.ImportRequest;
import org.ensemble.ingest.Imports;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random small catalogs, seeded: after every upsert or delete the materialised collaborations equal
 * a brute-force computation from the credits; at the end of each sequence the pairings and
 * collaborators answers, under role, bill and year filters, equal it too, and a full rebuild changes
 * nothing.
 */
class CollaborationPropertyTests extends GraphTestSupport {

	private static final int PEOPLE = 12;

	private static final int WORKS = 8;

	private static final int OPERATIONS = 30;

	/** Pairings questions (query string, what it asks) checked against the brute force. */
	private static final Map<String, Question> PAIRING_QUESTIONS = new LinkedHashMap<>();

	/** Collaborators questions checked against the brute force. */
	private static final Map<String, Question> COLLABORATOR_QUESTIONS = new LinkedHashMap<>();

	static {
		PAIRING_QUESTIONS.put("", Question.any());
		PAIRING_QUESTIONS.put("&topBilled=1", question(null, null, null, 1, null, null));
		PAIRING_QUESTIONS.put("&topBilled=3", question(null, null, null, 3, null, null));
		PAIRING_QUESTIONS.put("&topBilled=6", question(null, null, null, 6, null, null));
		PAIRING_QUESTIONS.put("&roles=actor,actor", question("actor", "actor", null, null, null, null));
		PAIRING_QUESTIONS.put("&roles=actor,director", question("actor", "director", null, null, null, null));
		PAIRING_QUESTIONS.put("&roles=director,director", question("director", "director", null, null, null, null));
		PAIRING_QUESTIONS.put("&roles=director,actor&topBilled=2", question("director", "actor", null, 2, null, null));
		PAIRING_QUESTIONS.put("&from=2002", question(null, null, null, null, 2002, null));
		PAIRING_QUESTIONS.put("&to=2003", question(null, null, null, null, null, 2003));
		PAIRING_QUESTIONS.put("&roles=actor,composer&from=2001&to=2004", question("actor", "composer", null, null, 2001, 2004));
		PAIRING_QUESTIONS.put("&from=2001&to=2004&topBilled=3", question(null, null, null, 3, 2001, 2004));

		COLLABORATOR_QUESTIONS.put("", Question.any());
		COLLABORATOR_QUESTIONS.put("&topBilled=2", question(null, null, null, 2, null, null));
		COLLABORATOR_QUESTIONS.put("&role=actor", question("actor", null, null, null, null, null));
		COLLABORATOR_QUESTIONS.put("&with=director", question(null, "director", null, null, null, null));
		COLLABORATOR_QUESTIONS.put("&role=director&with=actor&topBilled=3", question("director", "actor", null, 3, null, null));
		COLLABORATOR_QUESTIONS.put("&roles=actor,director", question(null, null, Set.of("actor", "director"), null, null, null));
		COLLABORATOR_QUESTIONS.put("&from=2002", question(null, null, null, null, 2002, null));
		COLLABORATOR_QUESTIONS.put("&to=2003&topBilled=4", question(null, null, null, 4, null, 2003));
	}

	@Autowired
	private WorkWrites writes;

	@Autowired
	private CollaborationRebuild rebuild;

	@Autowired
	private Imports imports;

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 20);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void upsertsAndDeletesKeepCollaborationsEqualToTheCreditsAndToARebuild(long seed) {
		runSequence(seed, true);
	}

	static LongStream fewerSeeds() {
		return LongStream.rangeClosed(1, 10);
	}

	/**
	 * The same with each work keeping the year it was first given, so that the rest of the upkeep
	 * is checked even when changing a work's year goes wrong.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("fewerSeeds")
	void upsertsAndDeletesOfWorksThatKeepTheirYearKeepCollaborationsEqualToTheCreditsAndToARebuild(long seed) {
		runSequence(1000 + seed, false);
	}

	private void runSequence(long seed, boolean yearsChange) {
		RandomCatalog catalog = new RandomCatalog(seed, PEOPLE);
		Map<String, Integer> fixedYears = new HashMap<>();
		TreeSet<String> stored = new TreeSet<>();
		List<String> log = new ArrayList<>();
		for (int step = 0; step < OPERATIONS; step++) {
			String id = "w" + catalog.random().nextInt(WORKS);
			boolean delete = !stored.isEmpty() && catalog.random().nextInt(4) == 0;
			if (delete) {
				id = stored.toArray(new String[0])[catalog.random().nextInt(stored.size())];
				log.add("delete " + id);
				perform(seed, log, id, null);
				stored.remove(id);
			}
			else if (catalog.random().nextInt(5) == 0) {
				// An import batch: a few works in one transaction (one of them maybe listed twice), through
				// the importer's road instead of the API's.
				List<WorkInput> batch = new ArrayList<>();
				int size = 1 + catalog.random().nextInt(4);
				for (int i = 0; i < size; i++) {
					String batchId = (i > 0 && catalog.random().nextInt(4) == 0) ? batch.get(0).id()
							: "w" + catalog.random().nextInt(WORKS);
					if (yearsChange || !fixedYears.containsKey(batchId)) {
						fixedYears.put(batchId, catalog.year());
					}
					batch.add(catalog.work(batchId, fixedYears.get(batchId), 6));
				}
				log.add("import " + batch.stream().map((w) -> describe(w)).toList());
				importBatch(seed, log, batch);
				batch.forEach((w) -> stored.add(w.id()));
			}
			else {
				if (yearsChange || !fixedYears.containsKey(id)) {
					fixedYears.put(id, catalog.year());
				}
				Integer year = fixedYears.get(id);
				WorkInput work = catalog.work(id, year, 6);
				log.add("upsert " + describe(work));
				perform(seed, log, id, work);
				stored.add(id);
			}
			assertThat(BruteForceCollaborations.differences(this.driver))
				.as("seed %d, collaborations after:%n  %s", seed, String.join("\n  ", log))
				.isEmpty();
		}
		assertThat(answersAgainstBruteForce())
			.as("seed %d, pairings and collaborators after:%n  %s", seed, String.join("\n  ", log))
			.isEmpty();
		Map<String, Map<String, Object>> before = BruteForceCollaborations.relationships(this.driver);
		this.rebuild.rebuild();
		assertThat(BruteForceCollaborations.changes(before, BruteForceCollaborations.relationships(this.driver)))
			.as("seed %d, what a rebuild changed after:%n  %s", seed, String.join("\n  ", log))
			.isEmpty();
	}

	/** The pairings and some people's collaborators, under each filter, where they differ from the brute force. */
	private List<String> answersAgainstBruteForce() {
		List<Credit> credits = BruteForceCollaborations.credits(this.driver);
		HttpCatalog http = new HttpCatalog(this.mvc);
		List<String> problems = new ArrayList<>();
		try {
			for (var question : PAIRING_QUESTIONS.entrySet()) {
				String url = "/api/pairings?minShared=1&limit=1000" + question.getKey();
				List<String> actual = new ArrayList<>();
				http.get(url).path("pairings").forEach((row) -> {
					// In the order answered: with two roles, a holds the first.
					actual.add(row.path("a").path("id").asString() + "+" + row.path("b").path("id").asString() + " x" + row.path("shared").asInt() + " " + year(row.path("first")) + "-"
							+ year(row.path("last")));
				});
				List<String> expected = BruteForceCollaborations.pairings(credits, question.getValue());
				if (!actual.equals(expected)) {
					problems.add(url + "\n    answered " + actual + "\n    credits say " + expected);
				}
			}
			List<String> people = people();
			for (String person : people.subList(0, Math.min(3, people.size()))) {
				for (var question : COLLABORATOR_QUESTIONS.entrySet()) {
					String url = "/api/people/" + person + "/collaborators?minShared=1&limit=1000" + question.getKey();
					List<String> actual = new ArrayList<>();
					http.get(url).path("collaborators").forEach((row) -> actual.add(row.path("person").path("id").asString() + " x"
							+ row.path("shared").asInt() + " " + year(row.path("first")) + "-" + year(row.path("last")) + " "
							+ new TreeSet<>(HttpCatalog.strings(row.path("roles")))));
					List<String> expected = BruteForceCollaborations.collaborators(credits, person, question.getValue());
					if (!actual.equals(expected)) {
						problems.add(url + "\n    answered " + actual + "\n    credits say " + expected);
					}
				}
			}
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
		return problems;
	}

	private static String year(JsonNode value) {
		return (value.isNull() || value.isMissingNode()) ? "null" : String.valueOf(value.asInt());
	}

	private List<String> people() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (p:Person) RETURN p.id AS id ORDER BY id").list((r) -> r.get("id").asString());
		}
	}

	private static Question question(String role1, String role2, Set<String> roles, Integer topBilled, Integer from, Integer to) {
		return new Question(role1, role2, roles, topBilled, from, to);
	}

	private static String describe(WorkInput work) {
		return work.id() + " year=" + work.year() + " credits=" + work.credits()
			.stream()
			.map((c) -> c.person().id() + ":" + c.role().json() + (c.billing() == null ? "" : "#" + c.billing()))
			.toList();
	}

	/** Writes the works as a JSON Lines file and imports it as a service would: one batch, collaborations kept. */
	private void importBatch(long seed, List<String> log, List<WorkInput> works) {
		try {
			Path file = Files.createTempFile("ensemble-batch-", ".jsonl");
			try {
				StringBuilder lines = new StringBuilder();
				for (WorkInput work : works) {
					lines.append(HttpCatalog.JSON.writeValueAsString(work)).append('\n');
				}
				Files.writeString(file, lines);
				ImportReport report = this.imports.run(new ImportRequest.JsonLines(file), new ImportProgress());
				assertThat(report.skipped()).as("lines the import skipped").isZero();
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new AssertionError("seed " + seed + ": the last operation failed:\n  " + String.join("\n  ", log), ex);
		}
	}

	private void perform(long seed, List<String> log, String id, WorkInput work) {
		try {
			if (work == null) {
				this.writes.delete(id);
			}
			else {
				this.writes.upsert(id, work);
			}
		}
		catch (RuntimeException ex) {
			throw new AssertionError("seed " + seed + ": the last operation failed:\n  " + String.join("\n  ", log), ex);
		}
	}

}
