package org.ensemble.desk;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The story desk's questions. A POST because a team is a body, but it only reads: no API key. */
@RestController
class DeskController {

	private final PaperReunions reunions;

	DeskController(PaperReunions reunions) {
		this.reunions = reunions;
	}

	@PostMapping("/api/reunions")
	PaperReunions.Answer reunions(@RequestBody ReunionsRequest request) {
		return this.reunions.of(request);
	}

}
