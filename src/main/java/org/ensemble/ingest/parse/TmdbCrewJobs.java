package org.ensemble.ingest.parse;

import java.util.Map;
import java.util.Optional;

import org.ensemble.credit.Role;

/**
 * Which TMDB crew jobs become credits. TMDB lists hundreds of jobs (grips, caterers, …); only
 * these name one of our roles, and every other job is left out on purpose.
 */
final class TmdbCrewJobs {

	/**
	 * @param role the role the job maps to
	 * @param keepJob whether the job title says more than the role does ("Screenplay" vs "Writer",
	 * "Music" vs "Original Music Composer"), so it is kept on the credit
	 */
	record Mapping(Role role, boolean keepJob) {
	}

	private static final Map<String, Mapping> JOBS = Map.of("Director", new Mapping(Role.DIRECTOR, false),
			"Original Music Composer", new Mapping(Role.COMPOSER, true), "Music", new Mapping(Role.COMPOSER, true),
			"Screenplay", new Mapping(Role.WRITER, true), "Writer", new Mapping(Role.WRITER, true), "Producer",
			new Mapping(Role.PRODUCER, false), "Director of Photography", new Mapping(Role.CINEMATOGRAPHER, false),
			"Editor", new Mapping(Role.EDITOR, false));

	private TmdbCrewJobs() {
	}

	/** The mapping of an exact TMDB job title (case matters, as TMDB's titles are fixed). */
	static Optional<Mapping> of(String job) {
		return Optional.ofNullable((job != null) ? JOBS.get(job) : null);
	}

}
