package org.ensemble.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.ensemble.system.NotFoundException;
import org.ensemble.system.Params;

@RestController
@RequestMapping("/api/works")
class WorkController {

	private final WorkWrites writes;

	private final CatalogReads reads;

	WorkController(WorkWrites writes, CatalogReads reads) {
		this.writes = writes;
		this.reads = reads;
	}

	@PutMapping("/{id}")
	ResponseEntity<WorkView> put(@PathVariable String id, @RequestBody WorkInput work) {
		Params.id("id", id);
		boolean created = this.writes.upsert(id, work);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(get(id));
	}

	@GetMapping("/{id}")
	WorkView get(@PathVariable String id) {
		Params.id("id", id);
		return this.reads.work(id).orElseThrow(() -> new NotFoundException("No work with id " + id));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		Params.id("id", id);
		this.writes.delete(id);
		return ResponseEntity.noContent().build();
	}

}
