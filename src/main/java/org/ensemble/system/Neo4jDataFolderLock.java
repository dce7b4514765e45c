package org.ensemble.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the data folder, taken before Neo4j starts, so that a second process on the
 * same folder stops at once with a message instead of deep inside Neo4j's store locking.
 */
final class Neo4jDataFolderLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private Neo4jDataFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static Neo4jDataFolderLock acquire(Path dataDir) {
		Path file = dataDir.resolve("ensemble.lock");
		FileChannel channel = null;
		try {
			Files.createDirectories(dataDir);
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new DataFolderInUseException(dataDir);
			}
			return new Neo4jDataFolderLock(channel, lock);
		}
		catch (OverlappingFileLockException ex) {
			closeQuietly(channel);
			throw new DataFolderInUseException(dataDir);
		}
		catch (DataFolderInUseException ex) {
			closeQuietly(channel);
			throw ex;
		}
		catch (IOException ex) {
			closeQuietly(channel);
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
		this.lock.release();
		this.channel.close();
	}

}
