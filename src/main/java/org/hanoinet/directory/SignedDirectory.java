package org.hanoinet.directory;

import java.time.Instant;

/**
 * A published version of the directory: its RFC 8785 canonical JSON signed by the secretariat as a compact
 * JWS (RFC 7515, EdDSA), exactly as served at {@code GET /federation/v1/directory}.
 *
 * @param version the directory version
 * @param issuedAt when it was issued
 * @param expiresAt until when nodes may rely on it
 * @param keyId the id of the secretariat key that signed it
 * @param jws the compact JWS
 */
public record SignedDirectory(long version, Instant issuedAt, Instant expiresAt, String keyId, String jws) {
}
