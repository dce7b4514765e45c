package org.ensemble.ingest;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import org.ensemble.ingest.parse.ImportFileException;
import org.ensemble.ingest.parse.WikidataParser;
import org.ensemble.support.GraphSnapshot;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Wikidata fixture ({@code src/test/resources/wikidata}, the Ballerina story) through
 * {@link Imports#run} into the graph. Counted by hand from {@code make_fixtures.py}: four works, the
 * twelve people they credit (one of them absent from the file, one without a label), eighteen
 * credits, and 24 pairs (Lee Chung-hyun and Jeon Jong-seo share two works).
 */
class WikidataImportTests extends GraphTestSupport {

	static final long WORKS = 4;

	static final long PEOPLE = 12;

	static final long CREDITS = 18;

	static final long COLLABORATIONS = 24;

	@Autowired
	private Imports imports;

	@Test
	void importStoresTheWorksPeopleCreditsAndCompaniesOfTheDump() throws Exception {
		ImportReport report = this.imports.run(wikidata("ballerina.json"), new ImportProgress());

		assertThat(report.format()).isEqualTo("wikidata");
		assertThat(report.worksStored()).isEqualTo(WORKS);
		assertThat(report.worksInDatabase()).isEqualTo(WORKS);
		assertThat(report.peopleInDatabase()).isEqualTo(PEOPLE);
		assertThat(report.creditsStored()).isEqualTo(CREDITS);
		assertThat(report.creditsInDatabase()).containsEntry("director", 4L)
			.containsEntry("actor", 8L)
			.containsEntry("composer", 3L)
			.containsEntry("writer", 2L)
			.containsEntry("cinematographer", 1L);
		assertThat(report.collaborations()).isEqualTo(COLLABORATIONS);
		assertThat(report.skippedLines()).extracting(ImportProgress.Skip::line).containsExactly(13L, 17L, 6L);

		this.mvc.perform(get("/api/works/{id}", "wikidata:Q90000001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Ballerina"))
			.andExpect(jsonPath("$.originalTitle").value("발레리나"))
			.andExpect(jsonPath("$.released").value("2023-10-06"))
			.andExpect(jsonPath("$.imdbId").value("tt15353916"))
			.andExpect(jsonPath("$.tmdbId").value("1004663"))
			.andExpect(jsonPath("$.wikidataId").value("Q90000001"))
			.andExpect(jsonPath("$.companies.length()").value(2))
			.andExpect(jsonPath("$.companies[?(@.role == 'distributor')].name").value("Netflix"))
			.andExpect(jsonPath("$.companies[?(@.role == 'production')].name").value("클라이맥스 스튜디오"))
			.andExpect(jsonPath("$.credits.length()").value(6))
			.andExpect(jsonPath("$.credits[?(@.person.id == 'wikidata:Q90000102')].characters[0]").value("Ok-ju"))
			.andExpect(jsonPath("$.credits[?(@.person.id == 'wikidata:Q90000102')].billing").value(0))
			.andExpect(jsonPath("$.credits[?(@.person.id == 'wikidata:Q90000102')].person.name").value("Jeon Jong-seo"));
		this.mvc.perform(get("/api/works/{id}", "wikidata:Q90000003"))
			.andExpect(jsonPath("$.kind").value("series"))
			.andExpect(jsonPath("$.year").value(2021))
			.andExpect(jsonPath("$.released").doesNotExist())
			.andExpect(jsonPath("$.companies[0].role").value("broadcaster"));
	}

	@Test
	void peopleAreStoredWithTheirIdsAndFoundByTheirHangulName() throws Exception {
		this.imports.run(wikidata("ballerina.ndjson"), new ImportProgress());

		Record lee = single("""
				MATCH (p:Person {id: 'wikidata:Q90000101'})
				RETURN p.name AS name, p.aliases AS aliases, p.imdbId AS imdbId, p.tmdbId AS tmdbId,
				       p.wikidataId AS wikidataId, p.birthYear AS birthYear""");
		assertThat(lee.get("name").asString()).isEqualTo("Lee Chung-hyun");
		assertThat(lee.get("aliases").asList(Value::asString)).containsExactly("이충현", "イ・チュンヒョン", "Lee Choong Hyun");
		assertThat(lee.get("imdbId").asString()).isEqualTo("nm7652862");
		assertThat(lee.get("tmdbId").asString()).isEqualTo("1527408");
		assertThat(lee.get("wikidataId").asString()).isEqualTo("Q90000101");
		assertThat(lee.get("birthYear").asInt()).isEqualTo(1990);
		// Absent from the file, and without a label: credited under their Q-id.
		assertThat(single("MATCH (p:Person {id: 'wikidata:Q90000107'}) RETURN p.name AS name").get("name").asString())
			.isEqualTo("Q90000107");
		assertThat(single("MATCH (p:Person {id: 'wikidata:Q90000111'}) RETURN p.name AS name").get("name").asString())
			.isEqualTo("Q90000111");

		this.mvc.perform(get("/api/search").param("q", "전종서").param("type", "person"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].id").value("wikidata:Q90000102"));
		this.mvc.perform(get("/api/search").param("q", "이충현").param("type", "person"))
			.andExpect(jsonPath("$.hits[0].id").value("wikidata:Q90000101"));
		assertThat(single("""
				MATCH (:Person {id: 'wikidata:Q90000101'})-[r:COLLABORATED_WITH]-(:Person {id: 'wikidata:Q90000102'})
				RETURN r.shared AS shared""").get("shared").asInt()).isEqualTo(2);
	}

	@Test
	void importingTheSameDumpTwiceChangesNothing() {
		this.imports.run(wikidata("ballerina.json"), new ImportProgress());
		GraphSnapshot first = GraphSnapshot.of(this.driver);

		ImportReport again = this.imports.run(wikidata("ballerina.ndjson"), new ImportProgress());

		assertThat(GraphSnapshot.of(this.driver).lines()).containsExactlyElementsOf(first.lines());
		assertThat(again.worksUnchanged()).isEqualTo(WORKS);
		assertThat(again.collaborations()).isEqualTo(COLLABORATIONS);
	}

	@Test
	void aDumpCutMidLineStoresTheWholeWorksBeforeTheCutAndAGzipCutShortStoresNothing(@TempDir Path dir)
			throws Exception {
		String dump = Files.readString(wikidata("ballerina.json").file());
		// Cut inside D.P., the last work: the array is left without its closing bracket.
		String cut = dump.substring(0, dump.indexOf("{\"type\":\"item\",\"id\":\"Q90000004\"") + 300);
		Path plain = Files.writeString(dir.resolve("cut.json"), cut);

		ImportReport report = this.imports.run(new ImportRequest.Wikidata(plain, WikidataParser.DEFAULT_WORK_CLASSES),
				new ImportProgress());

		assertThat(report.worksInDatabase()).isEqualTo(WORKS - 1);
		assertThat(report.skippedLines()).extracting(ImportProgress.Skip::line).contains(14L, 15L);
		assertThat(report.skippedLines()).extracting(ImportProgress.Skip::reason)
			.anyMatch((reason) -> reason.startsWith("the JSON array has no closing ']'"));
		this.mvc.perform(get("/api/works/{id}", "wikidata:Q90000004")).andExpect(status().isNotFound());
		GraphSnapshot before = GraphSnapshot.of(this.driver);

		Path gzip = Fixtures.truncate(Fixtures.gzip(wikidata("ballerina.json").file(), dir, "dump.json.gz"), 0.5);
		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> this.imports.run(new ImportRequest.Wikidata(gzip, WikidataParser.DEFAULT_WORK_CLASSES),
					new ImportProgress()))
			.withMessageContaining("gzip stream is corrupt or truncated");
		assertThat(GraphSnapshot.of(this.driver).lines()).containsExactlyElementsOf(before.lines());
	}

	static ImportRequest.Wikidata wikidata(String name) {
		try {
			Path file = Path.of(WikidataImportTests.class.getResource("/wikidata/" + name).toURI());
			return new ImportRequest.Wikidata(file, WikidataParser.DEFAULT_WORK_CLASSES);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Record single(String query) {
		try (var session = this.driver.session()) {
			return session.run(query).single();
		}
	}

}
