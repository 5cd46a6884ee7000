package org.hanoinet.treaty;

/** No recorded action has this id. */
public class ActionNotFound extends RuntimeException {

	public ActionNotFound(ActionId id) {
		super("The registry holds no action with the id " + id + ".");
	}
}
