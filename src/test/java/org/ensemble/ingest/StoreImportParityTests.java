package org.ensemble.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.ensemble.EnsembleApplication;
import org.ensemble.support.GraphSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import into a new database writes the store with Neo4j's bulk importer ({@link StoreImport});
 * every other import writes through the one store's transactions. Both must leave the same graph:
 * every node and relationship with every property (timestamps aside), the collaborations included.
 * Each source is imported both ways, each into a database of its own, through the real entry points:
 * the {@code import} command for the store import, {@link Imports} for the transactional one.
 */
class StoreImportParityTests {

	static Stream<Arguments> sources() {
		return Stream.of(Arguments.of(List.of("imdb", "src/test/resources/ingest/imdb")),
				Arguments.of(List.of("imdb", "cypher/demo/imdb")),
				Arguments.of(List.of("imdb", "cypher/demo/imdb", "--episodes", "keep")),
				Arguments.of(List.of("tmdb", "src/test/resources/ingest/tmdb/tmdb_5000_credits.csv",
						"src/test/resources/ingest/tmdb/tmdb_5000_movies.csv")),
				Arguments.of(List.of("jsonl", "src/test/resources/ingest/jsonl/ballerina.jsonl")),
				Arguments.of(List.of("wikidata", "src/test/resources/wikidata/ballerina.ndjson")));
	}

	@ParameterizedTest
	@MethodSource("sources")
	void theStoreImportWritesTheGraphTheTransactionsWrite(List<String> arguments, @TempDir Path transactional,
			@TempDir Path store) {
		GraphSnapshot expected;
		try (ConfigurableApplicationContext context = start(transactional, null)) {
			context.getBean(Imports.class)
				.run(ImportRequest.fromArguments(arguments), new ImportProgress(), Imports.Access.EXCLUSIVE);
			expected = GraphSnapshot.of(context.getBean(Driver.class));
		}
		GraphSnapshot actual;
		try (ConfigurableApplicationContext context = start(store, arguments)) {
			var outcome = context.getBean(StoreImport.class).outcome();
			assertThat(outcome).as("the store import ran").isPresent();
			assertThat(outcome.get().failure()).isNull();
			actual = GraphSnapshot.of(context.getBean(Driver.class));
		}
		assertThat(expected.lines()).as("the transactional import wrote a graph").hasSizeGreaterThan(10);
		assertThat(actual.lines()).containsExactlyElementsOf(expected.lines());
	}

	/**
	 * The import command's start after it wrote the store only populates the indexes before it exits:
	 * a page cache larger than 1 GB would only add to its peak memory. Other starts keep the one configured.
	 */
	@Test
	void theStartAfterAStoreImportKeepsItsPageCacheSmall(@TempDir Path store, @TempDir Path served) {
		List<String> arguments = List.of("jsonl", "src/test/resources/ingest/jsonl/ballerina.jsonl");
		try (ConfigurableApplicationContext context = start(store, arguments, "3g")) {
			assertThat(context.getBean(StoreImport.class).outcome()).as("the store import ran").isPresent();
			assertThat(pageCache(context)).isEqualTo("1.00GiB");
		}
		try (ConfigurableApplicationContext context = start(served, null, "96m")) {
			assertThat(pageCache(context)).isEqualTo("96.00MiB");
		}
	}

	private static String pageCache(ConfigurableApplicationContext context) {
		try (var session = context.getBean(Driver.class).session()) {
			return session.run("SHOW SETTINGS YIELD name, value WHERE name = 'server.memory.pagecache.size' RETURN value")
				.single()
				.get("value")
				.asString();
		}
	}

	/** The application on a new folder; with arguments, as the {@code import} command. */
	private static ConfigurableApplicationContext start(Path dataDir, List<String> importArguments) {
		return start(dataDir, importArguments, "64m");
	}

	private static ConfigurableApplicationContext start(Path dataDir, List<String> importArguments, String pageCache) {
		var builder = new SpringApplicationBuilder(EnsembleApplication.class).web(WebApplicationType.NONE)
			.properties("ensemble.data-dir=" + dataDir, "ensemble.bolt-port=0", "ensemble.demo-on-first-start=false",
					"ensemble.page-cache=" + pageCache);
		if (importArguments == null) {
			return builder.run();
		}
		return builder.properties("ensemble.command=import").run(importArguments.toArray(String[]::new));
	}

}
