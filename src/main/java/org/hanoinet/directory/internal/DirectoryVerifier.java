package org.hanoinet.directory.internal;

import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.hanoinet.directory.DirectoryDocument;
import org.hanoinet.directory.RefusalReason;
import org.hanoinet.directory.SignedDirectory;

/**
 * Decides whether a directory fetched from the secretariat may be trusted: signed with EdDSA by the pinned
 * secretariat key, unaltered, canonical, newer than the version held, and not expired. Every refusal has
 * its own reason.
 */
final class DirectoryVerifier {

	private static final Set<JWSAlgorithm> ED25519 = Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

	/** RFC 7515 compact serialization: three base64url parts without padding, and nothing else. */
	private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

	/** The pinned secretariat keys by key id: usually one, two while the secretariat rotates its key. */
	private final Map<String, OctetKeyPair> pinnedKeys = new LinkedHashMap<>();

	DirectoryVerifier(OctetKeyPair pinnedKey) {
		this(List.of(pinnedKey));
	}

	DirectoryVerifier(List<OctetKeyPair> pinnedKeys) {
		for (OctetKeyPair key : pinnedKeys) {
			this.pinnedKeys.put(org.hanoinet.directory.NodeKey.keyIdOf(key.getX().decode()), key.toPublicJWK());
		}
	}

	/** The outcome of checking one fetched directory. */
	sealed interface Outcome {
	}

	/** A newer version, correctly signed: to be used and kept. */
	record Accepted(DirectoryDocument document, SignedDirectory signed) implements Outcome {
	}

	/** The very version already held. */
	record Unchanged(long version) implements Outcome {
	}

	/** Refused, with the reason and a sentence for the operator. */
	record Refused(RefusalReason reason, String detail) implements Outcome {
	}

	/**
	 * @param body what the secretariat answered
	 * @param heldVersion the version this node already trusts, 0 if none
	 * @param now the current time
	 */
	Outcome verify(String body, long heldVersion, Instant now) {
		String compact = body == null ? "" : body.strip();
		JWSObject jws;
		try {
			jws = JWSObject.parse(compact);
		}
		catch (ParseException notJws) {
			return notSigned(compact);
		}
		// nimbus skips characters outside base64url: the copy this node keeps and serves must verify anywhere.
		if (!COMPACT.matcher(compact).matches()) {
			return new Refused(RefusalReason.MALFORMED, "it is not a compact JWS: three base64url parts separated by dots, and nothing else");
		}
		JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
		if (!ED25519.contains(algorithm)) {
			return new Refused(RefusalReason.OTHER_KEY,
					"it is signed with " + algorithm + ", not with the secretariat's Ed25519 key");
		}
		String keyId = jws.getHeader().getKeyID();
		OctetKeyPair pinned = keyId == null ? null : pinnedKeys.get(keyId);
		if (pinned == null) {
			return new Refused(RefusalReason.OTHER_KEY, "it is signed by key '" + keyId
					+ "', not by the pinned secretariat key " + String.join(" or ", pinnedKeys.keySet()));
		}
		try {
			if (!jws.verify(new Ed25519Verifier(pinned))) {
				return new Refused(RefusalReason.TAMPERED,
						"its signature does not match its content: it was altered after the secretariat signed it");
			}
		}
		catch (JOSEException | IllegalStateException unverifiable) {
			return new Refused(RefusalReason.TAMPERED, "its signature cannot be checked: " + unverifiable.getMessage());
		}
		byte[] payload = jws.getPayload().toBytes();
		DirectoryDocument document;
		try {
			if (!Arrays.equals(payload, DirectoryCodec.canonicalize(payload))) {
				return new Refused(RefusalReason.MALFORMED, "its content is not in RFC 8785 canonical form");
			}
			document = DirectoryCodec.read(payload);
		}
		catch (RuntimeException unreadable) {
			return new Refused(RefusalReason.MALFORMED, "its content cannot be read: " + unreadable.getMessage());
		}
		if (document.version() < heldVersion) {
			return new Refused(RefusalReason.OLDER_VERSION, "it is version " + document.version()
					+ ", older than version " + heldVersion + " already held: a replay");
		}
		if (document.expiredAt(now)) {
			return new Refused(RefusalReason.EXPIRED,
					"version " + document.version() + " expired at " + document.expiresAt());
		}
		if (document.version() == heldVersion) {
			return new Unchanged(heldVersion);
		}
		return new Accepted(document, new SignedDirectory(document.version(), document.issuedAt(),
				document.expiresAt(), keyId, compact));
	}

	private static Refused notSigned(String compact) {
		try {
			PlainObject.parse(compact);
			return new Refused(RefusalReason.UNSIGNED, "it carries no signature (JOSE algorithm \"none\")");
		}
		catch (ParseException notPlain) {
			if (compact.startsWith("{")) {
				return new Refused(RefusalReason.UNSIGNED, "it is plain JSON without a signature");
			}
			return new Refused(RefusalReason.MALFORMED, "it is not a compact JWS");
		}
	}
}
