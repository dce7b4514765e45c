package org.ensemble.ingest.parse;

import org.ensemble.credit.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TmdbCrewJobsTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "Director, DIRECTOR, false", "Original Music Composer, COMPOSER, true", "Music, COMPOSER, true",
			"Screenplay, WRITER, true", "Writer, WRITER, true", "Producer, PRODUCER, false",
			"Director of Photography, CINEMATOGRAPHER, false", "Editor, EDITOR, false" })
	void mappedJobsBecomeTheirRole(String job, Role role, boolean keepJob) {
		assertThat(TmdbCrewJobs.of(job)).contains(new TmdbCrewJobs.Mapping(role, keepJob));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Executive Producer", "Story", "Novel", "Cinematography", "Music Supervisor",
			"Casting", "director", "Co-Director", "Assistant Director", "" })
	void otherJobsAreLeftOut(String job) {
		assertThat(TmdbCrewJobs.of(job)).isEmpty();
	}

}
