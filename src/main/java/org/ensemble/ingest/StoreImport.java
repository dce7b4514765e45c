package org.ensemble.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.ensemble.catalog.OfflineCatalog;
import org.ensemble.catalog.OfflineCatalogs;
import org.ensemble.catalog.Source;
import org.ensemble.collaboration.CollaborationCount;
import org.ensemble.credit.SearchText;
import org.ensemble.ingest.parse.ImportFileException;
import org.ensemble.system.EmptyStoreSeed;
import org.ensemble.system.OfflineStoreWriter;
import org.ensemble.system.OfflineStoreWriter.Node;
import org.ensemble.system.OfflineStoreWriter.Relationship;

/**
 * The {@code import} command into an embedded database that does not exist yet: the files are read
 * into an {@link OfflineCatalog} (the one store's rules, applied in memory), the collaborations are
 * counted in memory a batch of people at a time ({@link CollaborationCount}), and the whole graph is
 * written by Neo4j's bulk importer ({@link OfflineStoreWriter}) before the database starts. The
 * migrations then create the schema and populate the indexes at the first start, and
 * {@link ImportCommand} reports. At the {@code imdb} scale, a quarter of an hour through transactions
 * becomes five minutes, a third of the CPU (bench/README.md).
 */
@Component
class StoreImport implements EmptyStoreSeed {

	private static final Log logger = LogFactory.getLog(StoreImport.class);

	private static final int CHUNK = 10_000;

	/** What the store import did, for the command's report once the database runs. */
	record Outcome(ImportRequest request, ImportProgress progress, long startedAt, long writeMillis, long storeMillis,
			long relationships, ImportFileException failure) {
	}

	private final OfflineCatalogs catalogs;

	private final List<String> arguments;

	private final boolean importCommand;

	private volatile Outcome outcome;

	StoreImport(OfflineCatalogs catalogs, ApplicationArguments arguments, Environment environment) {
		this.catalogs = catalogs;
		this.arguments = List.of(arguments.getSourceArgs());
		this.importCommand = "import".equals(environment.getProperty("ensemble.command"));
	}

	/** What the store import did, when the command's database was written by it. */
	Optional<Outcome> outcome() {
		return Optional.ofNullable(this.outcome);
	}

	@Override
	public void seed(Path neo4jHome) {
		if (!this.importCommand) {
			return;
		}
		ImportRequest request;
		try {
			request = ImportRequest.fromArguments(this.arguments);
		}
		catch (IllegalArgumentException ex) {
			// The command reports it, with its usage.
			return;
		}
		ImportProgress progress = new ImportProgress();
		ImportCommand.ProgressPrinter printer = new ImportCommand.ProgressPrinter(progress, System.out, System.console() != null);
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		ticker.scheduleAtFixedRate(printer::print, 1, 1, TimeUnit.SECONDS);
		try {
			this.outcome = run(neo4jHome, request, progress);
		}
		finally {
			ticker.shutdownNow();
			printer.done();
		}
	}

	Outcome run(Path neo4jHome, ImportRequest request, ImportProgress progress) {
		long start = System.currentTimeMillis();
		OfflineCatalog catalog = this.catalogs.create();
		try (ImportBatches batches = new ImportBatches(catalog, progress, Imports.people(request), true,
				Source.ofFormat(request.format()))) {
			request.parse(batches);
			batches.finish();
		}
		catch (ImportFileException ex) {
			return new Outcome(request, progress, start, 0, 0, 0, ex);
		}
		long read = System.currentTimeMillis();
		progress.phase("store");
		long relationships = write(neo4jHome, catalog);
		long written = System.currentTimeMillis();
		logger.info("Wrote the store in " + (written - read) + " ms after reading the files in " + (read - start) + " ms: "
				+ relationships + " relationships");
		return new Outcome(request, progress, start, read - start, written - read, relationships, null);
	}

	/** Writes the catalog and its collaborations; returns the number of relationships. */
	static long write(Path neo4jHome, OfflineCatalog catalog) {
		Map<String, Long> ids = new HashMap<>(2 * catalog.nodeCount());
		catalog.nodeIds().forEach((id) -> ids.put(id, (long) ids.size()));
		long stateNode = ids.size();
		// A new database is marked as holding the current search texts, as the service marks an empty one.
		// Concatenated, not flat-mapped: a flat map's iterator takes each inner stream whole at once, which
		// would take every person from the catalog before the first is written.
		Stream<Node> nodes = Stream.concat(
				Stream.concat(catalog.works().map((e) -> new Node(ids.get(e.id()), "Work", e.properties())),
						catalog.takePeople().map((e) -> new Node(ids.get(e.id()), "Person", e.properties()))),
				Stream.concat(catalog.takeCompanies().map((e) -> new Node(ids.get(e.id()), "Company", e.properties())),
						Stream.of(new Node(stateNode, "__EnsembleState",
								Map.of("name", "searchText", "version", SearchText.VERSION)))));
		CollaborationCount collaborations = new CollaborationCount(catalog.teams());
		Function<OfflineCatalog.Link, Relationship> link = (l) -> new Relationship(ids.get(l.from()), l.type(), ids.get(l.to()),
				l.properties());
		Supplier<List<Relationship>> credits = OfflineStoreWriter
			.synchronizedChunks(catalog.takeLinks().map(link).iterator(), CHUNK);
		Supplier<List<CollaborationCount.Counted>> pairs = collaborations.batches();
		// 25 million pairs: their ends mapped by array, not looked up by id twice each.
		long[] nodeOfPerson = collaborations.personIds().stream().mapToLong(ids::get).toArray();
		AtomicLong relationships = new AtomicLong();
		AtomicBoolean creditsDone = new AtomicBoolean();
		Supplier<List<Relationship>> all = () -> {
			List<Relationship> next = creditsDone.get() ? null : credits.get();
			if (next == null) {
				creditsDone.set(true);
				List<CollaborationCount.Counted> batch = pairs.get();
				if (batch == null) {
					return null;
				}
				next = new ArrayList<>(batch.size());
				for (CollaborationCount.Counted counted : batch) {
					next.add(new Relationship(nodeOfPerson[counted.from()], "COLLABORATED_WITH", nodeOfPerson[counted.to()],
							counted.properties()));
				}
			}
			relationships.addAndGet(next.size());
			return next;
		};
		long creditCount = catalog.creditCount();
		long pairsAtMost = collaborations.pairsAtMost();
		var counts = new OfflineStoreWriter.Counts(ids.size() + 1, creditCount + pairsAtMost, (ids.size() + 1) * 6L,
				creditCount * 2 + pairsAtMost * 4);
		try {
			OfflineStoreWriter.write(neo4jHome, OfflineStoreWriter.synchronizedChunks(nodes.iterator(), CHUNK), all, counts,
					OfflineStoreWriter.quiet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return relationships.get();
	}

}
