package org.ensemble.ingest.parse;

/** IMDb's four-digit years ({@code startYear}, {@code birthYear}); {@code \N} is already null here. */
final class ImdbYears {

	private ImdbYears() {
	}

	static Integer parse(String value, String column) throws BadRowException {
		if (value == null) {
			return null;
		}
		if (value.length() > 4 || !Text.isWholeNumber(value)) {
			throw new BadRowException(column + " '" + Text.abbreviate(value) + "' is not a year");
		}
		return Integer.valueOf(value);
	}

}
