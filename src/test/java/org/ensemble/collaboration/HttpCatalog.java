package org.ensemble.collaboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import org.ensemble.support.Requests;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes small catalogs through {@code PUT /api/works/{id}} and reads answers as JSON trees. */
final class HttpCatalog {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	private final Map<String, String> names = new HashMap<>();

	HttpCatalog(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** The display name a person id is stored with (else the id itself). */
	HttpCatalog name(String id, String name) {
		this.names.put(id, name);
		return this;
	}

	/** A credit in any role, without billing. */
	static Map<String, Object> as(String person, String role) {
		Map<String, Object> credit = new LinkedHashMap<>();
		credit.put("person", person);
		credit.put("role", role);
		return credit;
	}

	/** An actor's credit, with a billing position or none (null). */
	static Map<String, Object> actor(String person, Integer billing) {
		Map<String, Object> credit = as(person, "actor");
		if (billing != null) {
			credit.put("billing", billing);
		}
		return credit;
	}

	/**
	 * Upserts a work.
	 * @param released ISO date or null
	 * @param year the year or null (taken from released when that is given)
	 */
	@SafeVarargs
	final void work(String id, String released, Integer year, Map<String, Object>... credits) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Title of " + id);
		if (released != null) {
			body.put("released", released);
		}
		if (year != null) {
			body.put("year", year);
		}
		List<Map<String, Object>> list = new ArrayList<>();
		for (Map<String, Object> credit : credits) {
			Map<String, Object> copy = new LinkedHashMap<>(credit);
			String person = (String) credit.get("person");
			copy.put("person", Map.of("id", person, "name", this.names.getOrDefault(person, person)));
			list.add(copy);
		}
		body.put("credits", list);
		int status = this.mvc.perform(Requests.putJson("/api/works/" + id, JSON.writeValueAsString(body)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("PUT /api/works/%s", id).isBetween(200, 201);
	}

	/** GET, expecting 200 and JSON. */
	JsonNode get(String url) throws Exception {
		MvcResult result = this.mvc.perform(MockMvcRequestBuilders.get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as("GET %s: %s", url, result.getResponse().getContentAsString())
			.isEqualTo(200);
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
			.isTrue();
		return JSON.readTree(result.getResponse().getContentAsByteArray());
	}

	/** The values of one field of each element, in order. */
	static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.path(field).asString()));
		return values;
	}

	static List<String> ids(JsonNode array) {
		return texts(array, "id");
	}

	static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.asString()));
		return values;
	}

}
