package org.ensemble.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.ensemble.ingest.parse.WikidataParser;
import org.ensemble.system.BadRequestException;
import org.ensemble.system.Params;
import org.ensemble.system.NotFoundException;

/**
 * {@code POST /api/imports}: multipart upload of the files an import takes, answered 202 with a job
 * to poll at {@code GET /api/imports/{id}}. Parts: tmdb {@code credits}, {@code movies}; imdb
 * {@code titleBasics}, {@code nameBasics}, {@code titlePrincipals} (plain or gzip); jsonl {@code file};
 * wikidata {@code file} (a JSON dump or NDJSON) and optionally {@code workClasses}.
 */
@RestController
class ImportController {

	private final ImportJobs jobs;

	ImportController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping(path = "/api/imports", consumes = "multipart/form-data")
	ResponseEntity<ImportJob.View> start(@RequestParam(required = false) String format,
			@RequestParam(required = false) MultipartFile credits, @RequestParam(required = false) MultipartFile movies,
			@RequestParam(required = false) MultipartFile titleBasics, @RequestParam(required = false) MultipartFile nameBasics,
			@RequestParam(required = false) MultipartFile titlePrincipals, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) MultipartFile titleEpisode, @RequestParam(required = false) String types,
			@RequestParam(required = false) Boolean includeAdult, @RequestParam(required = false) String episodes,
			@RequestParam(required = false) String workClasses) throws IOException {
		if (format == null || format.isBlank()) {
			throw new BadRequestException("format", "is required: tmdb, imdb, jsonl or wikidata");
		}
		Path uploads = Files.createTempDirectory("ensemble-import-");
		try {
			ImportJob job = this.jobs.start(request(format, uploads, credits, movies, titleBasics, nameBasics, titlePrincipals,
					titleEpisode, file, types, includeAdult, episodes, workClasses), uploads);
			return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.id())).body(job.view());
		}
		catch (RuntimeException | IOException ex) {
			ImportJobs.deleteQuietly(uploads);
			throw ex;
		}
	}

	private static ImportRequest request(String format, Path uploads, MultipartFile credits, MultipartFile movies,
			MultipartFile titleBasics, MultipartFile nameBasics, MultipartFile titlePrincipals, MultipartFile titleEpisode,
			MultipartFile file, String types, Boolean includeAdult, String episodes, String workClasses) throws IOException {
		return switch (format) {
			case "tmdb" -> new ImportRequest.Tmdb(save(uploads, "credits", credits, "tmdb_5000_credits.csv"),
					save(uploads, "movies", movies, "tmdb_5000_movies.csv"));
			case "imdb" -> {
				save(uploads, "titleBasics", titleBasics, "title.basics.tsv");
				save(uploads, "nameBasics", nameBasics, "name.basics.tsv");
				save(uploads, "titlePrincipals", titlePrincipals, "title.principals.tsv");
				if (titleEpisode != null && !titleEpisode.isEmpty()) {
					save(uploads, "titleEpisode", titleEpisode, "title.episode.tsv");
				}
				yield new ImportRequest.Imdb(uploads, parsed("types", types, ImportRequest::titleTypes), Boolean.TRUE.equals(includeAdult),
						ImportRequest.episodes(episodes)
							.orElseThrow(() -> new BadRequestException("episodes", "must be roll-up or keep, was '" + Params.abbreviate(episodes) + "'")));
			}
			case "jsonl" -> new ImportRequest.JsonLines(save(uploads, "file", file, "works.jsonl"));
			case "wikidata" -> new ImportRequest.Wikidata(save(uploads, "file", file, "wikidata.json"),
					parsed("workClasses", workClasses, WikidataParser::workClasses));
			default -> throw new BadRequestException("format", "must be tmdb, imdb, jsonl or wikidata, was '" + format + "'");
		};
	}

	@GetMapping("/api/imports/{id}")
	ImportJob.View get(@PathVariable String id) {
		return this.jobs.find(id).map(ImportJob::view).orElseThrow(() -> new NotFoundException("No import job " + id));
	}

	/** Uploads are stored under fixed names: a client's file name never becomes a path. */
	private static Path save(Path folder, String part, MultipartFile upload, String name) throws IOException {
		if (upload == null || upload.isEmpty()) {
			throw new BadRequestException(part, "this file is required for the format");
		}
		Path target = folder.resolve(name);
		try (InputStream in = upload.getInputStream()) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return target;
	}

	/** A parameter read as the command line reads it; what is wrong with it is answered 400 under its name. */
	private static <T> T parsed(String parameter, String value, Function<String, T> parse) {
		try {
			return parse.apply(value);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(parameter, ex.getMessage());
		}
	}

}
