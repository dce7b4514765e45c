package org.ensemble.catalog;


import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.ensemble.system.NotFoundException;
import org.ensemble.system.Params;

@RestController
@RequestMapping("/api/people")
class PersonController {

	private final WorkWrites writes;

	private final CatalogReads reads;

	PersonController(WorkWrites writes, CatalogReads reads) {
		this.writes = writes;
		this.reads = reads;
	}

	@PutMapping("/{id}")
	ResponseEntity<PersonView> put(@PathVariable String id, @RequestBody PersonInput person) {
		Params.id("id", id);
		boolean created = this.writes.upsertPerson(id, person);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(get(id));
	}

	@GetMapping("/{id}")
	PersonView get(@PathVariable String id) {
		Params.id("id", id);
		return this.reads.person(id).orElseThrow(() -> new NotFoundException("No person with id " + id));
	}

}
