package org.ensemble.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The Ballerina story ({@code cypher/demo/ballerina.jsonl}), loaded through the same upsert as the
 * API, so loading it again changes nothing.
 */
@Service
public class DemoData {

	static final String LOCATION = "cypher/demo/ballerina.jsonl";

	private final WorkWrites writes;

	private final JsonMapper json;

	private final Validator validator;

	DemoData(WorkWrites writes, JsonMapper json, Validator validator) {
		this.writes = writes;
		this.json = json;
		this.validator = validator;
	}

	/** Loads every work of the demo; returns how many. */
	public int load() {
		int works = 0;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(LOCATION).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				WorkInput work = this.json.readValue(line, WorkInput.class);
				Set<ConstraintViolation<WorkInput>> violations = this.validator.validate(work);
				if (!violations.isEmpty()) {
					throw new IllegalStateException("Demo work " + work.id() + " is invalid: " + violations);
				}
				this.writes.upsert(work.id(), work);
				works++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return works;
	}

}
