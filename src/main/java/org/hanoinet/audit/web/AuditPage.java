package org.hanoinet.audit.web;

import java.util.List;
import java.util.Optional;

import org.hanoinet.audit.AuditLeaf;
import org.hanoinet.audit.AuditLog;
import org.hanoinet.audit.Checkpoint;
import org.hanoinet.audit.InclusionProof;
import org.hanoinet.audit.TreeHashes;
import org.hanoinet.node.NodeKeys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's page: the latest signed checkpoint, the leaves that name a case, a user or any other id,
 * and one leaf with its inclusion proof against that checkpoint.
 */
@Controller
@RequestMapping("/audit")
class AuditPage {

	static final int SHOWN = 25;

	private final AuditLog log;

	private final NodeKeys keys;

	AuditPage(AuditLog log, NodeKeys keys) {
		this.log = log;
		this.keys = keys;
	}

	@GetMapping
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) Long leaf, Model model) {
		String search = q == null ? "" : q.strip();
		Optional<Checkpoint> checkpoint = log.latestCheckpoint();
		model.addAttribute("checkpoint", checkpoint.map(CheckpointView::of).orElse(null));
		model.addAttribute("publicKey", java.util.Base64.getEncoder().encodeToString(keys.rawPublicKey()));
		model.addAttribute("treeSize", log.treeSize());
		model.addAttribute("q", search);
		List<AuditLeaf> leaves = search.isEmpty() ? log.latest(SHOWN) : log.search(search, SHOWN);
		model.addAttribute("leaves", leaves.stream().map(LeafView::of).toList());
		if (leaf != null) {
			model.addAttribute("selectedIndex", leaf);
			log.leaf(leaf).ifPresent(selected -> {
				model.addAttribute("selected", LeafView.of(selected));
				checkpoint.filter(covering -> covering.treeSize() > selected.index())
					.ifPresent(covering -> model.addAttribute("proof",
							ProofView.of(log.inclusionProof(selected.index(), covering.treeSize()), covering)));
			});
		}
		return "audit/index";
	}

	@PostMapping("/checkpoint")
	String issueCheckpoint() {
		log.issueCheckpoint();
		return "redirect:/audit?signed";
	}

	/** A checkpoint as the page shows it. */
	record CheckpointView(long treeSize, String rootHash, String issuedAt, String keyId, String signature) {

		static CheckpointView of(Checkpoint checkpoint) {
			return new CheckpointView(checkpoint.treeSize(), TreeHashes.hex(checkpoint.rootHash()),
					checkpoint.issuedAt().toString(), checkpoint.keyId(),
					java.util.Base64.getEncoder().encodeToString(checkpoint.signature()));
		}
	}

	/** A leaf as the page shows it. */
	record LeafView(long index, String type, String occurredAt, String json, String hash) {

		static LeafView of(AuditLeaf leaf) {
			return new LeafView(leaf.index(), leaf.type(), leaf.occurredAt().toString(), leaf.json(), leaf.hashHex());
		}
	}

	/** An inclusion proof against a checkpoint, and whether it holds when recomputed. */
	record ProofView(long treeSize, List<String> auditPath, String rootHash, boolean verified) {

		static ProofView of(InclusionProof proof, Checkpoint checkpoint) {
			boolean holds = proof.verifies() && java.util.Arrays.equals(proof.rootHash(), checkpoint.rootHash());
			return new ProofView(proof.treeSize(), proof.auditPath().stream().map(TreeHashes::hex).toList(),
					TreeHashes.hex(proof.rootHash()), holds);
		}
	}
}
