package org.ensemble.ingest;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.ensemble.ingest.parse.ImportFileException;
import org.ensemble.system.CommandSyntax;
import org.ensemble.system.EnsembleCommand;
import org.ensemble.system.RunMode;

/**
 * {@code import tmdb|imdb|jsonl|wikidata …}: a progress bar on a terminal, plain progress lines otherwise,
 * and the report at the end.
 */
@Component
public class ImportCommand implements EnsembleCommand {

	public static final CommandSyntax SYNTAX = new CommandSyntax("import",
			"tmdb CREDITS.csv[.gz] MOVIES.csv[.gz] | imdb DIR " + ImportRequest.IMDB_OPTIONS + " | jsonl FILE | wikidata "
					+ ImportRequest.WIKIDATA_USAGE,
			ImportRequest::fromCommandLine);

	private final Imports imports;

	private final Imports.Access access;

	private final StoreImport storeImport;

	/** A command on the embedded database holds its folder: no service can serve it meanwhile. */
	ImportCommand(Imports imports, StoreImport storeImport, Environment environment) {
		this.imports = imports;
		this.storeImport = storeImport;
		this.access = RunMode.embedded(environment) ? Imports.Access.EXCLUSIVE : Imports.Access.SHARED;
	}

	@Override
	public CommandSyntax syntax() {
		return SYNTAX;
	}

	@Override
	public int run(List<String> args) {
		ImportRequest request = ImportRequest.fromCommandLine(args);
		var written = this.storeImport.outcome();
		if (written.isPresent()) {
			return reportStoreImport(written.get());
		}
		ImportProgress progress = new ImportProgress();
		ProgressPrinter printer = new ProgressPrinter(progress, System.out, System.console() != null);
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		ticker.scheduleAtFixedRate(printer::print, 1, 1, TimeUnit.SECONDS);
		try {
			ImportReport report = this.imports.run(request, progress, this.access);
			printer.done();
			System.out.print(report.describe());
			return 0;
		}
		catch (ImportFileException ex) {
			printer.done();
			System.err.println("import failed, nothing was written: " + ex.getMessage());
			return 1;
		}
		finally {
			ticker.shutdownNow();
		}
	}

	/** The database did not exist: the import wrote its store before it started ({@link StoreImport}). */
	private int reportStoreImport(StoreImport.Outcome outcome) {
		if (outcome.failure() != null) {
			System.err.println("import failed, nothing was written: " + outcome.failure().getMessage());
			return 1;
		}
		System.out.print(this.imports.finish(outcome).describe());
		return 0;
	}

	/** A bar redrawn in place on a terminal; a plain line every ten seconds in logs. */
	static final class ProgressPrinter {

		private final ImportProgress progress;

		private final PrintStream out;

		private final boolean terminal;

		private int ticks;

		ProgressPrinter(ImportProgress progress, PrintStream out, boolean terminal) {
			this.progress = progress;
			this.out = out;
			this.terminal = terminal;
		}

		synchronized void print() {
			var s = this.progress.snapshot();
			if (this.terminal) {
				int filled = s.percentOfFile() / 5;
				this.out.printf("\r[%s%s] %3d%% %-28s %,d works %,d credits %s   ", "#".repeat(filled), " ".repeat(20 - filled),
						s.percentOfFile(), s.file(), s.worksStored(), s.creditsStored(), s.phase());
			}
			else if (this.ticks++ % 10 == 0) {
				this.out.printf("progress: %s %s %d%%, %,d works and %,d credits stored, %,d lines skipped%n", s.phase(), s.file(),
						s.percentOfFile(), s.worksStored(), s.creditsStored(), s.skipped());
			}
		}

		synchronized void done() {
			if (this.terminal) {
				this.out.println();
			}
		}

	}

}
