package org.ensemble.system;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import org.ensemble.support.GraphTestSupport;
import org.ensemble.support.Requests;

import org.ensemble.support.MigrationScripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Server mode: with a Neo4j server connected (here the official image, tag pinned in the POM as
 * {@code neo4j.image}), no embedded database starts and the API works against the server. Skipped
 * where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@AutoConfigureMockMvc
class ServerModeIT {

	@Container
	@ServiceConnection
	static final Neo4jContainer neo4j = new Neo4jContainer(DockerImageName.parse(
			Objects.requireNonNull(System.getProperty("neo4j.image"), "the POM sets the system property neo4j.image")));

	@DynamicPropertySource
	static void serverMode(DynamicPropertyRegistry registry) throws IOException {
		// Nothing may be written here in server mode; a folder of its own keeps ./data out of it anyway.
		String dataDir = Files.createTempDirectory("ensemble-server-mode-").toString();
		registry.add("ensemble.data-dir", () -> dataDir);
		registry.add("ensemble.api-key", () -> GraphTestSupport.API_KEY);
		registry.add("ensemble.demo-on-first-start", () -> "false");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CypherMigrations migrations;

	@Test
	void noEmbeddedDatabaseStartsWhenAServerIsConnected() {
		assertThat(this.context.getBeanNamesForType(EmbeddedNeo4jConfiguration.EmbeddedNeo4j.class)).isEmpty();
		assertThat(this.context.containsBean("embeddedNeo4j")).isFalse();
	}

	@Test
	void theSchemaIsMigratedOnTheServer() {
		assertThat(this.migrations.applied()).isEqualTo(MigrationScripts.versions());
	}

	@Test
	void aWorkRoundTripsThroughTheServer() throws Exception {
		this.mvc.perform(Requests.putJson("/api/works/netflix:the-call", """
				{ "title": "The Call", "released": "2020-11-27",
				  "credits": [ {"person": {"id": "lee-chung-hyun", "name": "Lee Chung-hyun"}, "role": "director"},
				               {"person": {"id": "jeon-jong-seo", "name": "Jeon Jong-seo"}, "role": "actor"} ] }"""))
			.andExpect(status().is2xxSuccessful());

		this.mvc.perform(get("/api/works/netflix:the-call"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("The Call"))
			.andExpect(jsonPath("$.year").value(2020))
			.andExpect(jsonPath("$.credits.length()").value(2));
		this.mvc.perform(get("/api/search").param("q", "jeon jong"))
			.andExpect(jsonPath("$.hits[0].id").value("jeon-jong-seo"));
	}

}
