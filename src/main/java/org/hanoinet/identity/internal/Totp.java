package org.hanoinet.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226): 30-second steps, 6 digits, HMAC-SHA1, which
 * is what every authenticator app implements. Written on {@code javax.crypto} because the few lines of the
 * algorithm are checked against the RFC's own test vectors, which a dependency would not make safer.
 */
public final class Totp {

	static final int STEP_SECONDS = 30;

	static final int DIGITS = 6;

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private Totp() {
	}

	/** The time step (counter) of an instant: whole 30-second periods since the Unix epoch. */
	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/** The code for a time step, with the given HMAC algorithm and number of digits (RFC 6238 section 4). */
	public static String code(byte[] secret, long step, String algorithm, int digits) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			String code = Integer.toString(binary % POWERS[digits]);
			return "0".repeat(digits - code.length()) + code;
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException(algorithm + " is not available in this JVM", unavailable);
		}
	}

	/** The 6-digit HMAC-SHA1 code that an authenticator app shows at the given instant. */
	public static String code(byte[] secret, Instant at) {
		return code(secret, step(at), "HmacSHA1", DIGITS);
	}

	/**
	 * The time step whose code matches, allowing one step of clock drift either way; empty when none does.
	 * The caller refuses a step that is not newer than the last one accepted, so a code cannot be replayed.
	 */
	public static OptionalLong matchingStep(byte[] secret, String candidate, Instant at) {
		if (candidate == null || !candidate.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long now = step(at);
		for (long step = now - 1; step <= now + 1; step++) {
			byte[] expected = code(secret, step, "HmacSHA1", DIGITS).getBytes();
			if (MessageDigest.isEqual(expected, candidate.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}
}
