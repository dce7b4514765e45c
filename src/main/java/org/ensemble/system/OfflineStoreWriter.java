package org.ensemble.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.PropertySizeCalculator;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.DatabaseCreationOptions;
import org.neo4j.kernel.impl.index.schema.DefaultIndexProvidersAccess;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.LogTailMetadataFactoryImpl;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * Writes a new database's store with Neo4j's own bulk importer (the one behind
 * {@code neo4j-admin database import full}), used as a library: no transactions, no Cypher, no
 * Bolt, every record written once, in parallel stages. Only for a database that does not exist yet
 * and before the DBMS starts; its schema (constraints, indexes) is created afterwards, by the
 * migrations at the first start, which populate the indexes from the store.
 *
 * <p>
 * The importer's entry points are Neo4j's internal API and change between versions: Neo4j's version
 * is pinned in the build, and {@code OfflineStoreWriterTests} covers this class against it.
 *
 * <p>
 * Nodes carry their own ids (0 to n-1, {@link IdType#ACTUAL}), so relationships name their ends
 * by those ids and the importer needs no id mapping.
 */
public final class OfflineStoreWriter {

	/** A node: its id (0 to n-1, each once), its one label and its properties (lists as lists). */
	public record Node(long id, String label, Map<String, Object> properties) {
	}

	/** A relationship between two nodes named by their ids. */
	public record Relationship(long from, String type, long to, Map<String, Object> properties) {
	}

	/** How much there is, for the importer to size its caches. */
	public record Counts(long nodes, long relationships, long nodeProperties, long relationshipProperties) {
	}

	private static final Log logger = LogFactory.getLog(OfflineStoreWriter.class);

	private OfflineStoreWriter() {
	}

	/**
	 * Whether Neo4j's default database already has a store under this home. A store that a bulk import
	 * began and did not finish (the process died) is not one: it is deleted, so that nothing
	 * half-written is ever served, and the import can run again.
	 */
	public static boolean storeExists(Path neo4jHome) {
		DatabaseLayout layout = layout(neo4jHome);
		if (Files.exists(unfinishedMarker(neo4jHome))) {
			deletePartialStore(neo4jHome, layout);
			return false;
		}
		return Files.isDirectory(layout.databaseDirectory()) && StorageEngineFactory
			.selectStorageEngine(new DefaultFileSystemAbstraction(), layout)
			.isPresent();
	}

	/** Present while a bulk import writes the store: its store is not one until the marker is gone. */
	private static Path unfinishedMarker(Path neo4jHome) {
		return neo4jHome.resolve("bulk-import-unfinished");
	}

	private static void deletePartialStore(Path neo4jHome, DatabaseLayout layout) {
		logger.warn("A bulk import into " + layout.databaseDirectory() + " did not finish; deleting what it wrote");
		try (var fileSystem = new DefaultFileSystemAbstraction()) {
			fileSystem.deleteRecursively(layout.databaseDirectory());
			fileSystem.deleteRecursively(layout.getTransactionLogsDirectory());
			Files.deleteIfExists(unfinishedMarker(neo4jHome));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the unfinished bulk import in " + layout.databaseDirectory(), ex);
		}
	}

	private static DatabaseLayout layout(Path neo4jHome) {
		Config config = config(neo4jHome);
		return Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	private static Config config(Path neo4jHome) {
		return Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, neo4jHome.toAbsolutePath()).build();
	}

	/**
	 * Writes the default database's store under {@code neo4jHome} from these nodes and relationships,
	 * each given in chunks by a supplier that answers null when there are no more. The importer's
	 * threads ask for chunks at the same time: a supplier must be safe for that, and may do its work
	 * in the calling thread (see {@link #synchronizedChunks}).
	 * @param progress where the importer's own progress goes (its stages and their times)
	 */
	public static void write(Path neo4jHome, Supplier<List<Node>> nodes, Supplier<List<Relationship>> relationships,
			Counts counts, PrintStream progress) throws IOException {
		Config config = config(neo4jHome);
		DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
		CursorContextFactory contexts = new CursorContextFactory(PageCacheTracer.NULL, new FixedVersionContextSupplier(1L));
		Configuration configuration = new Configuration.Overridden(Configuration.defaultConfiguration()) {

			@Override
			public IndexConfig indexConfig() {
				// A database created by Neo4j has both token lookup indexes; the queries' plans count on them.
				return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
			}

		};
		Input input = new ChunkedInput(nodes, relationships, counts);
		Files.createDirectories(neo4jHome);
		Files.writeString(unfinishedMarker(neo4jHome), "A bulk import is writing the store; if no process is, it died.\n");
		try (var fileSystem = new DefaultFileSystemAbstraction(); JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
			var logService = new SimpleLogService(NullLogProvider.getInstance());
			BatchImporter importer = engine.batchImporter(layout, fileSystem, false, PageCacheTracer.NULL, configuration,
					logService, progress, false, DefaultAdditionalIds.EMPTY, new LogTailMetadataFactoryImpl(fileSystem), config,
					Monitor.NO_MONITOR, scheduler, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
					new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE, contexts,
					() -> new DefaultIndexProvidersAccess(engine, fileSystem, config, scheduler, NullLogService.getInstance(),
							PageCacheTracer.NULL, contexts),
					0, null, DatabaseCreationOptions.EMPTY_CREATION_OPTIONS, BatchImporter.HardwareValidation.NONE);
			try (importer) {
				importer.doImport(input);
			}
		}
		catch (Exception ex) {
			deletePartialStore(neo4jHome, layout);
			throw (ex instanceof IOException io) ? io : new IOException("The bulk import failed: " + ex.getMessage(), ex);
		}
		Files.delete(unfinishedMarker(neo4jHome));
	}

	/** Chunks of {@code size} from an iterator, handed out one caller at a time. */
	public static <T> Supplier<List<T>> synchronizedChunks(Iterator<T> items, int size) {
		return () -> {
			synchronized (items) {
				if (!items.hasNext()) {
					return null;
				}
				List<T> chunk = new ArrayList<>(size);
				while (items.hasNext() && chunk.size() < size) {
					chunk.add(items.next());
				}
				return chunk;
			}
		};
	}

	/** A sink for the importer's chatter when nobody wants it. */
	public static PrintStream quiet() {
		return new PrintStream(OutputStream.nullOutputStream());
	}

	private static final class ChunkedInput implements Input {

		private final Supplier<List<Node>> nodes;

		private final Supplier<List<Relationship>> relationships;

		private final Counts counts;

		ChunkedInput(Supplier<List<Node>> nodes, Supplier<List<Relationship>> relationships, Counts counts) {
			this.nodes = nodes;
			this.relationships = relationships;
			this.counts = counts;
		}

		@Override
		public InputIterable nodes(Collector collector) {
			return () -> new Chunks<>(this.nodes, OfflineStoreWriter::visitNode);
		}

		@Override
		public InputIterable relationships(Collector collector) {
			return () -> new Chunks<>(this.relationships, OfflineStoreWriter::visitRelationship);
		}

		@Override
		public IdType idType() {
			return IdType.ACTUAL;
		}

		@Override
		public ReadableGroups groups() {
			return ReadableGroups.EMPTY;
		}

		@Override
		public Estimates validateAndEstimate(PropertySizeCalculator sizes, int numberOfThreads) {
			return Input.knownEstimates(this.counts.nodes(), this.counts.relationships(), this.counts.nodeProperties(),
					this.counts.relationshipProperties(), this.counts.nodeProperties() * 16,
					this.counts.relationshipProperties() * 8, this.counts.nodes());
		}

		@Override
		public boolean containsVectorData() {
			return false;
		}

	}

	@FunctionalInterface
	private interface Visit<T> {

		void visit(T entity, InputEntityVisitor visitor) throws IOException;

	}

	/** The importer's threads each ask for the next chunk. */
	private static final class Chunks<T> implements InputIterator {

		private final Supplier<List<T>> source;

		private final Visit<T> visit;

		Chunks(Supplier<List<T>> source, Visit<T> visit) {
			this.source = source;
			this.visit = visit;
		}

		@Override
		public InputChunk newChunk() {
			return new Chunk<>(this.visit);
		}

		@Override
		public boolean next(InputChunk chunk) {
			List<T> next = this.source.get();
			if (next == null) {
				return false;
			}
			((Chunk<T>) chunk).reset(next);
			return true;
		}

		@Override
		public void close() {
		}

	}

	private static final class Chunk<T> implements InputChunk {

		private final Visit<T> visit;

		private List<T> entities = List.of();

		private int next;

		Chunk(Visit<T> visit) {
			this.visit = visit;
		}

		void reset(List<T> entities) {
			this.entities = entities;
			this.next = 0;
		}

		@Override
		public boolean next(InputEntityVisitor visitor) throws IOException {
			if (this.next >= this.entities.size()) {
				return false;
			}
			this.visit.visit(this.entities.get(this.next++), visitor);
			return true;
		}

		@Override
		public void close() {
		}

	}

	private static void visitNode(Node node, InputEntityVisitor visitor) throws IOException {
		visitor.id(node.id());
		visitor.labels(new String[] { node.label() });
		properties(node.properties(), visitor);
		visitor.endOfEntity();
	}

	private static void visitRelationship(Relationship relationship, InputEntityVisitor visitor) throws IOException {
		visitor.startId(relationship.from());
		visitor.endId(relationship.to());
		visitor.type(relationship.type());
		properties(relationship.properties(), visitor);
		visitor.endOfEntity();
	}

	private static void properties(Map<String, Object> properties, InputEntityVisitor visitor) {
		properties.forEach((key, value) -> {
			if (value != null) {
				visitor.property(key, storable(value), false);
			}
		});
	}

	/** The importer stores arrays, not lists: a list becomes an array of its elements' type. */
	private static Object storable(Object value) {
		if (!(value instanceof List<?> list)) {
			return value;
		}
		if (list.isEmpty()) {
			return new String[0];
		}
		Class<?> type = list.get(0).getClass();
		Object array = Array.newInstance(type, list.size());
		for (int i = 0; i < list.size(); i++) {
			Array.set(array, i, list.get(i));
		}
		return array;
	}

}
