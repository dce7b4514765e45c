package org.ensemble.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.NoSuchRecordException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Read transactions of the embedded database run in this process, without the Bolt loopback: the same
 * callbacks as over the driver, given a {@link TransactionContext} whose results are the driver's
 * records and values, so that every question has one code path in both run modes. A question then
 * costs no socket round trips (each query of a transaction was one, the commit another), no PackStream
 * encoding and no hand-over between Netty's threads and Neo4j's.
 *
 * <p>
 * Neo4j's own errors come out as the driver's exceptions with the same status codes, so that they
 * are answered alike (a timeout is a 503 either way). Queries return values (maps, lists, scalars,
 * temporals), never nodes or relationships: a node is projected into a map by the query, which keeps
 * what crosses the boundary explicit.
 */
final class InProcessReads {

	private final GraphDatabaseService database;

	InProcessReads(GraphDatabaseService database) {
		this.database = database;
	}

	<T> T read(TransactionCallback<T> work, Duration timeout) {
		try (Transaction tx = this.database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			// A read has nothing to commit: closing the transaction ends it.
			return work.execute(new Context(tx));
		}
		catch (RuntimeException ex) {
			throw translated(ex);
		}
	}

	/** Neo4j's exception as the driver would have raised it for the same status over Bolt. */
	static RuntimeException translated(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String code = (cause instanceof QueryExecutionException query) ? query.getStatusCode()
					: (cause instanceof Status.HasStatus hasStatus && hasStatus.status() != null)
							? hasStatus.status().code().serialize() : null;
			if (code != null) {
				String message = String.valueOf(ex.getMessage());
				if (code.startsWith("Neo.ClientError")) {
					return new ClientException(code, message);
				}
				if (code.startsWith("Neo.TransientError")) {
					return new TransientException(code, message);
				}
				return new DatabaseException(code, message);
			}
		}
		return ex;
	}

	/** A value of an in-process result as the driver represents it. */
	static Value value(Object object) {
		if (object instanceof Entity || object instanceof Path) {
			throw new IllegalStateException("An in-process read returned a graph entity (" + object.getClass().getSimpleName()
					+ "): project its properties in the query instead");
		}
		if (object instanceof Map<?, ?> map) {
			Map<String, Value> values = new LinkedHashMap<>();
			map.forEach((key, element) -> values.put((String) key, value(element)));
			return Values.value(values);
		}
		if (object instanceof List<?> list) {
			List<Value> values = new ArrayList<>(list.size());
			list.forEach((element) -> values.add(value(element)));
			return Values.value(values);
		}
		return Values.value(object);
	}

	private record Context(Transaction tx) implements TransactionContext {

		@Override
		public Result run(String query, Value parameters) {
			return run(query, parameters == null ? Map.of() : parameters.asMap());
		}

		@Override
		public Result run(String query, Map<String, Object> parameters) {
			return new InProcessResult(this.tx.execute(query, parameters == null ? Map.of() : parameters));
		}

		@Override
		public Result run(String query, Record parameters) {
			return run(query, parameters == null ? Map.of() : parameters.asMap());
		}

		@Override
		public Result run(String query) {
			return run(query, Map.of());
		}

		@Override
		public Result run(Query query) {
			return run(query.text(), query.parameters().asMap());
		}

	}

	/** Rows become the driver's records as they are read. */
	private static final class InProcessResult implements Result {

		private final org.neo4j.graphdb.Result result;

		private final List<String> keys;

		private Record peeked;

		private boolean open = true;

		InProcessResult(org.neo4j.graphdb.Result result) {
			this.result = result;
			this.keys = List.copyOf(result.columns());
		}

		@Override
		public List<String> keys() {
			return this.keys;
		}

		@Override
		public boolean hasNext() {
			if (this.peeked != null) {
				return true;
			}
			if (!this.open) {
				return false;
			}
			try {
				boolean more = this.result.hasNext();
				if (!more) {
					this.open = false;
				}
				return more;
			}
			catch (RuntimeException ex) {
				throw translated(ex);
			}
		}

		@Override
		public Record next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			if (this.peeked != null) {
				Record record = this.peeked;
				this.peeked = null;
				return record;
			}
			try {
				Map<String, Object> row = this.result.next();
				List<Value> values = new ArrayList<>(this.keys.size());
				for (String key : this.keys) {
					values.add(value(row.get(key)));
				}
				return new InternalRecord(this.keys, values);
			}
			catch (RuntimeException ex) {
				throw translated(ex);
			}
		}

		@Override
		public Record single() {
			if (!hasNext()) {
				throw new NoSuchRecordException("Cannot retrieve a single record, because this result is empty.");
			}
			Record record = next();
			if (hasNext()) {
				throw new NoSuchRecordException(
						"Expected a result with a single record, but this result contains at least one more.");
			}
			return record;
		}

		@Override
		public Record peek() {
			if (this.peeked == null) {
				this.peeked = next();
			}
			return this.peeked;
		}

		@Override
		public Stream<Record> stream() {
			Iterable<Record> records = () -> this;
			return StreamSupport.stream(records.spliterator(), false);
		}

		@Override
		public List<Record> list() {
			return list(Function.identity());
		}

		@Override
		public <T> List<T> list(Function<Record, T> mapFunction) {
			List<T> list = new ArrayList<>();
			while (hasNext()) {
				list.add(mapFunction.apply(next()));
			}
			return list;
		}

		/** Reads use their records only; a summary's counters and plans belong to writes, which go through the driver. */
		@Override
		public ResultSummary consume() {
			throw new UnsupportedOperationException("In-process reads have no result summary");
		}

		@Override
		public boolean isOpen() {
			return this.open || this.peeked != null;
		}

	}

}
