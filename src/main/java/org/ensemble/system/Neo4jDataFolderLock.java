package org.ensemble.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on the data folder, taken before Neo4j starts, so that a second process on the
 * same folder stops at once with a message instead of deep inside Neo4j's store locking.
 */
final class Neo4jDataFolderLock implements AutoCloseable {

	/**
	 * Folders this process holds. A file lock belongs to the whole process, and closing any channel on
	 * the file drops it, so a second start in the same JVM must be refused before it opens one.
	 */
	private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

	private final Path folder;

	private final FileChannel channel;

	private final FileLock lock;

	private Neo4jDataFolderLock(Path folder, FileChannel channel, FileLock lock) {
		this.folder = folder;
		this.channel = channel;
		this.lock = lock;
	}

	static Neo4jDataFolderLock acquire(Path dataDir) {
		Path folder;
		try {
			Files.createDirectories(dataDir);
			folder = dataDir.toRealPath();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create the data folder " + dataDir.toAbsolutePath() + ": " + ex.getMessage(), ex);
		}
		if (!HELD.add(folder)) {
			throw new DataFolderInUseException(dataDir);
		}
		Path file = folder.resolve("ensemble.lock");
		FileChannel channel = null;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new DataFolderInUseException(dataDir);
			}
			return new Neo4jDataFolderLock(folder, channel, lock);
		}
		catch (DataFolderInUseException ex) {
			closeQuietly(channel);
			HELD.remove(folder);
			throw ex;
		}
		catch (IOException ex) {
			closeQuietly(channel);
			HELD.remove(folder);
			throw new IllegalStateException("Cannot lock the data folder " + dataDir.toAbsolutePath() + ": " + ex.getMessage(), ex);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ignored) {
				// nothing more can be done about a channel we are abandoning
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.lock.release();
			this.channel.close();
		}
		finally {
			HELD.remove(this.folder);
		}
	}

}
