package org.ensemble.system;

/** A request parameter or body field is invalid; answered with 400 naming it. */
public final class BadRequestException extends RuntimeException {

	private final String parameter;

	public BadRequestException(String parameter, String message) {
		super(parameter + ": " + message);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
