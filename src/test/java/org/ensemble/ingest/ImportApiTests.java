package org.ensemble.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import org.ensemble.support.GraphSnapshot;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/imports} and {@code GET /api/imports/{id}} over MockMvc. */
class ImportApiTests extends GraphTestSupport {

	private static final long WAIT_MILLIS = 60_000;

	@Test
	void anUploadedTmdbImportRunsAsAJobWhoseReportHasTheCounts() throws Exception {
		String body = this.mvc.perform(tmdbUpload().header("X-Api-Key", API_KEY))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/imports/")))
			.andExpect(jsonPath("$.id", notNullValue()))
			.andExpect(jsonPath("$.format").value("tmdb"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");

		String done = awaitEnd(id);

		assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("succeeded");
		assertThat(((Number) JsonPath.read(done, "$.report.worksInDatabase")).longValue()).isEqualTo(TmdbImportTests.WORKS);
		assertThat(((Number) JsonPath.read(done, "$.report.peopleInDatabase")).longValue()).isEqualTo(TmdbImportTests.PEOPLE);
		assertThat(((Number) JsonPath.read(done, "$.report.creditsInDatabase.actor")).longValue())
			.isEqualTo(TmdbImportTests.CREDITS_BY_ROLE.get("actor"));
		assertThat(((Number) JsonPath.read(done, "$.report.creditsStored")).longValue()).isEqualTo(TmdbImportTests.CREDITS);
		assertThat(((Number) JsonPath.read(done, "$.report.collaborations")).longValue())
			.isEqualTo(TmdbImportTests.COLLABORATIONS);
		assertThat(((Number) JsonPath.read(done, "$.progress.worksStored")).longValue()).isEqualTo(TmdbImportTests.WORKS);
		assertThat((List<?>) JsonPath.read(done, "$.report.skippedLines")).isEmpty();
	}

	@Test
	void anUploadedJsonLinesImportWithABadLineReportsItsLine() throws Exception {
		byte[] lines = "{\"id\": \"w1\", \"title\": \"W1\"}\nnot json\n".getBytes();
		String body = this.mvc
			.perform(multipart("/api/imports").file(new MockMultipartFile("file", "mine.jsonl", "application/x-ndjson", lines))
				.param("format", "jsonl")
				.header("X-Api-Key", API_KEY))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String done = awaitEnd(JsonPath.read(body, "$.id"));

		assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("succeeded");
		assertThat(((Number) JsonPath.read(done, "$.report.worksInDatabase")).longValue()).isEqualTo(1);
		// Uploads are stored under a fixed name: the client's file name never reaches the disk or the report.
		List<String> files = JsonPath.read(done, "$.report.skippedLines[*].file");
		List<Integer> lineNumbers = JsonPath.read(done, "$.report.skippedLines[*].line");
		assertThat(files).containsExactly("works.jsonl");
		assertThat(lineNumbers).containsExactly(2);
	}

	@Test
	void anUploadedWikidataDumpRunsAsAJobWithItsWorkClasses() throws Exception {
		byte[] dump = Files.readAllBytes(WikidataImportTests.wikidata("ballerina.json").file());
		String body = this.mvc
			.perform(multipart("/api/imports").file(new MockMultipartFile("file", "latest.json", "application/json", dump))
				.param("format", "wikidata")
				.param("workClasses", "Q24862")
				.header("X-Api-Key", API_KEY))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.format").value("wikidata"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String done = awaitEnd(JsonPath.read(body, "$.id"));

		assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("succeeded");
		assertThat(((Number) JsonPath.read(done, "$.report.worksInDatabase")).longValue()).isEqualTo(WikidataImportTests.WORKS);
		assertThat(((Number) JsonPath.read(done, "$.report.collaborations")).longValue())
			.isEqualTo(WikidataImportTests.COLLABORATIONS);
		List<String> files = JsonPath.read(done, "$.report.skippedLines[*].file");
		assertThat(files).containsOnly("wikidata.json");
		this.mvc
			.perform(multipart("/api/imports").file(new MockMultipartFile("file", "latest.json", "application/json", dump))
				.param("format", "wikidata")
				.param("workClasses", "short film")
				.header("X-Api-Key", API_KEY))
			.andExpect(status().isBadRequest());
	}

	@Test
	void withoutAKeyTheUploadIsRefusedAndNothingIsWritten() throws Exception {
		this.mvc.perform(tmdbUpload()).andExpect(status().isUnauthorized());
		this.mvc.perform(tmdbUpload().header("X-Api-Key", "wrong")).andExpect(status().isUnauthorized());

		assertThat(GraphSnapshot.count(this.driver, "MATCH (n) WHERE n:Work OR n:Person RETURN count(n)")).isZero();
	}

	@Test
	void anUnknownFormatIsABadRequestNamingFormat() throws Exception {
		this.mvc.perform(tmdbUpload().param("format", "csv").header("X-Api-Key", API_KEY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("format"))
			.andExpect(jsonPath("$.detail", containsString("csv")));
		this.mvc.perform(multipart("/api/imports").file(credits()).header("X-Api-Key", API_KEY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("format"));
	}

	@Test
	void aMissingPartIsABadRequestNamingIt() throws Exception {
		this.mvc.perform(multipart("/api/imports").file(credits()).param("format", "tmdb").header("X-Api-Key", API_KEY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("movies"));
		this.mvc.perform(multipart("/api/imports").param("format", "jsonl").header("X-Api-Key", API_KEY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("file"));
	}

	@Test
	void aRejectedUploadLeavesNoFilesBehind() throws Exception {
		Set<Path> before = uploadFolders();

		this.mvc.perform(multipart("/api/imports").file(credits()).param("format", "tmdb").header("X-Api-Key", API_KEY))
			.andExpect(status().isBadRequest());
		this.mvc.perform(tmdbUpload().param("format", "csv").header("X-Api-Key", API_KEY))
			.andExpect(status().isBadRequest());

		assertThat(uploadFolders()).isSubsetOf(before);
	}

	@Test
	void anUnknownJobIsNotFound() throws Exception {
		this.mvc.perform(get("/api/imports/{id}", "no-such-job")).andExpect(status().isNotFound());
	}

	private MockMultipartHttpServletRequestBuilder tmdbUpload() throws IOException {
		return (MockMultipartHttpServletRequestBuilder) multipart("/api/imports").file(credits())
			.file(new MockMultipartFile("movies", "tmdb_5000_movies.csv", "text/csv", Files.readAllBytes(Fixtures.tmdbMovies())))
			.param("format", "tmdb");
	}

	private static MockMultipartFile credits() throws IOException {
		return new MockMultipartFile("credits", "tmdb_5000_credits.csv", "text/csv", Files.readAllBytes(Fixtures.tmdbCredits()));
	}

	/** Polls the job every 200 ms until it has succeeded or failed, at most a minute. */
	private String awaitEnd(String id) throws Exception {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (true) {
			String body = this.mvc.perform(get("/api/imports/{id}", id))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String state = JsonPath.read(body, "$.state");
			if (state.equals("succeeded") || state.equals("failed")) {
				return body;
			}
			assertThat(System.currentTimeMillis()).as("job %s still %s after %d ms", id, state, WAIT_MILLIS).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	/** The folders {@code POST /api/imports} keeps uploads in (named {@code ensemble-import-…}). */
	private static Set<Path> uploadFolders() {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter((p) -> p.getFileName().toString().startsWith("ensemble-import-")).collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
