package org.ensemble.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import org.ensemble.ingest.parse.ImportFileException;

/**
 * Import jobs started over HTTP: run one at a time on a background thread, on files uploaded into a
 * private temporary folder that is removed when the job ends. Jobs live in memory: a restart forgets
 * them (the imported data of course stays).
 */
@Service
class ImportJobs implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ImportJobs.class);

	private final Imports imports;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "import-jobs");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	ImportJobs(Imports imports) {
		this.imports = imports;
	}

	ImportJob start(ImportRequest request, Path uploads) {
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), request.format(), new ImportProgress(), Instant.now());
		this.jobs.put(job.id(), job);
		this.executor.submit(() -> run(job, request, uploads));
		return job;
	}

	Optional<ImportJob> find(String id) {
		return Optional.ofNullable(this.jobs.get(id));
	}

	private void run(ImportJob job, ImportRequest request, Path uploads) {
		job.running();
		try {
			job.succeeded(this.imports.run(request, job.progress(), Imports.Access.SHARED));
		}
		catch (ImportFileException ex) {
			job.failed(ex.getMessage() + " (nothing was written)");
		}
		catch (RuntimeException ex) {
			logger.error("Import job " + job.id() + " failed", ex);
			job.failed(ex.getMessage());
		}
		finally {
			deleteQuietly(uploads);
		}
	}

	static void deleteQuietly(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not remove the uploads in " + folder + ": " + ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
