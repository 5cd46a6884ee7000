package org.hanoinet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.TestNodeKeys;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.junit.jupiter.api.Test;

/**
 * The manifest of an evidence package opens only intact, from its sender, on the node it is for; a download
 * link serves only the package, item and node it names, until its expiry; a node proof is good for one request.
 */
class EvidenceSignaturesTests {

	static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	static final String CHUNK = "a".repeat(64);

	final TestNodeKeys vietNamKey = new TestNodeKeys();

	final TestNodeKeys brazilKey = new TestNodeKeys();

	final Map<String, Node> directory = Map.of(
			"vn-node", node("vn-node", NodeKey.of(vietNamKey.rawPublicKey(), NOW.minus(Duration.ofDays(30)))),
			"br-node", node("br-node", NodeKey.of(brazilKey.rawPublicKey(), NOW.minus(Duration.ofDays(30)))));

	final EvidenceSignatures vietNam = signatures(vietNamKey, "vn-node", NOW);

	final EvidenceSignatures brazil = signatures(brazilKey, "br-node", NOW);

	final UUID packageId = UUID.randomUUID();

	final UUID itemId = UUID.randomUUID();

	@Test
	void theRecipientOpensTheManifestTheSenderSealedUnchanged() {
		EvidenceManifest offered = manifest("br-node");

		assertThat(brazil.open(vietNam.seal(offered), "vn-node", "br-node")).isEqualTo(offered);
	}

	@Test
	void refusesAManifestWhoseItemHashWasChangedAfterSigning() {
		String sealed = vietNam.seal(manifest("br-node"));
		String[] parts = sealed.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"sha256\":\"" + "b".repeat(64), "\"sha256\":\"" + "c".repeat(64));
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];

		assertThatThrownBy(() -> brazil.open(tampered, "vn-node", "br-node")).isInstanceOf(EnvelopeRefused.class)
			.extracting(refused -> ((EnvelopeRefused) refused).code()).isEqualTo(RefusalCode.MANIFEST_INVALID);
	}

	@Test
	void refusesAManifestSignedByAnotherKeyThanTheSendersOrMeantForAnotherNode() {
		EvidenceSignatures stranger = signatures(new TestNodeKeys(), "vn-node", NOW);

		assertThatThrownBy(() -> brazil.open(stranger.seal(manifest("br-node")), "vn-node", "br-node"))
			.hasMessageContaining("has no key");
		assertThatThrownBy(() -> brazil.open(vietNam.seal(manifest("other-node")), "vn-node", "br-node"))
			.hasMessageContaining("addressed to node 'other-node'");
		assertThatThrownBy(() -> brazil.open(vietNam.seal(manifest("br-node")), "br-node", "br-node"))
			.isInstanceOf(EnvelopeRefused.class);
	}

	@Test
	void aLinkServesOnlyItsPackageItemAndNodeUntilItsExpiry() {
		String link = vietNam.link(packageId, itemId, "br-node", NOW.plus(Duration.ofHours(1)));

		vietNam.checkLink(link, packageId, itemId, "br-node");
		assertThat(refusal(() -> vietNam.checkLink(link, packageId, UUID.randomUUID(), "br-node")))
			.isEqualTo(EvidenceDownloadRefusal.LINK_INVALID);
		assertThat(refusal(() -> vietNam.checkLink(link, packageId, itemId, "other-node")))
			.isEqualTo(EvidenceDownloadRefusal.NOT_THE_RECIPIENT);
		assertThat(refusal(() -> signatures(vietNamKey, "vn-node", NOW.plus(Duration.ofHours(2)))
			.checkLink(link, packageId, itemId, "br-node"))).isEqualTo(EvidenceDownloadRefusal.LINK_EXPIRED);
		assertThat(refusal(() -> brazil.checkLink(link, packageId, itemId, "br-node")))
			.as("only the node that issued a link accepts it").isEqualTo(EvidenceDownloadRefusal.LINK_INVALID);
	}

	@Test
	void aNodeProofNamesItsNodeForThatRequestOnlyAndOnlyBriefly() {
		String path = "/federation/v1/evidence/packages/" + packageId + "/items/" + itemId + "/chunks/0";
		String proof = brazil.proof("GET", path, Duration.ofSeconds(60));

		assertThat(vietNam.requester(proof, "GET", path)).isEqualTo("br-node");
		assertThat(refusal(() -> vietNam.requester(proof, "GET", path.replace("chunks/0", "chunks/1"))))
			.isEqualTo(EvidenceDownloadRefusal.NODE_PROOF_INVALID);
		assertThat(refusal(() -> signatures(vietNamKey, "vn-node", NOW.plus(Duration.ofMinutes(2))).requester(proof, "GET", path)))
			.isEqualTo(EvidenceDownloadRefusal.NODE_PROOF_INVALID);
		assertThat(refusal(() -> vietNam.requester(signatures(new TestNodeKeys(), "br-node", NOW).proof("GET", path,
				Duration.ofSeconds(60)), "GET", path))).isEqualTo(EvidenceDownloadRefusal.NODE_PROOF_INVALID);
		assertThat(refusal(() -> vietNam.requester(null, "GET", path))).isEqualTo(EvidenceDownloadRefusal.NODE_PROOF_INVALID);
	}

	@Test
	void aManifestSaysHowManyChunksAnItemHas() {
		EvidenceManifest.Item item = new EvidenceManifest.Item(itemId, "disk.img", "application/octet-stream", 2_500_000,
				"b".repeat(64), 1_048_576, Collections.nCopies(3, CHUNK));

		assertThat(item.chunkLength(0)).isEqualTo(1_048_576);
		assertThat(item.chunkLength(2)).isEqualTo(2_500_000 - 2 * 1_048_576);
		assertThatThrownBy(() -> new EvidenceManifest.Item(itemId, "disk.img", "application/octet-stream", 2_500_000,
				"b".repeat(64), 1_048_576, List.of(CHUNK))).hasMessageContaining("has 3 chunks, not 1");
	}

	private EvidenceManifest manifest(String recipient) {
		return new EvidenceManifest(packageId, UUID.randomUUID(), "vn-node", recipient, NOW, NOW.plus(Duration.ofDays(7)),
				List.of(new EvidenceManifest.Item(itemId, "mailbox.mbox", "application/mbox", 3_000_000, "b".repeat(64),
						1_048_576, Collections.nCopies(3, CHUNK))));
	}

	private static EvidenceDownloadRefusal refusal(Runnable check) {
		try {
			check.run();
		}
		catch (EvidenceDownloadRefused refused) {
			return refused.code();
		}
		return null;
	}

	private EvidenceSignatures signatures(TestNodeKeys keys, String node, Instant now) {
		return new EvidenceSignatures(keys, node, id -> Optional.ofNullable(directory.get(id)), Clock.fixed(now, ZoneOffset.UTC));
	}

	private static Node node(String id, NodeKey key) {
		return new Node(id, URI.create("https://" + id + ".example.invalid"), List.of(key), List.of());
	}
}
