package org.hanoinet.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.erdtman.jcs.JsonCanonicalizer;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.node.NodeKeys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals envelopes as compact JWS (EdDSA, the sending node's key id in {@code kid}, RFC 8785 canonical JSON as
 * payload) and opens them again, refusing with a stable {@link RefusalCode} whatever does not hold: the
 * shape, the sender, its key and that key's validity, the signature, the recipient, the expiry. Replays are
 * the inbox's to detect, since it keeps the message ids.
 */
public final class Envelopes {

	/** The JOSE {@code typ} of an envelope. */
	public static final JOSEObjectType TYPE = new JOSEObjectType("hanoinet-envelope+jws");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> FIELDS = Set.of("v", "id", "from", "to", "createdAt", "expiresAt", "kind", "body");

	/** RFC 7515 compact serialization: three base64url parts without padding, and nothing else. */
	private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

	private final NodeKeys keys;

	private final Function<String, Optional<Node>> directory;

	private final Clock clock;

	private static final int MAX_CACHED_VERIFIERS = 1_000;

	private final Map<String, JWSVerifier> verifiers = new ConcurrentHashMap<>();

	/**
	 * @param keys this node's key, to sign with
	 * @param directory the nodes this node trusts, by id, with their keys
	 * @param clock the node's clock, for key validity and expiry
	 */
	public Envelopes(NodeKeys keys, Function<String, Optional<Node>> directory, Clock clock) {
		this.keys = keys;
		this.directory = directory;
		this.clock = clock;
	}

	/** The envelope signed with this node's key, as a compact JWS. */
	public String seal(Envelope envelope) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(keys.keyId()).type(TYPE).build();
		JWSObject jws = new JWSObject(header, new Payload(canonical(envelope.toJson())));
		try {
			jws.sign(Ed25519Jws.signer(keys));
		}
		catch (JOSEException impossible) {
			throw new IllegalStateException("The node key could not sign an envelope", impossible);
		}
		return jws.serialize();
	}

	/**
	 * The envelope inside {@code compact}, once its signature, sender key, recipient and expiry are checked.
	 *
	 * @param thisNode the id of the node receiving it
	 * @throws EnvelopeRefused with the code the sender is told
	 */
	public Envelope open(String compact, String thisNode) {
		JWSObject jws = parse(compact);
		Envelope envelope = envelope(jws.getPayload().toString());
		Node sender = directory.apply(envelope.sender())
			.orElseThrow(() -> new EnvelopeRefused(RefusalCode.UNKNOWN_SENDER,
					"The sending node '" + envelope.sender() + "' is not in the directory this node trusts."));
		String keyId = jws.getHeader().getKeyID();
		NodeKey key = sender.key(keyId)
			.orElseThrow(() -> new EnvelopeRefused(RefusalCode.UNKNOWN_KEY,
					"Node '" + sender.id() + "' has no key '" + keyId + "' in the directory."));
		Instant now = clock.instant();
		if (!key.validAt(envelope.createdAt()) || !key.validAt(now)) {
			throw new EnvelopeRefused(RefusalCode.KEY_EXPIRED, "Key '" + keyId + "' of node '" + sender.id()
					+ "' is not valid at " + (key.validAt(now) ? envelope.createdAt() : now) + ".");
		}
		boolean verified;
		try {
			verified = jws.verify(verifier(key.raw()));
		}
		catch (JOSEException | IllegalArgumentException malformed) {
			verified = false;
		}
		if (!verified) {
			throw new EnvelopeRefused(RefusalCode.SIGNATURE_INVALID,
					"The signature does not verify with key '" + keyId + "' of node '" + sender.id() + "'.");
		}
		if (!envelope.recipient().equals(thisNode)) {
			throw new EnvelopeRefused(RefusalCode.NOT_ADDRESSED_TO_THIS_NODE,
					"The envelope is addressed to node '" + envelope.recipient() + "', not to '" + thisNode + "'.");
		}
		if (!now.isBefore(envelope.expiresAt())) {
			throw new EnvelopeRefused(RefusalCode.EXPIRED, "The envelope expired at " + envelope.expiresAt() + ".");
		}
		return envelope;
	}

	/**
	 * The verifier for a directory key, made once per key rather than per envelope, since making it decodes and
	 * checks the key's curve point. Only keys found in the trusted directory get here, so the map stays small.
	 */
	private JWSVerifier verifier(byte[] rawPublicKey) {
		if (verifiers.size() > MAX_CACHED_VERIFIERS) {
			verifiers.clear();
		}
		return verifiers.computeIfAbsent(HexFormat.of().formatHex(rawPublicKey), hex -> Ed25519Jws.verifier(rawPublicKey));
	}

	/** The SHA-256 of the compact JWS as received, in hex: what a receipt names. */
	public static String hash(String compact) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(compact.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException("Every Java runtime provides SHA-256.", absent);
		}
	}

	private static JWSObject parse(String compact) {
		if (compact == null || compact.isBlank()) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "The body is empty: an envelope is a compact JWS.");
		}
		// nimbus skips characters outside base64url, so without this check a copy with other bytes would open as the
		// same envelope, and what the inbox keeps would not verify with a strict JWS library.
		if (!COMPACT.matcher(compact.strip()).matches()) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID,
					"The body is not a compact JWS: three base64url parts separated by dots, and nothing else (RFC 7515).");
		}
		try {
			JWSObject jws = JWSObject.parse(compact.strip());
			if (!JWSAlgorithm.EdDSA.equals(jws.getHeader().getAlgorithm())) {
				throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID,
						"Envelopes are signed with EdDSA, not " + jws.getHeader().getAlgorithm() + ".");
			}
			if (jws.getHeader().getKeyID() == null) {
				throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "The JWS header names no key id (kid).");
			}
			return jws;
		}
		catch (ParseException notJws) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "The body is not a compact JWS: " + notJws.getMessage());
		}
	}

	private static Envelope envelope(String payload) {
		Map<String, Object> json;
		try {
			json = JSON.readValue(payload, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JacksonException notJson) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "The signed payload is not a JSON object.");
		}
		if (!FIELDS.equals(json.keySet())) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID,
					"An envelope has exactly the fields " + FIELDS.stream().sorted().toList() + "; this one has "
							+ json.keySet().stream().sorted().toList() + ".");
		}
		if (!Integer.valueOf(Envelope.VERSION).equals(json.get("v"))) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "Envelope version " + json.get("v") + " is not understood.");
		}
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> body = (Map<String, Object>) json.get("body");
			return new Envelope(UUID.fromString((String) json.get("id")), (String) json.get("from"), (String) json.get("to"),
					Instant.parse((String) json.get("createdAt")), Instant.parse((String) json.get("expiresAt")),
					MessageKind.valueOf((String) json.get("kind")), body);
		}
		catch (ClassCastException | IllegalArgumentException | NullPointerException | DateTimeParseException wrong) {
			throw new EnvelopeRefused(RefusalCode.SCHEMA_INVALID, "A field of the envelope has the wrong form: " + wrong.getMessage());
		}
	}

	private static byte[] canonical(Map<String, Object> json) {
		try {
			return new JsonCanonicalizer(JSON.writeValueAsString(json)).getEncodedUTF8();
		}
		catch (java.io.IOException impossible) {
			throw new IllegalStateException("An envelope could not be canonicalized", impossible);
		}
	}
}
