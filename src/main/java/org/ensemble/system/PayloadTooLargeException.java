package org.ensemble.system;

/** A request body over {@code ensemble.max-body-size}; answered with 413. */
final class PayloadTooLargeException extends RuntimeException {

	PayloadTooLargeException(long limit) {
		super("The request body is larger than the limit of " + limit + " bytes");
	}

}
