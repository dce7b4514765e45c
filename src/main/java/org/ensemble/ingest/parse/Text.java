package org.ensemble.ingest.parse;

/** Small helpers for quoting source values in import reports. */
final class Text {

	private Text() {
	}

	/** A bad value quoted in a reason: a whole megabyte of it would drown the report. */
	static String abbreviate(String value) {
		return abbreviate(value, 60);
	}

	static String abbreviate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max) + "…";
	}

	/** Digits only, short enough for a {@code long}: checked without a regex, whatever the length. */
	static boolean isWholeNumber(String value) {
		if (value.isEmpty() || value.length() > 18) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
