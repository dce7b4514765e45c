package org.ensemble.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.ensemble.EnsembleApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's questions read in the service's process; over the Bolt loopback, as in
 * server mode, they must answer exactly the same, byte for byte, errors included. One data folder
 * (the Ballerina demo) is served once each way and asked the same questions.
 */
class ReadModesTests {

	/** Every question of the API, with filters, and answers that are errors. */
	private static final List<String> QUESTIONS = List.of("/api/people/jeon-jong-seo/collaborators",
			"/api/people/jeon-jong-seo/collaborators?role=actor&limit=2",
			"/api/people/imdb:nm9999999/collaborators", "/api/together?people=lee-chung-hyun,jeon-jong-seo",
			"/api/together?people=jeon-jong-seo,kim-ji-hoon&roles=actor", "/api/works/netflix:ballerina/reunions",
			"/api/works/netflix:ballerina/reunions?topBilled=2", "/api/works/nowhere/reunions",
			"/api/paths?from=lee-chung-hyun&to=kim-ji-hoon", "/api/paths?from=lee-chung-hyun&to=gray&all=true",
			"/api/network?people=jeon-jong-seo&depth=2", "/api/network?people=gray&depth=2&roles=actor,composer&works=true",
			"/api/works/netflix:ballerina/network", "/api/pairings?roles=director,actor",
			"/api/network?pairings=true&roles=actor,actor", "/api/search?q=Lee%20Choong%20Hyun",
			"/api/search?q=%EA%B9%80%EC%A7%80%ED%9B%88", "/api/people/gray", "/api/works/netflix:the-call", "/api/stats");

	private static final String PAPER_TEAM = """
			{"people": ["Lee Choong Hyun", "Jeon Jong-seo", "김지훈", "GRAY"], "companies": ["Netflix"],
			 "before": "2023-10-06", "roles": {"Lee Choong Hyun": "director"}}""";

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void inProcessAndBoltReadsAnswerEveryQuestionAlike() throws Exception {
		Map<String, String> inProcess = answers(true);
		Map<String, String> bolt = answers(false);

		assertThat(inProcess.get("reads")).isEqualTo("in-process");
		assertThat(bolt.get("reads")).isEqualTo("bolt");
		assertThat(inProcess.get("/api/together?people=lee-chung-hyun,jeon-jong-seo")).startsWith("200 ").contains("The Call");
		assertThat(inProcess.get("/api/works/nowhere/reunions")).startsWith("404 ");
		inProcess.remove("reads");
		bolt.remove("reads");
		assertThat(inProcess).containsExactlyEntriesOf(bolt);
	}

	/** Status and body of every question, served by a service that reads in process or not. */
	private Map<String, String> answers(boolean inProcessReads) throws Exception {
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(EnsembleApplication.class)
			.properties("ensemble.data-dir=" + this.dataDir, "ensemble.bolt-port=0", "server.port=0",
					"ensemble.api-key=read-modes-key", "ensemble.demo-on-first-start=true", "ensemble.page-cache=16m",
					"ensemble.in-process-reads=" + inProcessReads)
			.run()) {
			String base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
			Map<String, String> answers = new LinkedHashMap<>();
			for (String question : QUESTIONS) {
				answers.put(question, answer(HttpRequest.newBuilder(URI.create(base + question)).GET()));
			}
			answers.put("POST /api/reunions", answer(HttpRequest.newBuilder(URI.create(base + "/api/reunions"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(PAPER_TEAM))));
			String health = answer(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).GET());
			answers.put("reads", health.replaceAll("(?s).*\"reads\":\"([a-z-]+)\".*", "$1"));
			return answers;
		}
	}

	private String answer(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return response.statusCode() + " " + response.body();
	}

}
