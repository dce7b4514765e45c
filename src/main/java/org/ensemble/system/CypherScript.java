package org.ensemble.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned schema script, {@code V0001__description.cypher}: statements end with a semicolon. */
record CypherScript(int version, String description, String text) {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	static CypherScript of(String fileName, String text) {
		Matcher matcher = NAME.matcher(fileName);
		if (!matcher.matches()) {
			throw new MigrationException("Migration file name " + fileName + " is not V<version>__<description>.cypher",
					"Rename the file.");
		}
		return new CypherScript(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), text);
	}

	/** SHA-256 of the text with line ends normalised, so a checkout on Windows reads the same. */
	String checksum() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(this.text.replace("\r\n", "\n").strip().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<String> statements() {
		String withoutComments = this.text.lines()
			.filter((line) -> !line.strip().startsWith("//"))
			.reduce("", (a, b) -> a + b + "\n");
		return Arrays.stream(withoutComments.split(";\\s*(\\n|$)")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
