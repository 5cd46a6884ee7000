package org.hanoinet.exchange;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.erdtman.jcs.JsonCanonicalizer;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.node.NodeKeys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three signed objects of an evidence transfer, each a compact JWS (EdDSA, RFC 8785 canonical JSON payload)
 * with its own {@code typ}, so that one can never pass for another:
 * <ul>
 * <li>the package manifest ({@code hanoinet-evidence-manifest+jws}), signed by the sending node;</li>
 * <li>a download link ({@code hanoinet-evidence-link+jws}): package, item, recipient node, expiry, signed by the
 * sending node, which alone checks it;</li>
 * <li>a node proof ({@code hanoinet-node-request+jws}): the requesting node, the HTTP method and path, issued and
 * expiry instants, signed by the requesting node and checked against the directory, so that a leaked link alone
 * fetches nothing.</li>
 * </ul>
 */
public final class EvidenceSignatures {

	/** The JOSE {@code typ} of a manifest. */
	public static final JOSEObjectType MANIFEST = new JOSEObjectType("hanoinet-evidence-manifest+jws");

	/** The JOSE {@code typ} of a download link. */
	public static final JOSEObjectType LINK = new JOSEObjectType("hanoinet-evidence-link+jws");

	/** The JOSE {@code typ} of a node's proof that it is the one asking. */
	public static final JOSEObjectType NODE_PROOF = new JOSEObjectType("hanoinet-node-request+jws");

	/** The request header carrying the node proof. */
	public static final String PROOF_HEADER = "HanoiNet-Node-Proof";

	private static final Set<String> MANIFEST_FIELDS = Set.of("v", "packageId", "caseId", "from", "to", "createdAt",
			"expiresAt", "items");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NodeKeys keys;

	private final Function<String, Optional<Node>> directory;

	private final Clock clock;

	private final String thisNode;

	/**
	 * @param keys this node's key, to sign with
	 * @param thisNode this node's id in the directory, as its proofs name it
	 * @param directory the nodes this node trusts, by id, with their keys
	 * @param clock the node's clock, for expiry and key validity
	 */
	public EvidenceSignatures(NodeKeys keys, String thisNode, Function<String, Optional<Node>> directory, Clock clock) {
		this.keys = keys;
		this.thisNode = thisNode;
		this.directory = directory;
		this.clock = clock;
	}

	/** The manifest signed with this node's key. */
	public String seal(EvidenceManifest manifest) {
		return sign(MANIFEST, manifest.toJson());
	}

	/**
	 * The manifest inside {@code compact}, once its signature by the sending node's key, its shape, its
	 * recipient and its expiry are checked.
	 *
	 * @param sender the node that delivered it, which must be the node that signed it
	 * @param thisNode the id of the node receiving it
	 * @throws EnvelopeRefused with {@link RefusalCode#MANIFEST_INVALID}
	 */
	public EvidenceManifest open(String compact, String sender, String thisNode) {
		JWSObject jws;
		try {
			jws = JWSObject.parse(compact == null ? "" : compact.strip());
		}
		catch (ParseException malformed) {
			throw invalid("The manifest is not a compact JWS: " + malformed.getMessage());
		}
		if (!MANIFEST.equals(jws.getHeader().getType()) || !JWSAlgorithm.EdDSA.equals(jws.getHeader().getAlgorithm())) {
			throw invalid("The manifest is not an EdDSA JWS of type " + MANIFEST + ".");
		}
		Node node = directory.apply(sender).orElseThrow(() -> invalid("Node '" + sender + "' is not in the directory."));
		String keyId = jws.getHeader().getKeyID();
		NodeKey key = node.key(keyId == null ? "" : keyId)
			.orElseThrow(() -> invalid("Node '" + sender + "' has no key '" + keyId + "' in the directory."));
		if (!key.validAt(clock.instant()) || !verifies(jws, key.raw())) {
			throw invalid("The manifest's signature does not verify with key '" + keyId + "' of node '" + sender + "'.");
		}
		Map<String, Object> json = json(jws.getPayload().toString());
		if (!MANIFEST_FIELDS.equals(json.keySet()) || !Integer.valueOf(EvidenceManifest.VERSION).equals(json.get("v"))) {
			throw invalid("A manifest of version " + EvidenceManifest.VERSION + " has exactly the fields "
					+ MANIFEST_FIELDS.stream().sorted().toList() + ".");
		}
		EvidenceManifest manifest;
		try {
			manifest = EvidenceManifest.fromJson(json);
		}
		catch (ClassCastException | NullPointerException | IllegalArgumentException | DateTimeParseException wrong) {
			throw invalid("A field of the manifest has the wrong form: " + wrong.getMessage());
		}
		if (!manifest.sender().equals(sender)) {
			throw invalid("The manifest names node '" + manifest.sender() + "' as its sender, not '" + sender + "'.");
		}
		if (!manifest.recipient().equals(thisNode)) {
			throw invalid("The manifest is addressed to node '" + manifest.recipient() + "', not to '" + thisNode + "'.");
		}
		if (!clock.instant().isBefore(manifest.expiresAt())) {
			throw invalid("The package expired at " + manifest.expiresAt() + ".");
		}
		return manifest;
	}

