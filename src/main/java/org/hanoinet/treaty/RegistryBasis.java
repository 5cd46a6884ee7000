package org.hanoinet.treaty;

import java.time.Instant;

/**
 * What the registry's data stands on: the last import or update, and the depositary notification it brought
 * the registry up to, when it named one.
 *
 * @param source what was read, e.g. "hanoi-convention-signatures.csv" or "depositary list upload"
 * @param notification the notification the data stands as of; null when the last change named none
 * @param recordedBy who made the change
 * @param recordedAt when
 */
public record RegistryBasis(String source, DepositaryNotification notification, String recordedBy, Instant recordedAt) {

	/** True when the registry's data is known to stand as of a depositary notification. */
	public boolean notified() {
		return notification != null;
	}
}
