package org.ensemble.system;

import java.util.List;
import java.util.Map;

/** An id in the path or a parameter names nothing stored; answered with 404. */
public final class NotFoundException extends RuntimeException {

	private final Map<String, List<String>> unknown;

	public NotFoundException(String message) {
		this(message, Map.of());
	}

	/**
	 * Several values of a body named nothing stored: each field with the values it could not find, so
	 * that a client can point at them without parsing the detail.
	 */
	public NotFoundException(String message, Map<String, List<String>> unknown) {
		super(message);
		this.unknown = Map.copyOf(unknown);
	}

	public Map<String, List<String>> unknown() {
		return this.unknown;
	}

}
