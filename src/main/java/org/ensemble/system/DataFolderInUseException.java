package org.ensemble.system;

import java.nio.file.Path;

/** Another process (a running Ensemble, or an import) holds the embedded database's data folder. */
public final class DataFolderInUseException extends RuntimeException {

	private final Path dataDir;

	DataFolderInUseException(Path dataDir) {
		super("The data folder " + dataDir.toAbsolutePath().normalize() + " is in use by another Ensemble process");
		this.dataDir = dataDir.toAbsolutePath().normalize();
	}

	public Path dataDir() {
		return this.dataDir;
	}

}
