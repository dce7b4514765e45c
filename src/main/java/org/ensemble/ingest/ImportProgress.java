package org.ensemble.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of a running import, written by the import thread and read by whoever shows progress
 * (the command line's bar, or a client polling the job).
 */
public final class ImportProgress {

	/** Skipped lines beyond this many are counted but not listed, so a broken file can't fill the heap. */
	static final int LISTED_SKIPS = 1_000;

	private final AtomicLong worksRead = new AtomicLong();

	private final AtomicLong peopleRead = new AtomicLong();

	private final AtomicLong worksUnchanged = new AtomicLong();

	private final AtomicLong episodeCreditsRolledUp = new AtomicLong();

	private final AtomicLong episodeCreditsWithoutSeries = new AtomicLong();

	private final AtomicLong creditRowsRead = new AtomicLong();

	private final AtomicLong worksStored = new AtomicLong();

	private final AtomicLong creditsStored = new AtomicLong();

	private final AtomicLong peopleStored = new AtomicLong();

	private final AtomicLong skippedCount = new AtomicLong();

	private final List<Skip> skipped = new ArrayList<>();

	private volatile String phase = "reading";

	private volatile String file = "";

	private volatile long fileBytesRead;

	private volatile long fileBytesTotal;

	/** A line that was not imported, and why. */
	public record Skip(String file, long line, String reason) {

		@Override
		public String toString() {
			return this.file + ":" + this.line + ": " + this.reason;
		}

	}

	/** What a client sees while the import runs. */
	public record Snapshot(String phase, String file, long fileBytesRead, long fileBytesTotal, long worksRead,
			long peopleRead, long creditRowsRead, long worksStored, long creditsStored, long skipped) {

		public int percentOfFile() {
			return this.fileBytesTotal <= 0 ? 0 : (int) Math.min(100, this.fileBytesRead * 100 / this.fileBytesTotal);
		}

	}

	void workRead() {
		this.worksRead.incrementAndGet();
	}

	void personRead() {
		this.peopleRead.incrementAndGet();
	}

	void creditsRead(int rows) {
		this.creditRowsRead.addAndGet(rows);
	}

	void worksStored(int works, int credits) {
		this.worksStored.addAndGet(works);
		this.creditsStored.addAndGet(credits);
	}

	void episodeCredits(long rolledUp, long withoutSeries) {
		this.episodeCreditsRolledUp.addAndGet(rolledUp);
		this.episodeCreditsWithoutSeries.addAndGet(withoutSeries);
	}

	long episodeCreditsRolledUp() {
		return this.episodeCreditsRolledUp.get();
	}

	long episodeCreditsWithoutSeries() {
		return this.episodeCreditsWithoutSeries.get();
	}

	void worksUnchanged(int works) {
		this.worksUnchanged.addAndGet(works);
	}

	long worksUnchanged() {
		return this.worksUnchanged.get();
	}

	void peopleStored(int people) {
		this.peopleStored.addAndGet(people);
	}

	synchronized void skipped(String file, long line, String reason) {
		this.skippedCount.incrementAndGet();
		if (this.skipped.size() < LISTED_SKIPS) {
			this.skipped.add(new Skip(file, line, reason));
		}
	}

	void file(String name, long bytesRead, long totalBytes) {
		this.file = name;
		this.fileBytesRead = bytesRead;
		this.fileBytesTotal = totalBytes;
	}

	void phase(String phase) {
		this.phase = phase;
	}

	public Snapshot snapshot() {
		return new Snapshot(this.phase, this.file, this.fileBytesRead, this.fileBytesTotal, this.worksRead.get(),
				this.peopleRead.get(), this.creditRowsRead.get(), this.worksStored.get(), this.creditsStored.get(),
				this.skippedCount.get());
	}

	synchronized List<Skip> skippedLines() {
		return List.copyOf(this.skipped);
	}

	long skippedCount() {
		return this.skippedCount.get();
	}

}
