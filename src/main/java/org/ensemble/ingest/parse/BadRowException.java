package org.ensemble.ingest.parse;

/**
 * A row that cannot be imported, with a reason fit for the import report (it names the field).
 * Checked, so that a converter cannot forget that rows fail; no stack trace, since a bad file can
 * have millions of bad rows and the trace says nothing the reason does not.
 */
final class BadRowException extends Exception {

	BadRowException(String reason) {
		super(reason, null, false, false);
	}

}
