package org.ensemble.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.support.GraphSnapshot;
import org.ensemble.support.GraphTestSupport;
import org.ensemble.support.Requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * JSON Lines: each line is a {@code PUT /api/works/{id}} body with its id, so importing a file must
 * leave the graph answering exactly as PUTting its lines one by one does.
 */
class JsonLinesImportTests extends GraphTestSupport {

	private static final List<String> WORKS = List.of("netflix:ballerina", "netflix:the-call");

	private static final List<String> PEOPLE = List.of("lee-chung-hyun", "jeon-jong-seo", "gray", "park-shin-hye");

	@Autowired
	private Imports imports;

	@Test
	void importAnswersAsThePutOfEachLineDoes() throws Exception {
		ImportReport report = this.imports.run(new ImportRequest.JsonLines(Fixtures.ballerina()), new ImportProgress());
		List<String> imported = answers();

		GraphSnapshot.emptyDatabase(this.driver);
		for (String line : Fixtures.lines(Fixtures.ballerina())) {
			if (!line.isBlank()) {
				String id = line.substring(line.indexOf("\"id\": \"") + 7, line.indexOf('"', line.indexOf("\"id\": \"") + 7));
				this.mvc.perform(Requests.putJson("/api/works/" + id, line)).andExpect(status().isCreated());
			}
		}
		List<String> put = answers();

		assertThat(imported).containsExactlyElementsOf(put);
		assertThat(report.worksRead()).isEqualTo(2);
		assertThat(report.worksInDatabase()).isEqualTo(2);
		assertThat(report.peopleInDatabase()).isEqualTo(4);
		// Ballerina: 3 pairs; The Call: Lee with Park and Jeon (already paired), Park with Jeon: 5 pairs.
		assertThat(report.collaborations()).isEqualTo(5);
		assertThat(report.skipped()).isZero();
	}

	@Test
	void worksAreLinkedToTheirCompanies() {
		this.imports.run(new ImportRequest.JsonLines(Fixtures.ballerina()), new ImportProgress());

		List<Record> released;
		try (var session = this.driver.session()) {
			released = session.run("""
					MATCH (w:Work)-[r:RELEASED_BY]->(c:Company)
					RETURN w.id AS work, r.role AS role, c.id AS company, c.name AS name ORDER BY work""").list();
		}
		assertThat(released).extracting((r) -> r.get("work").asString() + " " + r.get("role").asString() + " "
				+ r.get("company").asString() + " " + r.get("name").asString())
			.containsExactly("netflix:ballerina distributor netflix Netflix", "netflix:the-call distributor netflix Netflix");
		assertThat(GraphSnapshot.count(this.driver, "MATCH (c:Company) RETURN count(c)")).isEqualTo(1);
	}

	@Test
	void aBadLineIsReportedWithFileAndLineAndTheRestIsImported(@TempDir Path dir) {
		List<String> lines = new ArrayList<>(Fixtures.lines(Fixtures.ballerina()));
		lines.add(1, "{\"id\": \"broken\", \"title\": ");
		lines.add(2, "{\"id\": \"no-role\", \"title\": \"No role\", \"credits\": [{\"person\": {\"id\": \"x\", \"name\": \"X\"}}]}");
		Path file = Fixtures.writeLines(dir, "works.jsonl", lines);

		ImportReport report = this.imports.run(new ImportRequest.JsonLines(file), new ImportProgress());

		assertThat(report.skippedLines()).extracting((skip) -> skip.file() + ":" + skip.line())
			.containsExactly("works.jsonl:2", "works.jsonl:3");
		assertThat(report.skippedLines().get(1).reason()).contains("credits[0].role");
		assertThat(report.worksInDatabase()).isEqualTo(2);
		assertThat(GraphSnapshot.count(this.driver, "MATCH (w:Work) WHERE w.id IN ['broken', 'no-role'] RETURN count(w)"))
			.isZero();
		assertThat(GraphSnapshot.count(this.driver, "MATCH (p:Person {id: 'x'}) RETURN count(p)")).isZero();
	}

