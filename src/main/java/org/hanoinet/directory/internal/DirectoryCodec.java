package org.hanoinet.directory.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.erdtman.jcs.JsonCanonicalizer;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.directory.Availability;
import org.hanoinet.directory.Designation;
import org.hanoinet.directory.DirectoryDocument;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.directory.OfficeHours;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire form of the directory: JSON in RFC 8785 canonical form (sorted members, no insignificant
 * white space), so that the same content always yields the same bytes and the same signature.
 */
final class DirectoryCodec {

	static final String FORMAT = "hanoinet-directory/1";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private DirectoryCodec() {
	}

	static byte[] canonicalJson(DirectoryDocument document) {
		ObjectNode root = JSON.createObjectNode();
		root.put("format", FORMAT);
		root.put("version", document.version());
		root.put("issuedAt", document.issuedAt().toString());
		root.put("expiresAt", document.expiresAt().toString());
		ArrayNode authorities = root.putArray("authorities");
		for (Authority authority : document.authorities()) {
			ObjectNode entry = authorities.addObject();
			entry.put("id", authority.id().toString());
			entry.put("state", authority.state().value());
			entry.put("kind", authority.kind().name());
			entry.put("name", authority.name());
			if (authority.localName() != null) {
				entry.put("localName", authority.localName());
			}
			entry.put("email", authority.email());
			entry.put("phone", authority.phone());
			ArrayNode languages = entry.putArray("languages");
			authority.languages().forEach(languages::add);
			entry.put("timeZone", authority.timeZone().getId());
			entry.put("availability", authority.availability().name());
			if (authority.officeHours() != null) {
				entry.put("officeOpens", authority.officeHours().opens().toString());
				entry.put("officeCloses", authority.officeHours().closes().toString());
			}
			entry.put("validFrom", authority.designation().validFrom().toString());
			if (authority.designation().validTo() != null) {
				entry.put("validTo", authority.designation().validTo().toString());
			}
		}
		ArrayNode nodes = root.putArray("nodes");
		for (Node node : document.nodes()) {
			ObjectNode entry = nodes.addObject();
			entry.put("id", node.id());
			entry.put("endpoint", node.endpoint().toString());
			ArrayNode keys = entry.putArray("keys");
			for (NodeKey key : node.keys()) {
				ObjectNode jwk = keys.addObject();
				jwk.put("kty", "OKP");
				jwk.put("crv", "Ed25519");
				jwk.put("kid", key.keyId());
				jwk.put("x", key.publicKey());
				jwk.put("validFrom", key.validFrom().toString());
				if (key.validTo() != null) {
					jwk.put("validTo", key.validTo().toString());
				}
			}
			ArrayNode served = entry.putArray("authorities");
			node.authorities().forEach(id -> served.add(id.toString()));
		}
		return canonicalize(JSON.writeValueAsBytes(root));
	}

	static byte[] canonicalize(byte[] json) {
		try {
			return new JsonCanonicalizer(new String(json, StandardCharsets.UTF_8)).getEncodedUTF8();
		}
		catch (IOException | RuntimeException malformed) {
			throw new IllegalArgumentException("not JSON: " + malformed.getMessage(), malformed);
		}
	}

	/** Reads a directory; throws {@link IllegalArgumentException} saying what is wrong. */
	static DirectoryDocument read(byte[] json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (RuntimeException malformed) {
			throw new IllegalArgumentException("the payload is not JSON", malformed);
		}
		if (!FORMAT.equals(root.path("format").asString(""))) {
			throw new IllegalArgumentException("the payload is not a " + FORMAT + " document");
		}
		List<Authority> authorities = new ArrayList<>();
		for (JsonNode entry : root.path("authorities")) {
			List<String> languages = new ArrayList<>();
			entry.path("languages").forEach(language -> languages.add(language.asString()));
			OfficeHours hours = entry.has("officeOpens")
					? new OfficeHours(LocalTime.parse(entry.path("officeOpens").asString()),
							LocalTime.parse(entry.path("officeCloses").asString()))
					: null;
			authorities.add(new Authority(AuthorityId.of(entry.path("id").asString()),
					CountryCode.of(entry.path("state").asString()), AuthorityKind.valueOf(entry.path("kind").asString()),
					entry.path("name").asString(), entry.path("localName").asString(null), entry.path("email").asString(),
					entry.path("phone").asString(), languages, Authority.timeZone(entry.path("timeZone").asString()),
					Availability.valueOf(entry.path("availability").asString()), hours,
					new Designation(instant(entry, "validFrom"), instant(entry, "validTo"))));
		}
		List<Node> nodes = new ArrayList<>();
		for (JsonNode entry : root.path("nodes")) {
			List<NodeKey> keys = new ArrayList<>();
			for (JsonNode key : entry.path("keys")) {
				keys.add(new NodeKey(key.path("kid").asString(), key.path("x").asString(), instant(key, "validFrom"),
						instant(key, "validTo")));
			}
			List<AuthorityId> served = new ArrayList<>();
			entry.path("authorities").forEach(id -> served.add(AuthorityId.of(id.asString())));
			nodes.add(new Node(entry.path("id").asString(), URI.create(entry.path("endpoint").asString()), keys, served));
		}
		return new DirectoryDocument(root.path("version").asLong(), instant(root, "issuedAt"), instant(root, "expiresAt"),
				authorities, nodes);
	}

	private static Instant instant(JsonNode node, String field) {
		String text = node.path(field).asString(null);
		return text == null ? null : Instant.parse(text);
	}
}
