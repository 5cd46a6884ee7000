package org.hanoinet.reporting.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.erdtman.jcs.JsonCanonicalizer;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.node.NodeKeys;
import org.hanoinet.reporting.Period;
import org.hanoinet.shared.CountryCode;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A State's aggregate for the network report as its node signs it: the statistics the API exports (thresholded),
 * or a refusal to report, with the request, the node, the State and the period, as RFC 8785 canonical JSON inside a
 * compact JWS (EdDSA, the node key's id in {@code kid}). The secretariat opens it only with the key the directory
 * lists for the node that sent it; nimbus verifies the signature with tink's Ed25519.
 */
public final class AggregateSignatures {

	/** The JOSE {@code typ} of an aggregate. */
	public static final JOSEObjectType TYPE = new JOSEObjectType("hanoinet-aggregate+jws");

	/** The version of the aggregate's JSON shape. */
	static final int VERSION = 1;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> FIELDS = Set.of("v", "request", "node", "state", "from", "to", "signedAt", "declined", "statistics");

	/** RFC 7515 compact serialization: three base64url parts without padding, and nothing else. */
	private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

	private final NodeKeys keys;

	public AggregateSignatures(NodeKeys keys) {
		this.keys = keys;
	}

	/** An aggregate as signed: its statistics are {@code null} when the State declined. */
	public record Aggregate(UUID request, String node, CountryCode state, Period period, Instant signedAt, boolean declined,
			JsonNode statistics) {
	}

	/** The aggregate signed with this node's key, as a compact JWS. */
	public String seal(UUID request, String node, CountryCode state, Period period, Instant signedAt, Object statistics) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("v", VERSION);
		json.put("request", request.toString());
		json.put("node", node);
		json.put("state", state.value());
		json.put("from", period.from().toString());
		json.put("to", period.to().toString());
		json.put("signedAt", signedAt.toString());
		json.put("declined", statistics == null);
		json.put("statistics", statistics);
		JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(keys.keyId()).type(TYPE).build(),
				new Payload(canonical(json)));
		try {
			jws.sign(signer(keys));
		}
		catch (JOSEException impossible) {
			throw new IllegalStateException("The node key could not sign an aggregate", impossible);
		}
		return jws.serialize();
	}

	/**
	 * The aggregate inside {@code compact}, once its shape, its signature by a key the directory lists for
	 * {@code sender} and valid now and when it was signed, and its node (the sender itself) are checked.
	 *
	 * @throws AggregateRefused saying what does not hold
	 */
	public static Aggregate open(String compact, Node sender, Instant now) {
		if (compact == null || !COMPACT.matcher(compact).matches()) {
			throw new AggregateRefused("an aggregate is not a compact JWS: three base64url parts separated by dots");
		}
		JWSObject jws;
		try {
			jws = JWSObject.parse(compact);
		}
		catch (ParseException notJws) {
			throw new AggregateRefused("an aggregate is not a JWS: " + notJws.getMessage());
		}
		if (!JWSAlgorithm.EdDSA.equals(jws.getHeader().getAlgorithm()) || !TYPE.equals(jws.getHeader().getType())) {
			throw new AggregateRefused("an aggregate is a " + TYPE + " signed with EdDSA, not a " + jws.getHeader().getType() + " signed with "
					+ jws.getHeader().getAlgorithm());
		}
		String keyId = jws.getHeader().getKeyID();
		NodeKey key = keyId == null ? null : sender.key(keyId).orElse(null);
		if (key == null) {
			throw new AggregateRefused("an aggregate is signed with key '" + keyId + "', which the directory does not list for node '"
					+ sender.id() + "'");
		}
		Aggregate aggregate = read(jws.getPayload().toBytes());
		if (!aggregate.node().equals(sender.id())) {
			throw new AggregateRefused("an aggregate signed for node '" + aggregate.node() + "' was sent by node '" + sender.id() + "'");
		}
		if (!key.validAt(now) || !key.validAt(aggregate.signedAt())) {
			throw new AggregateRefused("key '" + keyId + "' of node '" + sender.id() + "' is not valid at "
					+ (key.validAt(now) ? aggregate.signedAt() : now));
		}
		boolean verified;
		try {
			verified = jws.verify(new Ed25519Verifier(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(key.raw())).build()));
		}
		catch (JOSEException | IllegalStateException unverifiable) {
			verified = false;
		}
		if (!verified) {
			throw new AggregateRefused("the aggregate for " + aggregate.state().value() + " does not verify with key '" + keyId
					+ "' of node '" + sender.id() + "': it was altered or signed by another key");
		}
		return aggregate;
	}

	/** An aggregate this node verified and stored, read back without checking the signature again. */
	static Aggregate stored(String compact) {
		try {
			return read(JWSObject.parse(compact).getPayload().toBytes());
		}
		catch (ParseException impossible) {
			throw new IllegalStateException("A stored aggregate is a JWS", impossible);
		}
	}

	/** The SHA-256 of the compact JWS as received, in hex. */
	static String hash(String compact) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(compact.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException("Every Java runtime provides SHA-256.", absent);
		}
	}

	private static Aggregate read(byte[] payload) {
		JsonNode json;
		try {
			json = JSON.readTree(payload);
		}
		catch (JacksonException notJson) {
			throw new AggregateRefused("an aggregate's payload is not JSON");
		}
		Set<String> names = new java.util.TreeSet<>(json.propertyNames());
		if (!json.isObject() || !FIELDS.equals(names)) {
			throw new AggregateRefused("an aggregate has exactly the fields " + new java.util.TreeSet<>(FIELDS) + ", this one " + names);
		}
		if (json.path("v").asInt() != VERSION) {
			throw new AggregateRefused("aggregate version " + json.path("v") + " is not understood");
		}
		boolean declined = json.path("declined").asBoolean();
		JsonNode statistics = json.path("statistics");
		if (declined != statistics.isNull() || !declined && !statistics.isObject()) {
			throw new AggregateRefused("an aggregate carries statistics unless it declines, and then none");
		}
		try {
			return new Aggregate(UUID.fromString(json.path("request").asString()), json.path("node").asString(),
					CountryCode.of(json.path("state").asString()),
					new Period(YearMonth.parse(json.path("from").asString()), YearMonth.parse(json.path("to").asString())),
					Instant.parse(json.path("signedAt").asString()), declined, declined ? null : statistics);
		}
		catch (IllegalArgumentException | DateTimeParseException wrong) {
			throw new AggregateRefused("a field of the aggregate has the wrong form: " + wrong.getMessage());
		}
	}

	private static byte[] canonical(Map<String, Object> json) {
		try {
			return new JsonCanonicalizer(JSON.writeValueAsString(json)).getEncodedUTF8();
		}
		catch (IOException impossible) {
			throw new IllegalStateException("An aggregate could not be canonicalized", impossible);
		}
	}

	/** Signs with the node's own key, which never leaves the node module. */
	private static JWSSigner signer(NodeKeys keys) {
		return new JWSSigner() {

			private final JCAContext context = new JCAContext();

			@Override
			public Base64URL sign(JWSHeader header, byte[] signingInput) {
				return Base64URL.encode(keys.sign(signingInput));
			}

			@Override
			public Set<JWSAlgorithm> supportedJWSAlgorithms() {
				return Set.of(JWSAlgorithm.EdDSA);
			}

			@Override
			public JCAContext getJCAContext() {
				return context;
			}
		};
	}

	/** An aggregate that cannot be counted, and why. */
	public static class AggregateRefused extends RuntimeException {

		public AggregateRefused(String reason) {
			super(reason);
		}
	}
}
