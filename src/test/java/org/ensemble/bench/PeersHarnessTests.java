package org.ensemble.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench/src/Peers.java}, which puts Ensemble beside the peers harness: its conversion of the
 * peers' prepared CSV into the JSON Lines import format, and the canonical forms its answers are
 * compared in. The whole drive against a service runs only with the peers' data
 * ({@code bench/run.sh --peers-data}); no timing is asserted here.
 */
class PeersHarnessTests {

	private static final Path PEERS = BenchHarnessTests.BENCH.resolve("src/Peers.java");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theConversionKeepsEveryWorkPersonAndCreditWithTheirIdsNamesDatesAndBillings(@TempDir Path dir) throws Exception {
		Path data = Files.createDirectories(dir.resolve("prepared"));
		Files.writeString(data.resolve("people.csv"), """
				person_id,name
				7,"Jeon, ""Jong-seo""\"
				12,"이충현"
				31,""
				""", StandardCharsets.UTF_8);
		Files.writeString(data.resolve("works.csv"), """
				work_id,title,release_date
				5,"The Call",2020-11-27
				6,"Ballerina",
				8,"Nobody's Film",1999-01-01
				""", StandardCharsets.UTF_8);
		Files.writeString(data.resolve("credits.csv"), """
				person_id,work_id,role,billing
				7,5,"actor",1
				7,6,"actor",0
				12,5,"director",
				12,6,"director",
				31,5,"composer",
				31,6,"actor",2
				""", StandardCharsets.UTF_8);
		Path out = dir.resolve("works.jsonl");

		Process convert = new ProcessBuilder(BenchHarnessTests.JAVA.toString(), PEERS.toString(), "convert", data.toString(),
				out.toString())
			.redirectErrorStream(true)
			.start();
		String log = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(convert.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(convert.exitValue()).as(log).isZero();

		List<JsonNode> works = new ArrayList<>();
		for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
			works.add(json.readTree(line));
		}
		assertThat(works).extracting((w) -> w.get("id").asString()).containsExactly("w0000000005", "w0000000006", "w0000000008");
		JsonNode call = works.get(0);
		assertThat(call.get("title").asString()).isEqualTo("The Call");
		assertThat(call.get("released").asString()).isEqualTo("2020-11-27");
		assertThat(call.get("kind").asString()).isEqualTo("movie");
		List<String> credits = new ArrayList<>();
		call.get("credits").forEach((c) -> credits.add(c.get("person").get("id").asString() + " " + c.get("person").get("name").asString()
				+ " " + c.get("role").asString() + (c.has("billing") ? " " + c.get("billing").asInt() : "")));
		assertThat(credits).as("directors, then the cast by billing, then composers")
			.containsExactly("p0000000012 이충현 director", "p0000000007 Jeon, \"Jong-seo\" actor 1",
					"p0000000031 p0000000031 composer");
		assertThat(works.get(1).has("released")).as("no date: none given").isFalse();
		assertThat(works.get(1).get("credits")).hasSize(3);
		assertThat(works.get(2).get("credits")).as("a work without credits is still a work").isEmpty();
	}

	@Test
	void aFolderWithoutThePreparedFilesIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
		Process convert = new ProcessBuilder(BenchHarnessTests.JAVA.toString(), PEERS.toString(), "convert", dir.toString(),
				dir.resolve("out.jsonl").toString())
			.redirectErrorStream(true)
			.start();
		String log = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(convert.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(convert.exitValue()).isNotZero();
		assertThat(log).contains("people.csv");
		assertThat(dir.resolve("out.jsonl")).doesNotExist();
	}

	@Test
	@SuppressWarnings("unchecked")
	void answersAreComparedInThePeersCanonicalForms(@TempDir Path dir) throws Exception {
		Class<?> peers = compiled(dir);
		Method personId = method(peers, "personId", long.class);
		Method numeric = method(peers, "numeric", String.class);
		assertThat(personId.invoke(null, 123L)).as("padded: string order is numeric order").isEqualTo("p0000000123");
		assertThat(numeric.invoke(null, "w0000004560")).isEqualTo(4560L);

		Method cmp = method(peers, "cmp", String.class, String.class);
		assertThat((int) cmp.invoke(null, "Zoe", "Zoë")).as("code points, as Python orders").isNegative();
		assertThat((int) cmp.invoke(null, "\uFB01", "\uD83D\uDE00")).as("a supplementary character after the BMP").isNegative();
		assertThat((int) cmp.invoke(null, "A", null)).as("no name last").isNegative();

		Method canonPairs = method(peers, "canonPairs", List.class);
		List<List<Object>> rows = List.of(List.of(9L, "Zed", 2L, "Abe", 3L), List.of(4L, "Bea", 5L, "Cid", 3L),
				List.of(6L, "Ann", 1L, "Ann", 5L));
		List<List<Object>> canon = (List<List<Object>>) canonPairs.invoke(null, rows);
		assertThat(canon).extracting((r) -> r.get(0) + ">" + r.get(2) + " x" + r.get(4))
			.containsExactly("1>6 x5", "2>9 x3", "4>5 x3");

		Method pct = method(peers, "pct", long[].class, double.class);
		long[] sorted = new long[200];
		for (int i = 0; i < sorted.length; i++) {
			sorted[i] = (i + 1) * 1_000_000L;
		}
		assertThat(pct.invoke(null, sorted, 0.50)).as("nearest rank").isEqualTo(100.0);
		assertThat(pct.invoke(null, sorted, 0.99)).isEqualTo(198.0);

		Class<?> reader = Class.forName(peers.getName() + "$JsonReader", true, peers.getClassLoader());
		Method parse = method(reader, "parse", String.class);
		Map<String, Object> parsed = (Map<String, Object>) parse.invoke(null,
				"{\"a\": [1, 2.5, \"x\\\"y\\u00e9\"], \"b\": {\"c\": null, \"d\": true}}");
		assertThat(parsed.get("a")).isEqualTo(List.of(1L, 2.5, "x\"yé"));
		assertThat((Map<String, Object>) parsed.get("b")).containsEntry("d", true).containsKey("c");
	}

	private static Method method(Class<?> type, String name, Class<?>... parameters) throws Exception {
		Method method = type.getDeclaredMethod(name, parameters);
		method.setAccessible(true);
		return method;
	}

	/** The program compiled as the source launcher compiles it, and loaded. */
	private static Class<?> compiled(Path into) throws Exception {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		assertThat(compiler.run(null, null, null, "-d", into.toString(), PEERS.toString())).isZero();
		return new URLClassLoader(new URL[] { into.toUri().toURL() }, PeersHarnessTests.class.getClassLoader())
			.loadClass("Peers");
	}

}
