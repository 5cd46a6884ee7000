package org.hanoinet.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.springframework.stereotype.Service;

/**
 * The chain of custody of an item, or of every item of a case, as CASE 1.x JSON-LD (https://caseontology.org),
 * which forensic tools read: the case is a {@code case-investigation:Investigation}; each item an
 * {@code observable:File} with a {@code FileFacet} and a {@code ContentDataFacet} carrying its SHA-256; each
 * custody event a {@code case-investigation:InvestigativeAction} whose {@code action:object} is the provenance
 * record left by the previous event and whose {@code action:result} is a new {@code ProvenanceRecord} holding the
 * file. An item received from another node links its RECEIVED action to the sender's item (and, when that item is
 * on this node, to the sender's last provenance record), so a two-hop chain reads as one.
 */
@Service
public class CustodyExport {

	/** The JSON-LD context: CASE 1.x and UCO namespaces, and this node's knowledge-base prefix. */
	public static final Map<String, Object> CONTEXT = context();

	private final EvidenceItems evidence;

	private final CaseManagement cases;

	CustodyExport(EvidenceItems evidence, CaseManagement cases) {
		this.evidence = evidence;
		this.cases = cases;
	}

	/** The item's chain (and its source's, when the source is held here) for a user of the State that holds it. */
	public Map<String, Object> item(Actor actor, EvidenceItemId id) {
		List<CustodyEvent> chain = evidence.custody(actor, id);
		EvidenceItem item = evidence.find(id).orElseThrow(() -> new EvidenceNotFound(id));
		List<EvidenceItem> items = new ArrayList<>();
		sourceOf(chain).flatMap(evidence::find).filter(source -> source.holder().equals(actor.state())).ifPresent(items::add);
		items.add(item);
		return document(item.caseId(), items);
	}

	/** The chains of every item of the case that the actor's State holds. */
	public Map<String, Object> ofCase(Actor actor, CaseId caseId) {
		return document(caseId, evidence.ofCase(actor, caseId));
	}

	private Map<String, Object> document(CaseId caseId, List<EvidenceItem> items) {
		cases.load(caseId);
		List<Object> graph = new ArrayList<>();
		List<Object> members = new ArrayList<>();
		Map<EvidenceItemId, String> lastRecord = new LinkedHashMap<>();
		for (EvidenceItem item : items) {
			graph.add(file(item));
			members.add(ref(fileId(item.id())));
			String previous = null;
			for (CustodyEvent event : evidence.custody(item.id())) {
				String record = "kb:provenance-record-" + item.id() + "-" + event.sequence();
				String action = "kb:investigative-action-" + item.id() + "-" + event.sequence();
				Map<String, Object> investigative = node(action, "case-investigation:InvestigativeAction");
				investigative.put("core:name", event.action().name());
				investigative.put("core:description", "Custody event " + event.sequence() + " of evidence item " + item.id()
						+ "; custody hash " + event.hash() + ", previous " + event.previousHash() + "; item SHA-256 "
						+ event.itemSha256() + detailsText(event));
				investigative.put("action:startTime", typed("xsd:dateTime", event.at().toString()));
				investigative.put("action:endTime", typed("xsd:dateTime", event.at().toString()));
				investigative.put("action:performer", ref("kb:identity-" + iri(event.who())));
				investigative.put("action:instrument", ref("kb:node-" + iri(event.node())));
				List<Object> objects = new ArrayList<>();
				if (previous != null) {
					objects.add(ref(previous));
				}
				else if (event.details().containsKey("sourceItem")) {
					EvidenceItemId source = EvidenceItemId.of(event.details().get("sourceItem"));
					objects.add(ref(lastRecord.containsKey(source) ? lastRecord.get(source) : fileId(source)));
				}
				objects.add(ref(fileId(item.id())));
				investigative.put("action:object", objects);
				investigative.put("action:result", List.of(ref(record)));
				Map<String, Object> provenance = node(record, "case-investigation:ProvenanceRecord");
				provenance.put("case-investigation:exhibitNumber", item.id() + "/" + event.sequence());
				provenance.put("core:object", List.of(ref(fileId(item.id()))));
				graph.add(investigative);
				graph.add(provenance);
				graph.add(identity(event.who()));
				graph.add(tool(event.node()));
				members.add(ref(action));
				members.add(ref(record));
				previous = record;
			}
			if (previous != null) {
				lastRecord.put(item.id(), previous);
			}
		}
		Map<String, Object> investigation = node("kb:investigation-" + caseId, "case-investigation:Investigation");
		investigation.put("core:name", "Cooperation case " + caseId);
		investigation.put("case-investigation:focus", List.of("Chain of custody of electronic evidence (UN Convention against Cybercrime, arts. 40, 42-46)"));
		investigation.put("core:object", members);
		graph.addFirst(investigation);
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", CONTEXT);
		document.put("@graph", dedupe(graph));
		return document;
	}

