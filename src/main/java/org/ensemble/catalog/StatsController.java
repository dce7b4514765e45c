package org.ensemble.catalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsController {

	private final CatalogStats stats;

	StatsController(CatalogStats stats) {
		this.stats = stats;
	}

	@GetMapping("/api/stats")
	CatalogStats.Stats stats() {
		return this.stats.current();
	}

}
