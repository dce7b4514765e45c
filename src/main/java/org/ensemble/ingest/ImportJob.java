package org.ensemble.ingest;

import java.time.Instant;

/** One import started over HTTP, as {@code GET /api/imports/{id}} shows it. */
final class ImportJob {

	enum State {

		QUEUED, RUNNING, SUCCEEDED, FAILED

	}

	private final String id;

	private final String format;

	private final ImportProgress progress;

	private final Instant created;

	private volatile State state = State.QUEUED;

	private volatile ImportReport report;

	private volatile String error;

	private volatile Instant finished;

	ImportJob(String id, String format, ImportProgress progress, Instant created) {
		this.id = id;
		this.format = format;
		this.progress = progress;
		this.created = created;
	}

	String id() {
		return this.id;
	}

	ImportProgress progress() {
		return this.progress;
	}

	void running() {
		this.state = State.RUNNING;
	}

	void succeeded(ImportReport report) {
		this.report = report;
		this.finished = Instant.now();
		this.state = State.SUCCEEDED;
	}

	void failed(String error) {
		this.error = error;
		this.finished = Instant.now();
		this.state = State.FAILED;
	}

	record View(String id, String format, String state, Instant created, Instant finished, ImportProgress.Snapshot progress,
			ImportReport report, String error) {
	}

	View view() {
		return new View(this.id, this.format, this.state.name().toLowerCase(), this.created, this.finished,
				this.progress.snapshot(), this.report, this.error);
	}

}