	@Test
	void aLineBreakingARuleOfTheApiIsRefusedWithTheApisWordsAndItsLine(@TempDir Path dir) throws Exception {
		String late = "{\"id\": \"late\", \"title\": \"Late\", \"year\": 2300, \"credits\": []}";
		String billed = "{\"id\": \"billed\", \"title\": \"Billed\", \"credits\": "
				+ "[{\"person\": {\"id\": \"x\", \"name\": \"X\"}, \"role\": \"actor\", \"billing\": -1}]}";
		Path file = Fixtures.writeLines(dir, "rules.jsonl", List.of(late, billed));

		ImportReport report = this.imports.run(new ImportRequest.JsonLines(file), new ImportProgress());

		assertThat(report.skippedLines()).extracting((skip) -> skip.file() + ":" + skip.line())
			.containsExactly("rules.jsonl:1", "rules.jsonl:2");
		// One validation: the import reports what a PUT of the same body answers.
		String putLate = this.mvc.perform(Requests.putJson("/api/works/late", late))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(report.skippedLines().get(0).reason()).contains("year: must be less than or equal to 2200");
		assertThat(putLate).contains("year: must be less than or equal to 2200");
		assertThat(report.skippedLines().get(1).reason()).contains("credits[0].billing: must be greater than or equal to 0");
		assertThat(report.worksInDatabase()).isZero();
	}

	@Test
	void aWorkListedTwiceEndsAsItsLastLineSaysLikeTwoPuts(@TempDir Path dir) throws Exception {
		String first = "{\"id\": \"w1\", \"title\": \"First cut\", \"year\": 2001, \"companies\": [{\"id\": \"c1\", \"name\": \"C1\", \"role\": \"studio\"}],"
				+ " \"credits\": [{\"person\": {\"id\": \"a\", \"name\": \"A\"}, \"role\": \"director\"},"
				+ " {\"person\": {\"id\": \"b\", \"name\": \"B\"}, \"role\": \"actor\", \"billing\": 0}]}";
		String second = "{\"id\": \"w1\", \"title\": \"Final cut\", \"year\": 2001, \"companies\": [{\"id\": \"c1\", \"name\": \"C1\", \"role\": \"studio\"}],"
				+ " \"credits\": [{\"person\": {\"id\": \"a\", \"name\": \"A\"}, \"role\": \"director\"},"
				+ " {\"person\": {\"id\": \"c\", \"name\": \"C\"}, \"role\": \"actor\", \"billing\": 0}]}";
		Path file = Fixtures.writeLines(dir, "twice.jsonl", List.of(first, second));

		this.imports.run(new ImportRequest.JsonLines(file), new ImportProgress());
		String imported = body("/api/works/w1");
		long importedCollaborations = GraphSnapshot.count(this.driver, "MATCH ()-[r:COLLABORATED_WITH]->() RETURN count(r)");

		GraphSnapshot.emptyDatabase(this.driver);
		this.mvc.perform(Requests.putJson("/api/works/w1", first)).andExpect(status().isCreated());
		this.mvc.perform(Requests.putJson("/api/works/w1", second)).andExpect(status().isOk());

		assertThat(imported).isEqualTo(body("/api/works/w1"));
		assertThat(importedCollaborations)
			.isEqualTo(GraphSnapshot.count(this.driver, "MATCH ()-[r:COLLABORATED_WITH]->() RETURN count(r)"));
	}

	/** What the API answers about the fixture's works and people, and the whole-database counts. */
	private List<String> answers() throws Exception {
		List<String> answers = new ArrayList<>();
		for (String id : WORKS) {
			answers.add(body("/api/works/" + id));
		}
		for (String id : PEOPLE) {
			answers.add(body("/api/people/" + id));
		}
		answers.add(body("/api/stats"));
		answers.add(body("/api/people/lee-chung-hyun/collaborators"));
		answers.add(body("/api/search?q=lee+choong+hyun"));
		return answers;
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
