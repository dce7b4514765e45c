package org.ensemble.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.ensemble.catalog.CatalogReads;
import org.ensemble.catalog.PersonView;
import org.ensemble.catalog.Search;
import org.ensemble.catalog.SearchHit;
import org.ensemble.credit.Ids;
import org.ensemble.credit.PersonSummary;

/**
 * Turns the entries of a team as a press release writes them into stored people, never guessing
 * between namesakes. An entry is first tried as an id (any id a person is known by); otherwise it is
 * a name, looked up with the name search:
 * <ul>
 * <li>one hit matching a whole name or alias exactly: that person;</li>
 * <li>several exact hits: ambiguous, whatever their scores (namesakes match equally well);</li>
 * <li>no exact hit: the top partial hit when it is the only one or scores at least {@link #LEAD}
 * times the next; else ambiguous;</li>
 * <li>no hit at all: unknown.</li>
 * </ul>
 */
@Component
class TeamNames {

	/** How far the top partial hit must lead the next to be taken without asking. */
	static final double LEAD = 1.5;

	private static final int HITS = 10;

	private static final int CANDIDATES = 5;

	private static final int CREDITS_PER_CANDIDATE = 3;

	private final CatalogReads catalog;

	private final Search search;

	TeamNames(CatalogReads catalog, Search search) {
		this.catalog = catalog;
		this.search = search;
	}

	/** A credit that tells a candidate from their namesakes. */
	record KnownFor(String title, Integer year, String role) {
	}

	record Candidate(String id, String name, List<KnownFor> credits) {
	}

	sealed interface Resolution permits Found, Ambiguous, Unknown {

	}

	record Found(String query, PersonSummary person) implements Resolution {
	}

	record Ambiguous(String query, List<Candidate> candidates) implements Resolution {
	}

	record Unknown(String query) implements Resolution {
	}

	Resolution resolve(String entry) {
		Optional<PersonView> byId = Ids.valid(entry) ? this.catalog.person(entry) : Optional.empty();
		if (byId.isPresent()) {
			return new Found(entry, new PersonSummary(byId.get().id(), byId.get().name()));
		}
		List<SearchHit> hits = this.search.search(entry, "person", HITS);
		if (hits.isEmpty()) {
			return new Unknown(entry);
		}
		List<SearchHit> exact = hits.stream().filter(Search::exact).toList();
		if (exact.size() == 1) {
			return found(entry, exact.get(0));
		}
		if (exact.size() > 1) {
			return ambiguous(entry, exact);
		}
		if (hits.size() == 1 || hits.get(0).score() >= LEAD * hits.get(1).score()) {
			return found(entry, hits.get(0));
		}
		return ambiguous(entry, hits);
	}

	private static Found found(String entry, SearchHit hit) {
		return new Found(entry, new PersonSummary(hit.id(), hit.name()));
	}

	private Ambiguous ambiguous(String entry, List<SearchHit> hits) {
		List<Candidate> candidates = new ArrayList<>();
		for (SearchHit hit : hits.subList(0, Math.min(CANDIDATES, hits.size()))) {
			candidates.add(new Candidate(hit.id(), hit.name(), this.catalog.person(hit.id()).map(TeamNames::latestCredits)
				.orElse(List.of())));
		}
		return new Ambiguous(entry, candidates);
	}

	/** The latest few credits, which tell namesakes apart best. */
	private static List<KnownFor> latestCredits(PersonView person) {
		List<KnownFor> latest = new ArrayList<>();
		for (int i = person.credits().size() - 1; i >= 0 && latest.size() < CREDITS_PER_CANDIDATE; i--) {
			PersonView.Credit credit = person.credits().get(i);
			latest.add(new KnownFor(credit.work().title(), credit.work().year(), credit.role()));
		}
		return latest;
	}

}
