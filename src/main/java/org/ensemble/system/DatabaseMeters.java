package org.ensemble.system;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.neo4j.driver.AccessMode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the service's use of the database looks like to an operator, beside the per-question request
 * histograms ({@code http_server_requests_seconds}): transactions running now, each of which holds
 * one of the driver's pooled connections (the driver itself publishes no pool metrics since 6.0), and
 * transactions the driver ran again after a transient error (a deadlock, a leader change, a server
 * that was away): an instance whose retries climb is slow for that reason.
 */
@Component
class DatabaseMeters {

	private final AtomicInteger activeReads = new AtomicInteger();

	private final AtomicInteger activeWrites = new AtomicInteger();

	private final Counter readRetries;

	private final Counter writeRetries;

	DatabaseMeters(ObjectProvider<MeterRegistry> registries) {
		MeterRegistry registry = registries.getIfAvailable(SimpleMeterRegistry::new);
		gauge(registry, AccessMode.READ, this.activeReads);
		gauge(registry, AccessMode.WRITE, this.activeWrites);
		this.readRetries = retries(registry, AccessMode.READ);
		this.writeRetries = retries(registry, AccessMode.WRITE);
	}

	private static void gauge(MeterRegistry registry, AccessMode mode, AtomicInteger active) {
		Gauge.builder("ensemble.database.transactions.active", active, AtomicInteger::get)
			.description("Transactions running now, each on a pooled driver connection")
			.tag("access", name(mode))
			.register(registry);
	}

	private static Counter retries(MeterRegistry registry, AccessMode mode) {
		return Counter.builder("ensemble.database.transactions.retries")
			.description("Transactions run again by the driver after a transient error")
			.tag("access", name(mode))
			.register(registry);
	}

	private static String name(AccessMode mode) {
		return mode.name().toLowerCase(Locale.ROOT);
	}

	/** A transaction starts on a connection; {@link #finished} must follow. */
	void started(AccessMode mode) {
		active(mode).incrementAndGet();
	}

	void finished(AccessMode mode) {
		active(mode).decrementAndGet();
	}

	/** The driver runs a transaction's work again. */
	void retried(AccessMode mode) {
		((mode == AccessMode.READ) ? this.readRetries : this.writeRetries).increment();
	}

	private AtomicInteger active(AccessMode mode) {
		return (mode == AccessMode.READ) ? this.activeReads : this.activeWrites;
	}

}
