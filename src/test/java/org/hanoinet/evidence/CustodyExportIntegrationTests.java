package org.hanoinet.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hanoinet.evidence.EvidenceFixtures.VN_OFFICER;
import static org.hanoinet.evidence.EvidenceFixtures.generated;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.hanoinet.NodeTest;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import tools.jackson.databind.json.JsonMapper;

/** The CASE/UCO export of a two-hop chain is JSON-LD that expands, and carries the stored hashes. */
@NodeTest
class CustodyExportIntegrationTests {

	static final String UCO = "https://ontology.unifiedcyberontology.org/uco/";

	static final String CASE = "https://ontology.caseontology.org/case/investigation/";

	@Autowired
	EvidenceItems evidence;

	@Autowired
	Uploads uploads;

	@Autowired
	ChainOfCustody custody;

	@Autowired
	CustodyExport export;

	@Autowired
	CaseManagement cases;

	@Test
	void exportsATwoHopChainAsValidJsonLdWhoseHashesMatchTheStoredItems() throws Exception {
		Case request = EvidenceFixtures.sentPreservation(cases);
		EvidenceItem added = upload(request);
		custody.recordCustody(added.id(), CustodyAction.OFFERED, EvidenceItems.NODE_ACTOR, null, Map.of("package", "p-1"));
		// the second hop: the same bytes received "from another node" (simulated here through a receipt)
		UploadId receipt = uploads.startReceipt(request.id(), added.fileName(), added.mediaType(), added.size(), added.chunkSize(),
				added.sha256(), added.chunkSha256(), "peer-node", added.id());
		uploads.append(receipt, 0, evidence.open(added.id()));
		EvidenceItem received = uploads.complete(receipt);

		String text = JsonMapper.builder().build().writeValueAsString(export.item(VN_OFFICER, received.id()));
		JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(text))).get();

		List<JsonObject> files = ofType(expanded, UCO + "observable/File");
		assertThat(files).hasSize(2);
		assertThat(hashValues(expanded)).containsOnly(received.sha256()).hasSize(2);
		assertThat(received.sha256()).isEqualTo(added.sha256());
		List<JsonObject> actions = ofType(expanded, CASE + "InvestigativeAction");
		assertThat(actions).extracting(action -> action.getJsonArray(UCO + "core/name").getJsonObject(0).getString("@value"))
			.containsExactlyInAnyOrder("ADDED", "OFFERED", "RECEIVED");
		JsonObject receivedAction = actions.stream()
			.filter(action -> action.getJsonArray(UCO + "core/name").getJsonObject(0).getString("@value").equals("RECEIVED"))
			.findFirst().orElseThrow();
		assertThat(receivedAction.getJsonArray(UCO + "action/object")).extracting(value -> value.asJsonObject().getString("@id"))
			.contains("urn:hanoinet:kb:provenance-record-" + added.id() + "-2");
		assertThat(ofType(expanded, CASE + "ProvenanceRecord")).hasSize(3);
		assertThat(ofType(expanded, CASE + "Investigation")).hasSize(1);
	}

	private EvidenceItem upload(Case request) throws IOException {
		UploadId upload = uploads.startUpload(VN_OFFICER, request.id(), "mailbox.mbox", "application/mbox", 200_000);
		uploads.append(upload, 0, generated(200_000, 11));
		return uploads.complete(upload);
	}

	private static List<JsonObject> ofType(JsonArray expanded, String type) {
		return expanded.stream().map(JsonValue::asJsonObject)
			.filter(node -> node.containsKey("@type") && node.getJsonArray("@type").getString(0).equals(type))
			.toList();
	}

	/** Every {@code types:hashValue} found anywhere in the expanded graph. */
	private static List<String> hashValues(JsonValue value) {
		List<String> found = new java.util.ArrayList<>();
		if (value instanceof JsonArray array) {
			array.forEach(element -> found.addAll(hashValues(element)));
		}
		else if (value instanceof JsonObject object) {
			object.forEach((key, child) -> {
				if (key.equals(UCO + "types/hashValue")) {
					found.add(child.asJsonArray().getJsonObject(0).getString("@value"));
				}
				else {
					found.addAll(hashValues(child));
				}
			});
		}
		return found;
	}
}
