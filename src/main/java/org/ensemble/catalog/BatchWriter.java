package org.ensemble.catalog;

import java.util.List;
import java.util.Optional;

import org.ensemble.system.InvalidInputException;

/**
 * Where an import's batches go: the database's transactions ({@link WorkWrites}), or, for an import
 * into a database that does not exist yet, memory ({@link OfflineCatalog}) and then the store in one
 * go. Both validate with the one validation and store by the same rules.
 */
public interface BatchWriter {

	/** Why the work can't be written (every broken rule), or empty when it can. */
	Optional<InvalidInputException> problems(WorkInput work);

	/** Why the person can't be written, or empty when they can. */
	Optional<InvalidInputException> problems(PersonInput person);

	/**
	 * Writes a batch of works that passed {@link #problems(WorkInput)}, as {@code source} says.
	 * @param bulk a bulk import into a database nobody serves: collaborations are left to its closing rebuild
	 */
	WorkWrites.Written write(List<WorkInput> works, Source source, boolean bulk);

	/**
	 * Sets what a source says of people that passed {@link #problems(PersonInput)}.
	 * @param resolve whether people are first found by any of their ids (not into an empty database)
	 */
	void mergePeople(List<PersonInput> people, Source source, boolean resolve);

}
