package org.ensemble.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The Ballerina story ({@code cypher/demo/ballerina.jsonl}), written as one batch through the same
 * store and validation as the API and the importers, so loading it again changes nothing.
 */
@Service
public class DemoData {

	static final String LOCATION = "cypher/demo/ballerina.jsonl";

	private final WorkWrites writes;

	private final JsonMapper json;

	private final WorkValidation validation;

	DemoData(WorkWrites writes, JsonMapper json, WorkValidation validation) {
		this.writes = writes;
		this.json = json;
		this.validation = validation;
	}

	/** Loads every work of the demo; returns how many. */
	public int load() {
		List<WorkInput> works = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(LOCATION).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				WorkInput work = this.json.readValue(line, WorkInput.class);
				this.validation.require(work);
				works.add(work);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.writes.write(works);
		return works.size();
	}

}
