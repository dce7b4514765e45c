package org.ensemble.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import org.ensemble.support.GraphSnapshot;
import org.ensemble.support.GraphTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may write, what a browser is allowed to do, and what operators' endpoints expose. */
@ExtendWith(OutputCaptureExtension.class)
class AccessTests extends GraphTestSupport {

	private static final String WORK = """
			{"title": "T", "credits": [{"person": {"id": "p1", "name": "P"}, "role": "actor"}]}""";

	@Test
	void writesWithoutWrongOrQueryStringKeysAreRefusedAndChangeNothing() throws Exception {
		String before = GraphSnapshot.of(this.driver).checksum();
		this.mvc.perform(put("/api/works/w1").contentType(MediaType.APPLICATION_JSON).content(WORK))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"));
		this.mvc.perform(put("/api/works/w1").header("X-Api-Key", "wrong").contentType(MediaType.APPLICATION_JSON).content(WORK))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(put("/api/works/w1").header("Authorization", "Bearer wrong").contentType(MediaType.APPLICATION_JSON).content(WORK))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(put("/api/works/w1?api_key=" + API_KEY).contentType(MediaType.APPLICATION_JSON).content(WORK))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(put("/api/works/w1?key=" + API_KEY).header("X-Api-Key", API_KEY)
			.contentType(MediaType.APPLICATION_JSON).content(WORK)).andExpect(status().isUnauthorized());
		assertThat(GraphSnapshot.of(this.driver).checksum()).isEqualTo(before);
		this.mvc.perform(put("/api/works/w1").header("Authorization", "Bearer " + API_KEY)
			.contentType(MediaType.APPLICATION_JSON).content(WORK)).andExpect(status().isCreated());
	}

	/** A POST that only reads is as open as a GET; every other POST, and other methods on its path, still need the key. */
	@Test
	void theReadingPostOfReunionsIsOpenAndNoOtherWrite() throws Exception {
		this.mvc.perform(post("/api/reunions").contentType(MediaType.APPLICATION_JSON).content("{\"people\": []}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(put("/api/reunions").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/reunions/x").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/imports").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theKeyNeverAppearsInTheLogs(CapturedOutput output) throws Exception {
		this.mvc.perform(put("/api/works/w1?api_key=" + API_KEY).contentType(MediaType.APPLICATION_JSON).content(WORK));
		this.mvc.perform(put("/api/works/w1").header("X-Api-Key", API_KEY + "x").contentType(MediaType.APPLICATION_JSON).content(WORK));
		this.mvc.perform(put("/api/works/w1").header("X-Api-Key", API_KEY).contentType(MediaType.APPLICATION_JSON).content(WORK));
		assertThat(output.getAll()).doesNotContain(API_KEY);
	}

	@Test
	void operatorEndpointsOtherThanHealthAndInfoNeedTheKey() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/metrics").header("X-Api-Key", API_KEY)).andExpect(status().isOk());
	}

	@Test
	void pagesCarrySecurityHeadersWithAPolicyForOwnScriptsOnly() throws Exception {
		this.mvc.perform(get("/api/stats"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("unsafe-inline"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void corsIsOffByDefault() throws Exception {
		this.mvc.perform(options("/api/stats").header("Origin", "https://elsewhere.example")
			.header("Access-Control-Request-Method", "GET"))
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
		this.mvc.perform(get("/api/stats").header("Origin", "https://elsewhere.example"))
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
	}

}
