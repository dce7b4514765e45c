package org.ensemble.ingest;

import org.springframework.stereotype.Service;

import org.ensemble.catalog.CatalogStats;
import org.ensemble.collaboration.CollaborationRebuild;
import org.ensemble.ingest.parse.ImportFileException;
import org.ensemble.system.GraphTransactions;

/**
 * Runs an import: rows are written in batches, the collaborations are marked stale for the whole
 * time (a crash is repaired at the next start, or by running the import again) and rebuilt in bulk
 * at the end. Running the same import twice changes nothing.
 */
@Service
public class Imports {

	private final GraphTransactions graph;

	private final CollaborationRebuild rebuild;

	private final CatalogStats stats;

	Imports(GraphTransactions graph, CollaborationRebuild rebuild, CatalogStats stats) {
		this.graph = graph;
		this.rebuild = rebuild;
		this.stats = stats;
	}

	/** One import at a time per process: batches of two imports would fight over the same people. */
	public synchronized ImportReport run(ImportRequest request, ImportProgress progress) {
		long start = System.currentTimeMillis();
		boolean wasStale = this.rebuild.isStale();
		this.rebuild.markStale(true);
		try {
			this.graph.inSession((session) -> {
				try (GraphImportWriter writer = new GraphImportWriter(session, progress)) {
					request.parse(writer);
					writer.finish();
				}
				return null;
			});
		}
		catch (ImportFileException ex) {
			// Parsers refuse an unreadable file before anything reaches the writer: nothing changed.
			if (!wasStale) {
				this.rebuild.markStale(false);
			}
			throw ex;
		}
		long writeMillis = System.currentTimeMillis() - start;
		progress.phase("collaborations");
		var collaborations = this.rebuild.rebuild();
		var after = this.stats.current();
		var snapshot = progress.snapshot();
		progress.phase("done");
		return new ImportReport(request.format(), snapshot.worksRead(), snapshot.peopleRead(), snapshot.creditRowsRead(),
				snapshot.worksStored(), snapshot.creditsStored(), after.people(), after.works(), after.credits(),
				progress.skippedCount(), progress.skippedLines(), collaborations.relationships(),
				collaborations.relationshipsPerSecond(), writeMillis, System.currentTimeMillis() - start);
	}

}
