package org.ensemble.collaboration;

import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ensemble.credit.PersonSummary;
import org.ensemble.credit.Role;
import org.ensemble.system.BadRequestException;
import org.ensemble.system.Params;

/** The four questions of "who worked together before": checks parameters, then asks the query classes. */
@RestController
class CollaborationController {

	private final Collaborators collaborators;

	private final Together together;

	private final Pairings pairings;

	private final Reunions reunions;

	CollaborationController(Collaborators collaborators, Together together, Pairings pairings, Reunions reunions) {
		this.collaborators = collaborators;
		this.together = together;
		this.pairings = pairings;
		this.reunions = reunions;
	}

	record CollaboratorsResponse(PersonSummary person, List<Collaborator> collaborators, int total) {
	}

	@GetMapping("/api/people/{id}/collaborators")
	CollaboratorsResponse collaborators(@PathVariable String id, @RequestParam(required = false) String role,
			@RequestParam(name = "with", required = false) String with, @RequestParam(required = false) String roles,
			@RequestParam(required = false) Integer minShared, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) Integer topBilled,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
		Params.id("id", id);
		Params.yearWindow(Params.year("from", from), Params.year("to", to));
		var filter = new Collaborators.Filter(Params.role("role", role), Params.role("with", with), Params.roles("roles", roles),
				Params.bounded("minShared", minShared, 1, 1, 100_000), from, to,
				Params.topBilled(topBilled), Params.limit(limit), Params.offset(offset));
		var page = this.collaborators.of(id, filter);
		return new CollaboratorsResponse(page.person(), page.collaborators(), page.total());
	}

	@GetMapping("/api/together")
	Together.Answer together(@RequestParam(required = false) String people, @RequestParam(required = false) String roles,
			@RequestParam(required = false) String before, @RequestParam(required = false) String beforeWork) {
		List<String> ids = Params.ids("people", people, 2, 20);
		if (before != null && !before.isBlank() && beforeWork != null && !beforeWork.isBlank()) {
			throw new BadRequestException("before", "give either before or beforeWork, not both");
		}
		String reference = (beforeWork == null || beforeWork.isBlank()) ? null : Params.id("beforeWork", beforeWork);
		return this.together.of(ids, Params.roles("roles", roles), Params.date("before", before), reference);
	}

	record PairingsResponse(List<Pairing> pairings, int total) {
	}

	@GetMapping("/api/pairings")
	PairingsResponse pairings(@RequestParam(required = false) String roles, @RequestParam(required = false) Integer minShared,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) Integer topBilled, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset) {
		List<Role> pair = Params.rolePair("roles", roles);
		Role first = (pair == null) ? null : pair.get(0);
		Role second = (pair == null) ? null : pair.get(1);
		Params.yearWindow(Params.year("from", from), Params.year("to", to));
		var page = this.pairings.of(first, second, Params.bounded("minShared", minShared, 2, 1, 100_000), from, to,
				Params.topBilled(topBilled), Params.limit(limit), Params.offset(offset));
		return new PairingsResponse(page.pairings(), page.total());
	}

	@GetMapping("/api/works/{id}/reunions")
	Reunions.Answer reunions(@PathVariable String id, @RequestParam(required = false) Integer topBilled,
			@RequestParam(required = false) String roles) {
		Params.id("id", id);
		Set<Role> only = Params.roles("roles", roles);
		return this.reunions.of(id, Params.topBilled(topBilled), only);
	}

}
