package org.ensemble.credit;

import java.util.regex.Pattern;

/** The id syntax of people, works and companies: 1–128 characters from {@code [A-Za-z0-9:._-]}. */
public final class Ids {

	public static final String PATTERN = "[A-Za-z0-9:._-]{1,128}";

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	private Ids() {
	}

	public static boolean valid(String id) {
		return id != null && COMPILED.matcher(id).matches();
	}

}
