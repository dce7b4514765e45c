package org.ensemble.credit;

/**
 * The one range of years the product accepts, in bodies, imported rows and query parameters alike:
 * historical writers are credited on films (IMDb gives Shakespeare's birth year), and announced
 * works run years ahead.
 */
public final class Years {

	public static final int FIRST = 1000;

	public static final int LAST = 2200;

	private Years() {
	}

}
