package org.ensemble.ingest.parse;

import java.util.regex.Pattern;

/** The id rule of the API (DESIGN §3), checked at import so that no row stores an id the API would refuse. */
final class Ids {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9:._-]{1,128}");

	private Ids() {
	}

	/** Whether the id is usable; checks the length first so a huge value never reaches the regex. */
	static boolean valid(String id) {
		return id != null && id.length() <= 128 && ID.matcher(id).matches();
	}

}
