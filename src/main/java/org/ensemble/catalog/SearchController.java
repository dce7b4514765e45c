package org.ensemble.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	Hits search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) Integer limit) {
		return new Hits(this.search.search(q, type, limit));
	}

	record Hits(List<SearchHit> hits) {
	}

}
