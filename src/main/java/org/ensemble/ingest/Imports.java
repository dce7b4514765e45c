package org.ensemble.ingest;

import org.springframework.stereotype.Service;

import org.ensemble.catalog.CatalogStats;
import org.ensemble.catalog.Source;
import org.ensemble.catalog.WorkWrites;
import org.ensemble.collaboration.CollaborationRebuild;
import org.ensemble.ingest.parse.ImportFileException;

/**
 * Runs an import through the catalog's one store, in batches. Two ways:
 * <ul>
 * <li>On a database that may be served (any import a service runs, or a command on a server named by
 * {@code NEO4J_URI}), each batch keeps the collaborations exact in its own transaction: readers see
 * the graph before or after each batch, never with collaborations missing.</li>
 * <li>Into an empty (or stale) embedded database that a command holds alone, the collaborations are
 * marked stale, left out of the batches and built in bulk at the end: the fastest way, and nobody
 * reads meanwhile. A crash is repaired at the next start, or by running the import again.</li>
 * </ul>
 * Running the same import twice changes nothing, and costs reads only.
 */
@Service
public class Imports {

	/** Whether anyone else may use the database while the import runs. */
	public enum Access {

		/** A service serves it, or may (a server, or the service's own import jobs). */
		SHARED,

		/** A command holds the embedded database's folder: nobody else can read or write it. */
		EXCLUSIVE

	}

	private final WorkWrites writes;

	private final CollaborationRebuild rebuild;

	private final CatalogStats stats;

	Imports(WorkWrites writes, CollaborationRebuild rebuild, CatalogStats stats) {
		this.writes = writes;
		this.rebuild = rebuild;
		this.stats = stats;
	}

	/** An import on a database that may be served: collaborations are kept exact in every batch. */
	public ImportReport run(ImportRequest request, ImportProgress progress) {
		return run(request, progress, Access.SHARED);
	}

	/** One import at a time per process: batches of two imports would fight over the same people. */
	public synchronized ImportReport run(ImportRequest request, ImportProgress progress, Access access) {
		long start = System.currentTimeMillis();
		boolean wasStale = this.rebuild.isStale();
		boolean bulk = access == Access.EXCLUSIVE && (wasStale || this.stats.current().works() == 0);
		if (bulk) {
			this.rebuild.markStale(true);
		}
		try (ImportBatches batches = new ImportBatches(this.writes, progress, people(request), bulk,
				Source.ofFormat(request.format()))) {
			request.parse(batches);
			batches.finish();
		}
		catch (ImportFileException ex) {
			// Parsers refuse an unreadable file before anything reaches the writer: nothing changed.
			if (bulk && !wasStale) {
				this.rebuild.markStale(false);
			}
			throw ex;
		}
		long writeMillis = System.currentTimeMillis() - start;
		CollaborationRebuild.Result rebuilt = null;
		if (bulk) {
			progress.phase("collaborations");
			rebuilt = this.rebuild.rebuildInBulk();
		}
		else if (wasStale) {
			// An earlier bulk import died before its rebuild and no start has repaired it yet: the batches'
			// upkeep built on counts that were wrong, so all are recounted, with readers kept right.
			progress.phase("collaborations");
			rebuilt = this.rebuild.rebuild();
		}
		return report(request, progress, rebuilt != null, rebuilt == null ? 0 : rebuilt.relationshipsPerSecond(), writeMillis,
				System.currentTimeMillis() - start);
	}

	/**
	 * The report of an import that wrote a new database's store before it started ({@link StoreImport}).
	 * The first start's migrations, seeing collaborations, marked them stale (for databases older than
	 * them); these were counted with the store, from the credits it holds, so they are exact.
	 */
	ImportReport finish(StoreImport.Outcome outcome) {
		this.rebuild.markStale(false);
		long millis = System.currentTimeMillis() - outcome.startedAt();
		return report(outcome.request(), outcome.progress(), true,
				outcome.storeMillis() == 0 ? 0 : outcome.relationships() * 1000.0 / outcome.storeMillis(), outcome.writeMillis(),
				millis);
	}

	private ImportReport report(ImportRequest request, ImportProgress progress, boolean rebuilt, double perSecond,
			long writeMillis, long millis) {
		var after = this.stats.current();
		var snapshot = progress.snapshot();
		progress.phase("done");
		return new ImportReport(request.format(), snapshot.worksRead(), snapshot.peopleRead(), snapshot.creditRowsRead(),
				snapshot.worksStored(), progress.worksUnchanged(), snapshot.creditsStored(), after.people(), after.works(),
				after.credits(), progress.skippedCount(), progress.skippedLines(), after.collaborations(), rebuilt, perSecond,
				writeMillis, millis, progress.episodeCreditsRolledUp(), progress.episodeCreditsWithoutSeries());
	}

	/** How the request's source gives people. */
	static ImportBatches.People people(ImportRequest request) {
		return switch (request) {
			case ImportRequest.Imdb imdb -> ImportBatches.People.AFTER_CREDITS;
			case ImportRequest.Wikidata wikidata -> ImportBatches.People.BEFORE_WORKS;
			default -> ImportBatches.People.WITH_CREDITS;
		};
	}

}
