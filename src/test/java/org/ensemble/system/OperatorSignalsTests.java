package org.ensemble.system;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an operator sees of the database in embedded mode (server and cluster modes:
 * {@code ServerModeProcessIT}): health with the mode and address, retries counted, the bookmark
 * header on answers.
 */
class OperatorSignalsTests extends GraphTestSupport {

	@Autowired
	private GraphTransactions graph;

	@Autowired
	private MeterRegistry meters;

	@Test
	void healthSaysTheDatabaseIsUpEmbeddedAndWhere() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.neo4j.status").value("UP"))
			.andExpect(jsonPath("$.components.neo4j.details.mode").value("embedded"))
			.andExpect(jsonPath("$.components.neo4j.details.address").value(startsWith("bolt://127.0.0.1:")))
			.andExpect(jsonPath("$.components.neo4j.details.server").value(startsWith("127.0.0.1:")));
	}

	@Test
	void aTransactionRunAgainAfterATransientErrorIsCounted() {
		double before = retries("write");
		boolean[] failed = { false };
		String answer = this.graph.write((tx) -> {
			if (!failed[0]) {
				failed[0] = true;
				throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "a deadlock, made up");
			}
			return tx.run("RETURN 'second run' AS answer").single().get("answer").asString();
		});
		assertThat(answer).isEqualTo("second run");
		assertThat(retries("write")).isEqualTo(before + 1);
		assertThat(this.meters.get("ensemble.database.transactions.active").tag("access", "read").gauge().value())
			.isZero();
	}

	private double retries(String access) {
		return this.meters.get("ensemble.database.transactions.retries").tag("access", access).counter().count();
	}

	@Test
	void aPutAnswersWithABookmarkThatTheNextRequestAcceptsAndAMalformedOneIsABadRequest() throws Exception {
		String bookmark = this.mvc
			.perform(put("/api/works/w1").header("X-Api-Key", API_KEY)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title": "T", "credits": [{"person": {"id": "p1", "name": "P"}, "role": "actor"}]}"""))
			.andExpect(status().isCreated())
			.andExpect(header().exists(RequestBookmarks.HEADER))
			.andReturn()
			.getResponse()
			.getHeader(RequestBookmarks.HEADER);
		this.mvc.perform(get("/api/works/w1").header(RequestBookmarks.HEADER, bookmark))
			.andExpect(status().isOk())
			.andExpect(header().exists(RequestBookmarks.HEADER));
		this.mvc.perform(get("/api/works/w1").header(RequestBookmarks.HEADER, "%%%"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value(RequestBookmarks.HEADER));
	}

}
