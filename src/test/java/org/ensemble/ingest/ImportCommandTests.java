package org.ensemble.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ensemble.ingest.parse.ImdbParser;
import org.ensemble.ingest.parse.WikidataParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@code import …} on the command line: argument parsing and plain progress lines. No database needed. */
class ImportCommandTests {

	@Test
	void withoutAFormatTheUsageErrorAsksForOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> ImportRequest.fromArguments(List.of()))
			.withMessage("name a format: tmdb, imdb, jsonl or wikidata");
	}

	@Test
	void anUnknownFormatIsNamedInTheUsageError() {
		assertThatIllegalArgumentException().isThrownBy(() -> ImportRequest.fromArguments(List.of("csv", "a.csv")))
			.withMessageContaining("unknown format 'csv'")
			.withMessageContaining("tmdb, imdb, jsonl or wikidata");
	}

	@Test
	void tmdbNeedsBothFiles() {
		assertThatIllegalArgumentException().isThrownBy(() -> ImportRequest.fromArguments(List.of("tmdb", "credits.csv")))
			.withMessageContaining("CREDITS.csv[.gz] MOVIES.csv[.gz]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportRequest.fromArguments(List.of("tmdb", "credits.csv", "movies.csv", "extra.csv")));
	}

	@Test
	void jsonlNeedsOneFile() {
		assertThatIllegalArgumentException().isThrownBy(() -> ImportRequest.fromArguments(List.of("jsonl")))
			.withMessageContaining("one FILE");
	}

	@Test
	void imdbRefusesAnUnknownFlagAndNamesIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportRequest.fromArguments(List.of("imdb", "dir", "--adult")))
			.withMessageContaining("unexpected argument '--adult'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportRequest.fromArguments(List.of("imdb", "dir", "other-dir")))
			.withMessageContaining("unexpected argument 'other-dir'");
		assertThatIllegalArgumentException().isThrownBy(() -> ImportRequest.fromArguments(List.of("imdb", "--include-adult")))
			.withMessageContaining("import imdb needs DIR");
	}

	@Test
	void validArgumentsBecomeTheRequest() {
		assertThat(ImportRequest.fromArguments(List.of("tmdb", "c.csv.gz", "m.csv.gz")))
			.isEqualTo(new ImportRequest.Tmdb(Path.of("c.csv.gz"), Path.of("m.csv.gz")));
		assertThat(ImportRequest.fromArguments(List.of("imdb", "data")))
			.isEqualTo(new ImportRequest.Imdb(Path.of("data"), ImdbParser.DEFAULT_TITLE_TYPES, false));
		assertThat(ImportRequest.fromArguments(List.of("imdb", "--types", "movie,tvMovie", "data", "--include-adult")))
			.isEqualTo(new ImportRequest.Imdb(Path.of("data"), Set.of("movie", "tvMovie"), true));
		assertThat(ImportRequest.fromArguments(List.of("imdb", "data", "--types=short")))
			.isEqualTo(new ImportRequest.Imdb(Path.of("data"), Set.of("short"), false));
		assertThat(ImportRequest.fromArguments(List.of("jsonl", "works.jsonl")))
			.isEqualTo(new ImportRequest.JsonLines(Path.of("works.jsonl")));
	}

	@Test
	void wikidataTakesOneFileAndMoreWorkClasses() {
		assertThat(ImportRequest.fromArguments(List.of("wikidata", "latest-all.json.gz")))
			.isEqualTo(new ImportRequest.Wikidata(Path.of("latest-all.json.gz"), WikidataParser.DEFAULT_WORK_CLASSES));
		assertThat(ImportRequest.fromArguments(List.of("wikidata", "--work-classes", "Q24862,Q506240=tv_movie", "films.ndjson")))
			.isEqualTo(new ImportRequest.Wikidata(Path.of("films.ndjson"),
					WikidataParser.workClasses("Q24862,Q506240=tv_movie")));
		assertThat(ImportRequest.fromArguments(List.of("wikidata", "films.ndjson", "--work-classes=Q24862")))
			.isEqualTo(new ImportRequest.Wikidata(Path.of("films.ndjson"), WikidataParser.workClasses("Q24862")));
		assertThatIllegalArgumentException().isThrownBy(() -> ImportRequest.fromArguments(List.of("wikidata")))
			.withMessageContaining("import wikidata needs FILE");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportRequest.fromArguments(List.of("wikidata", "a.json", "--work-classes", "film")))
			.withMessageContaining("'film' is not a Q-id");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportRequest.fromArguments(List.of("wikidata", "a.json", "b.json")))
			.withMessageContaining("unexpected argument 'b.json'");
	}

	@Test
	void imdbTitleTypesMustBeNames() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportRequest.fromArguments(List.of("imdb", "data", "--types", "movie,tv-movie")))
			.withMessageContaining("title types must be IMDb's, such as movie,tvMovie, was 'movie,tv-movie'");
		assertThatIllegalArgumentException().isThrownBy(() -> ImportRequest.fromArguments(List.of("imdb", "data", "--types=,")))
			.withMessageContaining("title types must be IMDb's");
		assertThat(ImportRequest.fromArguments(List.of("imdb", "data", "--types", " movie, short ")))
			.isEqualTo(new ImportRequest.Imdb(Path.of("data"), Set.of("movie", "short"), false));
	}

	@Test
	void imdbEpisodesAreRollUpOrKeep() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportRequest.fromArguments(List.of("imdb", "data", "--episodes", "drop")))
			.withMessage("--episodes must be roll-up or keep, was 'drop'");
	}

	@Test
	void theCommandLineChecksTheFilesWithoutReadingThem(@TempDir Path dir) throws IOException {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportRequest.fromCommandLine(List.of("jsonl", dir.resolve("missing.jsonl").toString())))
			.withMessage(dir.resolve("missing.jsonl") + ": file not found");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportRequest.fromCommandLine(List.of("wikidata", dir.toString())))
			.withMessage(dir + ": is a directory, not a file");
		assertThatIllegalArgumentException().isThrownBy(() -> ImportRequest.fromCommandLine(List.of("imdb", dir.toString())))
			.withMessage(dir + ": has neither title.basics.tsv.gz nor title.basics.tsv");
		// The files given the other way round: their header rows tell.
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportRequest.fromCommandLine(
					List.of("tmdb", Fixtures.tmdbMovies().toString(), Fixtures.tmdbCredits().toString())))
			.withMessageContaining("wrong header");
		Path works = Files.writeString(dir.resolve("works.jsonl"), "{\"id\": \"w1\", \"title\": \"A\"}\n");
		assertThat(ImportRequest.fromCommandLine(List.of("jsonl", works.toString()))).isEqualTo(new ImportRequest.JsonLines(works));
		assertThat(ImportRequest.fromCommandLine(List.of("tmdb", Fixtures.tmdbCredits().toString(), Fixtures.tmdbMovies().toString())))
			.isEqualTo(new ImportRequest.Tmdb(Fixtures.tmdbCredits(), Fixtures.tmdbMovies()));
		assertThat(ImportRequest.fromCommandLine(List.of("imdb", Fixtures.imdbDir().toString())))
			.isEqualTo(new ImportRequest.Imdb(Fixtures.imdbDir(), ImdbParser.DEFAULT_TITLE_TYPES, false));
	}

	@Test
	void withoutATerminalProgressIsAPlainLineEveryTenTicks() {
		ImportProgress progress = new ImportProgress();
		progress.file("tmdb_5000_credits.csv", 50, 200);
		progress.worksStored(12, 345);
		progress.skipped("tmdb_5000_credits.csv", 7, "bad");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImportCommand.ProgressPrinter printer = new ImportCommand.ProgressPrinter(progress,
				new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

		for (int tick = 0; tick < 21; tick++) {
			printer.print();
		}
		progress.phase("collaborations");
		for (int tick = 21; tick < 31; tick++) {
			printer.print();
		}
		printer.done();

		assertThat(bytes.toString(StandardCharsets.UTF_8).split("\n", -1)).containsExactly(
				"progress: reading tmdb_5000_credits.csv 25%, 12 works and 345 credits stored, 1 lines skipped",
				"progress: reading tmdb_5000_credits.csv 25%, 12 works and 345 credits stored, 1 lines skipped",
				"progress: reading tmdb_5000_credits.csv 25%, 12 works and 345 credits stored, 1 lines skipped",
				"progress: collaborations tmdb_5000_credits.csv 25%, 12 works and 345 credits stored, 1 lines skipped", "");
	}

	@Test
	void onATerminalProgressIsOneBarRedrawnInPlace() {
		ImportProgress progress = new ImportProgress();
		progress.file("title.principals.tsv.gz", 100, 100);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImportCommand.ProgressPrinter printer = new ImportCommand.ProgressPrinter(progress,
				new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

		printer.print();
		printer.print();
		printer.done();

		String out = bytes.toString(StandardCharsets.UTF_8);
		assertThat(out).startsWith("\r[" + "#".repeat(20) + "] 100% title.principals.tsv.gz").endsWith("\n");
		assertThat(out.chars().filter((c) -> c == '\r')).hasSize(2);
		assertThat(out.chars().filter((c) -> c == '\n')).hasSize(1);
	}

}
