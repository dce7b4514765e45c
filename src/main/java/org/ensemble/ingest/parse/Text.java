package org.ensemble.ingest.parse;

/** Small helpers for quoting source values in import reports. */
final class Text {

	private Text() {
	}

	/** A bad value quoted in a reason: a whole megabyte of it would drown the report. */
	static String abbreviate(String value) {
		return (value.length() <= 60) ? value : value.substring(0, 60) + "…";
	}

}
