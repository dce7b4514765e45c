package org.ensemble.paths;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ensemble.system.BadRequestException;
import org.ensemble.system.Params;

/** "How are these two connected?": checks the parameters, then asks {@link PathFinder}. */
@RestController
class PathController {

	private final PathFinder paths;

	PathController(PathFinder paths) {
		this.paths = paths;
	}

	/**
	 * The shortest path, {@code {"hops", "path"}}; with {@code all=true} every shortest path,
	 * {@code {"hops", "paths", "capped"}}.
	 */
	@GetMapping("/api/paths")
	Object paths(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer maxHops, @RequestParam(required = false) String roles,
			@RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
			@RequestParam(defaultValue = "false") boolean all) {
		Params.year("yearFrom", yearFrom);
		Params.year("yearTo", yearTo);
		if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
			throw new BadRequestException("yearFrom", "must not be after yearTo (" + yearFrom + " > " + yearTo + ")");
		}
		PathQuery query = new PathQuery(Params.id("from", from), Params.id("to", to),
				Params.bounded("maxHops", maxHops, PathQuery.DEFAULT_HOPS, 1, PathQuery.MAX_HOPS),
				Params.roles("roles", roles), yearFrom, yearTo);
		return all ? this.paths.all(query) : this.paths.shortest(query);
	}

}
