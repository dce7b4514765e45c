package org.ensemble;

import java.nio.file.Path;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import org.ensemble.system.CommandSyntax;
import org.ensemble.system.EnsembleCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's check of a command line, before anything starts: a line that names the mistake,
 * then the usage. That no application starts for it is {@code hardening.UsageErrorTests}.
 */
class CommandLineTests {

	@Test
	void anUnknownFormatIsNamedWithTheImportUsage() {
		assertThat(EnsembleApplication.usageError("import", List.of("nosuchformat", "DIR"))).hasValue("""
				import: unknown format 'nosuchformat'; use tmdb, imdb, jsonl or wikidata
				usage: java -jar ensemble.jar import tmdb CREDITS.csv[.gz] MOVIES.csv[.gz] | imdb DIR [--types movie,tvMovie,tvSeries,…] \
				[--include-adult] [--episodes roll-up|keep] | jsonl FILE | wikidata FILE.json[.gz]|FILE.ndjson[.gz] \
				[--work-classes Q24862,Q506240=tv_movie]""");
	}

	@Test
	void everyKindOfWrongArgumentIsOneLineBeforeTheUsage(@TempDir Path dir) {
		String missing = dir.resolve("missing.jsonl").toString();
		assertThat(firstLine("import", "jsonl", missing)).isEqualTo("import: " + missing + ": file not found");
		assertThat(firstLine("import", "imdb", dir.toString())).isEqualTo(
				"import: " + dir + ": has neither title.basics.tsv.gz nor title.basics.tsv");
		assertThat(firstLine("import", "imdb", dir.toString(), "--adult"))
			.startsWith("import: unexpected argument '--adult' for import imdb DIR");
		assertThat(firstLine("import", "imdb", dir.toString(), "--types", "movie;short"))
			.isEqualTo("import: title types must be IMDb's, such as movie,tvMovie, was 'movie;short'");
		assertThat(firstLine("import", "imdb", dir.toString(), "--episodes", "all"))
			.isEqualTo("import: --episodes must be roll-up or keep, was 'all'");
		assertThat(firstLine("import", "wikidata", missing, "--work-classes", "film"))
			.startsWith("import: work class 'film' is not a Q-id");
		assertThat(firstLine("demo", "now")).isEqualTo("demo: takes no arguments, was given 'now'");
		assertThat(firstLine("rebuild-collaborations", "--all")).isEqualTo("rebuild-collaborations: takes no arguments, was given '--all'");
	}

	@Test
	void anUnknownCommandListsEveryCommand() {
		String error = EnsembleApplication.usageError("imprt", List.of("tmdb")).orElseThrow();
		assertThat(error.lines().toList()).hasSize(1 + 1 + EnsembleApplication.COMMANDS.size());
		assertThat(error).startsWith("unknown command 'imprt'\nusage: java -jar ensemble.jar [serve]")
			.contains("\n       java -jar ensemble.jar import tmdb CREDITS.csv[.gz]")
			.contains("\n       java -jar ensemble.jar demo (loads")
			.contains("\n       java -jar ensemble.jar rebuild-collaborations (recomputes");
	}

	@Test
	void rightArgumentsPass() {
		assertThat(EnsembleApplication.usageError("demo", List.of())).isEmpty();
		assertThat(EnsembleApplication.usageError("rebuild-collaborations", List.of())).isEmpty();
		assertThat(EnsembleApplication.usageError("import", List.of("imdb", "cypher/demo/imdb", "--types", "movie"))).isEmpty();
	}

	/** The launcher checks the commands it knows: a command bean whose syntax it lacked could never run. */
	@Test
	void theLauncherKnowsEveryCommandBean() throws ReflectiveOperationException {
		ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
		scan.addIncludeFilter(new AssignableTypeFilter(EnsembleCommand.class));
		Set<CommandSyntax> beans = new HashSet<>();
		for (BeanDefinition bean : scan.findCandidateComponents("org.ensemble")) {
			beans.add((CommandSyntax) Class.forName(bean.getBeanClassName()).getField("SYNTAX").get(null));
		}
		assertThat(beans).as("the scan finds the command beans").isNotEmpty();
		assertThat(EnsembleApplication.COMMANDS).containsExactlyInAnyOrderElementsOf(beans);
	}

	private static String firstLine(String command, String... args) {
		String error = EnsembleApplication.usageError(command, List.of(args)).orElseThrow();
		List<String> lines = error.lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith("usage: java -jar ensemble.jar " + command + " ");
		return lines.get(0);
	}

}
