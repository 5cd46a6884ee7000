package org.hanoinet.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, in which items, their chunks and their custody events are hashed. */
final class Sha256 {

	private Sha256() {
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException("Every Java runtime provides SHA-256.", absent);
		}
	}

	/** Whether the value is a SHA-256 as this module writes it: 64 lower-case hex digits. */
	static boolean isHex(String value) {
		return value != null && value.matches("[0-9a-f]{64}");
	}
}
