package org.ensemble.credit;

import java.util.regex.Pattern;

/** The id syntax of people, works and companies: 1–128 characters from {@code [A-Za-z0-9:._-]}. */
public final class Ids {

	public static final String PATTERN = "[A-Za-z0-9:._-]{1,128}";

	public static final String RULE = "must be 1-128 characters from A-Z a-z 0-9 : . _ -";

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	private Ids() {
	}

	/** Whether the id is usable; checks the length first so a huge value never reaches the regex. */
	public static boolean valid(String id) {
		return id != null && id.length() <= 128 && COMPILED.matcher(id).matches();
	}

}