	/**
	 * The manifest inside a JWS that this node checked when it received or made it and kept since; its signature
	 * is not checked again.
	 */
	public static EvidenceManifest stored(String compact) {
		try {
			return EvidenceManifest.fromJson(json(JWSObject.parse(compact).getPayload().toString()));
		}
		catch (ParseException damaged) {
			throw new IllegalStateException("A stored manifest is not a JWS any more", damaged);
		}
	}

	/** A download link for one item of a package, for {@code recipient} only, until {@code expiresAt}. */
	public String link(UUID packageId, UUID itemId, String recipient, Instant expiresAt) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("v", 1);
		json.put("package", packageId.toString());
		json.put("item", itemId.toString());
		json.put("to", recipient);
		json.put("expiresAt", expiresAt.toString());
		return sign(LINK, json);
	}

	/**
	 * Checks a link this node issued against the chunk asked for and the node asking.
	 *
	 * @param requester the node whose proof was verified
	 * @throws EvidenceDownloadRefused with the code the requester is told
	 */
	public void checkLink(String compact, UUID packageId, UUID itemId, String requester) {
		JWSObject jws = parsed(compact, LINK, EvidenceDownloadRefusal.LINK_INVALID);
		if (!keys.keyId().equals(jws.getHeader().getKeyID()) || !verifies(jws, keys.rawPublicKey())) {
			throw new EvidenceDownloadRefused(EvidenceDownloadRefusal.LINK_INVALID, "The link was not issued by this node.");
		}
		Map<String, Object> json = json(jws.getPayload().toString(), EvidenceDownloadRefusal.LINK_INVALID);
		if (!packageId.toString().equals(json.get("package")) || !itemId.toString().equals(json.get("item"))) {
			throw new EvidenceDownloadRefused(EvidenceDownloadRefusal.LINK_INVALID, "The link was issued for another package or item.");
		}
		if (!requester.equals(json.get("to"))) {
			throw new EvidenceDownloadRefused(EvidenceDownloadRefusal.NOT_THE_RECIPIENT,
					"The link was issued to node '" + json.get("to") + "', not to '" + requester + "'.");
		}
		Instant expiresAt = instant(json.get("expiresAt"), EvidenceDownloadRefusal.LINK_INVALID);
		if (!clock.instant().isBefore(expiresAt)) {
			throw new EvidenceDownloadRefused(EvidenceDownloadRefusal.LINK_EXPIRED, "The link expired at " + expiresAt + ".");
		}
	}

	/** This node's proof that it is the one sending {@code method} {@code path}, valid for {@code lifetime}. */
	public String proof(String method, String path, Duration lifetime) {
		Instant now = clock.instant();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("v", 1);
		json.put("node", thisNode);
		json.put("method", method);
		json.put("path", path);
		json.put("issuedAt", now.toString());
		json.put("expiresAt", now.plus(lifetime).toString());
		return sign(NODE_PROOF, json);
	}

	/**
	 * The node that signed {@code compact} for this very request, checked against the directory.
	 *
	 * @throws EvidenceDownloadRefused with {@link EvidenceDownloadRefusal#NODE_PROOF_INVALID}
	 */
	public String requester(String compact, String method, String path) {
		EvidenceDownloadRefusal refusal = EvidenceDownloadRefusal.NODE_PROOF_INVALID;
		JWSObject jws = parsed(compact, NODE_PROOF, refusal);
		Map<String, Object> json = json(jws.getPayload().toString(), refusal);
		String node = json.get("node") instanceof String id ? id : "";
		Node known = directory.apply(node)
			.orElseThrow(() -> new EvidenceDownloadRefused(refusal, "Node '" + node + "' is not in the directory."));
		Instant now = clock.instant();
		NodeKey key = known.key(String.valueOf(jws.getHeader().getKeyID()))
			.filter(candidate -> candidate.validAt(now))
			.orElseThrow(() -> new EvidenceDownloadRefused(refusal, "Node '" + node + "' has no valid key '"
					+ jws.getHeader().getKeyID() + "' in the directory."));
		if (!verifies(jws, key.raw())) {
			throw new EvidenceDownloadRefused(refusal, "The proof's signature does not verify with the key of node '" + node + "'.");
		}
		if (!method.equals(json.get("method")) || !path.equals(json.get("path"))) {
			throw new EvidenceDownloadRefused(refusal, "The proof was made for another request.");
		}
		Instant issuedAt = instant(json.get("issuedAt"), refusal);
		Instant expiresAt = instant(json.get("expiresAt"), refusal);
		if (!now.isBefore(expiresAt) || issuedAt.isAfter(now.plus(Duration.ofMinutes(2)))
				|| Duration.between(issuedAt, expiresAt).compareTo(Duration.ofMinutes(10)) > 0) {
			throw new EvidenceDownloadRefused(refusal, "The proof is expired, from the future, or valid for too long.");
		}
		return node;
	}

	private String sign(JOSEObjectType type, Map<String, Object> json) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(keys.keyId()).type(type).build();
		JWSObject jws = new JWSObject(header, new Payload(canonical(json)));
		try {
			jws.sign(Ed25519Jws.signer(keys));
		}
		catch (JOSEException impossible) {
			throw new IllegalStateException("The node key could not sign", impossible);
		}
		return jws.serialize();
	}

	private static boolean verifies(JWSObject jws, byte[] rawPublicKey) {
		try {
			return jws.verify(Ed25519Jws.verifier(rawPublicKey));
		}
		catch (JOSEException | IllegalArgumentException malformed) {
			return false;
		}
	}

	private static JWSObject parsed(String compact, JOSEObjectType type, EvidenceDownloadRefusal refusal) {
		if (compact == null || compact.isBlank()) {
			throw new EvidenceDownloadRefused(refusal, "The " + type + " is missing.");
		}
		try {
			JWSObject jws = JWSObject.parse(compact.strip());
			if (!type.equals(jws.getHeader().getType()) || !JWSAlgorithm.EdDSA.equals(jws.getHeader().getAlgorithm())) {
				throw new EvidenceDownloadRefused(refusal, "Not an EdDSA JWS of type " + type + ".");
			}
			return jws;
		}
		catch (ParseException malformed) {
			throw new EvidenceDownloadRefused(refusal, "Not a compact JWS: " + malformed.getMessage());
		}
	}

	private static Map<String, Object> json(String payload, EvidenceDownloadRefusal refusal) {
		try {
			return JSON.readValue(payload, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JacksonException notJson) {
			throw new EvidenceDownloadRefused(refusal, "The signed payload is not a JSON object.");
		}
	}

	private static Map<String, Object> json(String payload) {
		try {
			return JSON.readValue(payload, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JacksonException notJson) {
			throw invalid("The signed manifest is not a JSON object.");
		}
	}

	private static Instant instant(Object value, EvidenceDownloadRefusal refusal) {
		try {
			return Instant.parse((String) value);
		}
		catch (ClassCastException | NullPointerException | DateTimeParseException wrong) {
			throw new EvidenceDownloadRefused(refusal, "An instant of the signed object has the wrong form.");
		}
	}

	private static EnvelopeRefused invalid(String detail) {
		return new EnvelopeRefused(RefusalCode.MANIFEST_INVALID, detail);
	}

	private static byte[] canonical(Map<String, Object> json) {
		try {
			return new JsonCanonicalizer(JSON.writeValueAsString(json)).getEncodedUTF8();
		}
		catch (java.io.IOException impossible) {
			throw new IllegalStateException("A signed object could not be canonicalized", impossible);
		}
	}
}
