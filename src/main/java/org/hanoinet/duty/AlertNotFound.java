package org.hanoinet.duty;

import java.util.UUID;

/** No alert with this id concerns the caller's State. */
public class AlertNotFound extends RuntimeException {

	public AlertNotFound(UUID id) {
		super("No duty alert " + id + " concerns your State.");
	}
}