	private static Optional<EvidenceItemId> sourceOf(List<CustodyEvent> chain) {
		return chain.stream().filter(event -> event.details().containsKey("sourceItem")).findFirst()
			.map(event -> EvidenceItemId.of(event.details().get("sourceItem")));
	}

	private static Map<String, Object> file(EvidenceItem item) {
		Map<String, Object> file = node(fileId(item.id()), "observable:File");
		Map<String, Object> fileFacet = node("kb:file-facet-" + item.id(), "observable:FileFacet");
		fileFacet.put("observable:fileName", item.fileName());
		fileFacet.put("observable:sizeInBytes", typed("xsd:integer", Long.toString(item.size())));
		Map<String, Object> content = node("kb:content-data-facet-" + item.id(), "observable:ContentDataFacet");
		content.put("observable:mimeType", item.mediaType());
		content.put("observable:sizeInBytes", typed("xsd:integer", Long.toString(item.size())));
		Map<String, Object> hash = node("kb:hash-" + item.id(), "types:Hash");
		hash.put("types:hashMethod", typed("vocabulary:HashNameVocab", "SHA256"));
		hash.put("types:hashValue", typed("xsd:hexBinary", item.sha256()));
		content.put("observable:hash", List.of(hash));
		file.put("core:hasFacet", List.of(fileFacet, content));
		return file;
	}

	private static Map<String, Object> identity(String who) {
		Map<String, Object> identity = node("kb:identity-" + iri(who), "identity:Identity");
		identity.put("core:name", who);
		return identity;
	}

	private static Map<String, Object> tool(String nodeKey) {
		Map<String, Object> tool = node("kb:node-" + iri(nodeKey), "tool:Tool");
		tool.put("core:name", "HanoiNet node " + nodeKey);
		tool.put("tool:toolType", "HanoiNet node (key id " + nodeKey + ")");
		return tool;
	}

	private static String detailsText(CustodyEvent event) {
		StringBuilder text = new StringBuilder();
		new java.util.TreeMap<>(event.details()).forEach((key, value) -> text.append("; ").append(key).append(' ').append(value));
		return text.toString();
	}

	private static List<Object> dedupe(List<Object> graph) {
		Map<Object, Object> byId = new LinkedHashMap<>();
		for (Object node : graph) {
			byId.putIfAbsent(((Map<?, ?>) node).get("@id"), node);
		}
		return new ArrayList<>(byId.values());
	}

	private static String iri(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String fileId(EvidenceItemId id) {
		return "kb:file-" + id;
	}

	private static Map<String, Object> node(String id, String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@id", id);
		node.put("@type", type);
		return node;
	}

	private static Map<String, Object> ref(String id) {
		return Map.of("@id", id);
	}

	private static Map<String, Object> typed(String type, String value) {
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("@type", type);
		typed.put("@value", value);
		return typed;
	}

	private static Map<String, Object> context() {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("kb", "urn:hanoinet:kb:");
		context.put("case-investigation", "https://ontology.caseontology.org/case/investigation/");
		context.put("core", "https://ontology.unifiedcyberontology.org/uco/core/");
		context.put("action", "https://ontology.unifiedcyberontology.org/uco/action/");
		context.put("identity", "https://ontology.unifiedcyberontology.org/uco/identity/");
		context.put("observable", "https://ontology.unifiedcyberontology.org/uco/observable/");
		context.put("tool", "https://ontology.unifiedcyberontology.org/uco/tool/");
		context.put("types", "https://ontology.unifiedcyberontology.org/uco/types/");
		context.put("vocabulary", "https://ontology.unifiedcyberontology.org/uco/vocabulary/");
		context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		return java.util.Collections.unmodifiableMap(context);
	}
}
