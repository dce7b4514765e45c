package org.ensemble.system;

/** An id in the path or a parameter names nothing stored; answered with 404. */
public final class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
