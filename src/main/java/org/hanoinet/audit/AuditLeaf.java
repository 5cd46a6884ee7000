package org.hanoinet.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One leaf of the audit log: the canonical JSON record of one security-relevant fact and its RFC 6962 leaf
 * hash. The record holds ids, codes and hashes only (art. 36 of the Convention), so personal data can be
 * erased elsewhere without breaking the log.
 *
 * @param index position in the log, from 0, without gaps
 * @param type the dotted kind of fact, e.g. {@code identity.login-failed}
 * @param occurredAt when the fact happened
 * @param data the leaf bytes: canonical JSON (RFC 8785 style) in UTF-8
 * @param hash {@code SHA-256(0x00 || data)}
 */
public record AuditLeaf(long index, String type, Instant occurredAt, byte[] data, byte[] hash) {

	/** The leaf bytes as text. */
	public String json() {
		return new String(data, StandardCharsets.UTF_8);
	}

	/** The leaf hash in lower-case hexadecimal. */
	public String hashHex() {
		return TreeHashes.hex(hash);
	}
}
