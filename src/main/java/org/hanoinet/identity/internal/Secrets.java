package org.hanoinet.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.apache.commons.codec.binary.Base32;

/** Random secrets (API tokens, TOTP keys, passwords, recovery codes) and the SHA-256 hashes stored in their place. */
public final class Secrets {

	/** Prefix of every API token, so that a leaked token is recognisable by secret scanners. */
	public static final String TOKEN_PREFIX = "hnt_";

	private static final SecureRandom RANDOM = new SecureRandom();

	// Base32 without the letters people confuse: recovery codes and passwords are typed by hand.
	private static final char[] READABLE = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private Secrets() {
	}

	/** A new API token: 256 random bits, base64url. */
	public static String newApiToken() {
		return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
	}

	/** A new TOTP key of 160 bits (the HMAC-SHA1 block size RFC 4226 recommends), in base32 as apps expect. */
	public static String newTotpSecret() {
		return new Base32().encodeToString(randomBytes(20)).replace("=", "");
	}

	public static byte[] decodeTotpSecret(String base32) {
		return new Base32().decode(base32.toUpperCase());
	}

	/** A random password of 20 readable characters (about 99 bits). */
	public static String newPassword() {
		return readable(20, 5);
	}

	/** A recovery code of 12 readable characters (about 59 bits) in groups of four. */
	public static String newRecoveryCode() {
		return readable(12, 4);
	}

	/** A recovery code as typed: lower case, without spaces or dashes. */
	public static String normalizeRecoveryCode(String typed) {
		return typed == null ? "" : typed.toLowerCase().replaceAll("[\\s-]", "");
	}

	public static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException unavailable) {
			throw new IllegalStateException(unavailable);
		}
	}

	public static String sha256Hex(String value) {
		return HexFormat.of().formatHex(sha256(value == null ? "" : value));
	}

	private static String readable(int length, int group) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			if (i > 0 && i % group == 0) {
				text.append('-');
			}
			text.append(READABLE[RANDOM.nextInt(READABLE.length)]);
		}
		return text.toString();
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}
}
