package org.ensemble.ingest;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import: what was read, what the database holds now, the lines skipped with
 * file:line and reason, and the collaboration rebuild.
 */
public record ImportReport(String format, long worksRead, long peopleRead, long creditRowsRead, long worksStored,
		long worksUnchanged, long creditsStored, long peopleInDatabase, long worksInDatabase, Map<String, Long> creditsInDatabase,
		long skipped, List<ImportProgress.Skip> skippedLines, long collaborations, boolean rebuilt, double collaborationsPerSecond,
		long writeMillis, long millis, long episodeCreditsRolledUp, long episodeCreditsWithoutSeries) {

	/** An import that read no episodes (every source but IMDb with title.episode). */
	public ImportReport(String format, long worksRead, long peopleRead, long creditRowsRead, long worksStored,
			long worksUnchanged, long creditsStored, long peopleInDatabase, long worksInDatabase,
			Map<String, Long> creditsInDatabase, long skipped, List<ImportProgress.Skip> skippedLines, long collaborations,
			boolean rebuilt, double collaborationsPerSecond, long writeMillis, long millis) {
		this(format, worksRead, peopleRead, creditRowsRead, worksStored, worksUnchanged, creditsStored, peopleInDatabase,
				worksInDatabase, creditsInDatabase, skipped, skippedLines, collaborations, rebuilt, collaborationsPerSecond,
				writeMillis, millis, 0, 0);
	}

	/** Credit relationships written per second over the whole import, rebuild included. */
	public double creditsPerSecond() {
		return this.millis == 0 ? this.creditsStored : this.creditsStored * 1000.0 / this.millis;
	}

	/** Credit relationships written per second while the files were read, before the rebuild. */
	public double writeCreditsPerSecond() {
		return this.writeMillis == 0 ? this.creditsStored : this.creditsStored * 1000.0 / this.writeMillis;
	}

	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append("Import report (").append(this.format).append(")\n");
		text.append(String.format("  read:     %,d works, %,d people, %,d credit rows%n", this.worksRead, this.peopleRead,
				this.creditRowsRead));
		if (this.episodeCreditsRolledUp > 0 || this.episodeCreditsWithoutSeries > 0) {
			text.append(String.format("  episodes: %,d episode credit rows rolled up onto their series; %,d left out (series not in the titles read)%n",
					this.episodeCreditsRolledUp, this.episodeCreditsWithoutSeries));
		}
		text.append(String.format("  stored:   %,d works with %,d credits (one per person, work and role); %,d works unchanged%n",
				this.worksStored, this.creditsStored, this.worksUnchanged));
		text.append(String.format("  database: %,d works, %,d people; credits by role: %s%n", this.worksInDatabase,
				this.peopleInDatabase, this.creditsInDatabase));
		text.append(String.format("  collaborations: %,d, rebuilt at %,.0f relationships/s%s%n", this.collaborations,
				this.collaborationsPerSecond, this.rebuilt ? " (counted in bulk from all the credits, once they were read)"
						: " (none: kept exact in every batch's transaction)"));
		text.append(String.format("  time:     %.1f s (%,.0f credits/s)%n", this.millis / 1000.0, creditsPerSecond()));
		text.append(String.format("  writing:  %.1f s before the rebuild (%,.0f credits/s)%n", this.writeMillis / 1000.0,
				writeCreditsPerSecond()));
		text.append(String.format("  skipped:  %,d lines%n", this.skipped));
		this.skippedLines.forEach((skip) -> text.append("    ").append(skip).append('\n'));
		if (this.skipped > this.skippedLines.size()) {
			text.append(String.format("    … and %,d more%n", this.skipped - this.skippedLines.size()));
		}
		return text.toString();
	}

}
