package org.ensemble.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import org.ensemble.catalog.WorkStore.Change;
import org.ensemble.catalog.WorkStore.Collaborations;
import org.ensemble.system.BadRequestException;
import org.ensemble.system.GraphTransactions;
import org.ensemble.system.InvalidInputException;
import org.ensemble.system.NotFoundException;

/**
 * Writes works and people: the API a work at a time, importers and the demo in batches, all through
 * {@link WorkStore}. Each call is one transaction: a reader never sees a work without its credits, or
 * collaborations that disagree with the credits.
 */
@Service
public class WorkWrites implements BatchWriter {

	private final GraphTransactions graph;

	private final WorkStore store;

	private final WorkValidation validation;

	WorkWrites(GraphTransactions graph, WorkStore store, WorkValidation validation) {
		this.graph = graph;
		this.store = store;
		this.validation = validation;
	}

	/** What a batch did. */
	public record Written(int created, int replaced, int unchanged, int credits) {
	}

	/**
	 * Stores the work with exactly the given credits and companies; true when it was new.
	 * @throws InvalidInputException when it breaks a rule
	 */
	public boolean upsert(String id, WorkInput work) {
		requireSameId(work.id(), id);
		WorkInput identified = work.withId(id);
		this.validation.require(identified);
		return this.graph.write((tx) -> this.store.write(tx, List.of(identified), Collaborations.EXACT, Source.API))
			.works()
			.get(id) == Change.CREATED;
	}

	@Override
	public Optional<InvalidInputException> problems(WorkInput work) {
		return this.validation.problems(work);
	}

	@Override
	public Optional<InvalidInputException> problems(PersonInput person) {
		return this.validation.problems(person);
	}

	/**
	 * Writes a batch of works that passed {@link #problems(WorkInput)}, in one transaction, with their
	 * collaborations kept exact. They are not checked again: an importer checks each work as it reads
	 * it, to report a refused one with its file and line.
	 */
	public Written write(List<WorkInput> works) {
		return write(works, Source.API);
	}

	/** {@link #write(List)} as {@code source} says: its credits beside the other sources' ({@link Source}). */
	public Written write(List<WorkInput> works, Source source) {
		return write(works, Collaborations.EXACT, source);
	}

	/**
	 * Writes a batch without touching collaborations: only for a bulk import into a database that no
	 * service is serving, which marks them stale first and rebuilds them at the end.
	 */
	public Written writeLeavingCollaborationsToRebuild(List<WorkInput> works, Source source) {
		return write(works, Collaborations.LEFT_TO_REBUILD, source);
	}

	private Written write(List<WorkInput> works, Collaborations mode, Source source) {
		WorkStore.Outcome outcome = this.graph.write((tx) -> this.store.write(tx, works, mode, source));
		return new Written((int) outcome.count(Change.CREATED), (int) outcome.count(Change.REPLACED),
				(int) outcome.count(Change.UNCHANGED), outcome.creditsWritten());
	}

	/**
	 * Sets what a source says of people (IMDb's {@code name.basics}): the facts given are set, the
	 * others kept; people not yet stored are created. They passed {@link #problems(PersonInput)}.
	 */
	public void mergePeople(List<PersonInput> people, Source source) {
		mergePeople(people, source, true);
	}

	@Override
	public Written write(List<WorkInput> works, Source source, boolean bulk) {
		return bulk ? writeLeavingCollaborationsToRebuild(works, source) : write(works, source);
	}

	@Override
	public void mergePeople(List<PersonInput> people, Source source, boolean resolve) {
		this.graph.write((tx) -> this.store.writePeople(tx, people, false, source, resolve));
	}

	/** {@code PUT /api/people/{id}}: the person's facts are exactly these. True when the person was new. */
	public boolean upsertPerson(String id, PersonInput person) {
		requireSameId(person.id(), id);
		PersonInput identified = new PersonInput(id, person.name(), person.aliases(), person.imdbId(), person.tmdbId(),
				person.wikidataId(), person.birthYear());
		this.validation.require(identified);
		Set<String> created = this.graph.write((tx) -> this.store.writePeople(tx, List.of(identified), true, Source.API, true));
		return created.contains(id);
	}

	/** A body may repeat its path's id, not name another. */
	private static void requireSameId(String bodyId, String pathId) {
		if (bodyId != null && !bodyId.equals(pathId)) {
			throw new BadRequestException("id", "the body's id " + bodyId + " differs from the path's " + pathId);
		}
	}

	public void delete(String id) {
		if (!this.graph.write((tx) -> this.store.delete(tx, id))) {
			throw new NotFoundException("No work with id " + id);
		}
	}

}
