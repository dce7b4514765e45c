package org.ensemble.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * The key that writes must present: {@code ENSEMBLE_API_KEY}, or one generated on first start into
 * the data folder (readable by its owner only). Only the file's path is ever logged.
 */
@Component
class ApiKeyStore {

	private static final Log logger = LogFactory.getLog(ApiKeyStore.class);

	private final byte[] keyDigest;

	ApiKeyStore(EnsembleProperties properties) {
		String key = properties.apiKey().isBlank() ? readOrGenerate(properties.dataDir().resolve("api-key"))
				: properties.apiKey().strip();
		this.keyDigest = digest(key);
	}

	/** Compares digests of equal length with {@link MessageDigest#isEqual}, so timing reveals nothing of the key. */
	boolean matches(String presented) {
		return presented != null && MessageDigest.isEqual(this.keyDigest, digest(presented.strip()));
	}

	private static String readOrGenerate(Path file) {
		try {
			if (Files.exists(file)) {
				logger.info("API key for writes is in " + file.toAbsolutePath().normalize());
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			Files.createDirectories(file.getParent());
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String key = HexFormat.of().formatHex(random);
			Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the folder's own permissions protect the key
			}
			logger.info("Generated an API key for writes in " + file.toAbsolutePath().normalize());
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the API key file " + file, ex);
		}
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
