package org.ensemble.hardening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Every work in the graph with its title and credits, each credit as one comparable line. */
final class StoredWorks {

	private StoredWorks() {
	}

	/** A work as stored: its title and its credit lines, sorted. */
	record Stored(String title, List<String> credits) {
	}

	static Map<String, Stored> read(Driver driver) {
		Map<String, Stored> works = new HashMap<>();
		try (var session = driver.session()) {
			session.executeRead((tx) -> tx.run("""
					MATCH (w:Work)
					OPTIONAL MATCH (w)<-[c]-(p:Person)
					RETURN w.id AS id, w.title AS title,
					       collect(CASE WHEN p IS NULL THEN NULL ELSE
					         {person: p.id, type: type(c), billing: c.billing, characters: c.characters, job: c.job} END) AS credits""")
				.list())
				.forEach((record) -> {
					List<String> credits = new ArrayList<>();
					for (Value c : record.get("credits").values()) {
						credits.add(creditLine(c.get("person").asString(), c.get("type").asString(),
								c.get("billing").isNull() ? null : c.get("billing").asInt(),
								c.get("characters").isNull() ? List.of() : c.get("characters").asList(Value::asString),
								c.get("job").isNull() ? null : c.get("job").asString()));
					}
					credits.sort(null);
					works.put(record.get("id").asString(), new Stored(record.get("title").asString(), credits));
				});
		}
		return works;
	}

	static String creditLine(String person, String type, Integer billing, List<String> characters, String job) {
		return person + " " + type + " billing=" + billing + " characters=" + characters + " job=" + job;
	}

}
