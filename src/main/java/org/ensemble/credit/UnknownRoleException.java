package org.ensemble.credit;

/** A role name that is not one of the seven; its message is fit to show to the client. */
public final class UnknownRoleException extends IllegalArgumentException {

	public UnknownRoleException(String value) {
		super("'" + value + "' is not a role; expected one of " + Role.known());
	}

}
