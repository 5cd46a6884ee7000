package org.hanoinet.cooperation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, as the case chain records it. */
final class Hashes {

	private Hashes() {
	}

	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException("Every Java runtime provides SHA-256.", absent);
		}
	}
}
