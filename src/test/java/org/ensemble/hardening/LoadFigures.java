package org.ensemble.hardening;

import java.util.Arrays;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies of a load run by kind of request, summarised as count, rate and percentiles. */
final class LoadFigures {

	private final Map<String, Queue<Long>> nanosByKind = new ConcurrentHashMap<>();

	void record(String kind, long nanos) {
		this.nanosByKind.computeIfAbsent(kind, (k) -> new ConcurrentLinkedQueue<>()).add(nanos);
	}

	long count() {
		return this.nanosByKind.values().stream().mapToLong(Queue::size).sum();
	}

	/** One line per kind and one for all: requests, requests/s over the run, p50 and p99 in ms. */
	String summary(double seconds) {
		StringBuilder summary = new StringBuilder();
		Map<String, long[]> sorted = new TreeMap<>();
		this.nanosByKind.forEach((kind, nanos) -> sorted.put(kind, sorted(nanos)));
		sorted.put("(all)", sorted(this.nanosByKind.values().stream().flatMap(Queue::stream).toList()));
		sorted.forEach((kind, nanos) -> summary.append("%-16s %7d requests %8.1f/s  p50 %7.1f ms  p99 %7.1f ms%n"
			.formatted(kind, nanos.length, nanos.length / seconds, percentile(nanos, 50), percentile(nanos, 99))));
		return summary.toString();
	}

	private static long[] sorted(java.util.Collection<Long> nanos) {
		long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(values);
		return values;
	}

	private static double percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
