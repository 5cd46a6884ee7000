package org.hanoinet.audit.internal;

import java.net.URI;
import java.util.Base64;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.audit.AuditLeaf;
import org.hanoinet.audit.AuditLog;
import org.hanoinet.audit.Checkpoint;
import org.hanoinet.audit.InclusionProof;
import org.hanoinet.audit.TreeHashes;
import org.hanoinet.node.NodeKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log for auditors and their tools, in the manner of RFC 6962's log API: the latest signed
 * checkpoint, leaf hashes, inclusion and consistency proofs, and the whole log for offline verification.
 * Hashes are lower-case hexadecimal unless the field name says base64.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident audit log: signed checkpoints, proofs, export")
class AuditApi {

	private final AuditLog log;

	private final NodeKeys keys;

	AuditApi(AuditLog log, NodeKeys keys) {
		this.log = log;
		this.keys = keys;
	}

	@GetMapping("/checkpoint")
	@Operation(summary = "The latest signed checkpoint: tree size, root hash, time, Ed25519 signature and the node's public key")
	CheckpointView latestCheckpoint() {
		return log.latestCheckpoint().map(this::view).orElseThrow(AuditApi::noCheckpoint);
	}

	@PostMapping("/checkpoint")
	@Operation(summary = "Sign a checkpoint of the log as it is now")
	ResponseEntity<CheckpointView> issueCheckpoint() {
		return ResponseEntity.status(HttpStatus.CREATED).body(view(log.issueCheckpoint()));
	}

	@GetMapping("/leaf-hashes")
	@Operation(summary = "The RFC 6962 leaf hashes from start to end inclusive (at most 1,000; fewer past the end of the log)")
	LeafHashes leafHashes(@RequestParam long start, @RequestParam long end) {
		List<byte[]> hashes = log.leafHashes(start, end);
		return new LeafHashes(start, start + hashes.size() - 1, hashes.stream().map(TreeHashes::hex).toList());
	}

	@GetMapping("/leaves/{index}")
	@Operation(summary = "One leaf: its canonical JSON and leaf hash")
	LeafView leaf(@PathVariable long index) {
		return log.leaf(index).map(LeafView::of).orElseThrow(() -> noLeaf(index));
	}

	@GetMapping("/proof/inclusion")
	@Operation(summary = "The audit path proving that a leaf is in the tree of the given size (RFC 6962 §2.1.1)")
	InclusionView inclusionProof(@RequestParam long leafIndex, @RequestParam long treeSize) {
		InclusionProof proof = log.inclusionProof(leafIndex, treeSize);
		return new InclusionView(proof.leafIndex(), proof.treeSize(), TreeHashes.hex(proof.leafHash()),
				proof.auditPath().stream().map(TreeHashes::hex).toList(), TreeHashes.hex(proof.rootHash()));
	}

	@GetMapping("/proof/consistency")
	@Operation(summary = "The proof that the tree of the first size is a prefix of the tree of the second size (RFC 6962 §2.1.2)")
	ConsistencyView consistencyProof(@RequestParam long first, @RequestParam long second) {
		List<byte[]> proof = log.consistencyProof(first, second);
		return new ConsistencyView(first, second, first == 0 ? TreeHashes.hex(TreeHashes.emptyRoot())
				: TreeHashes.hex(log.rootHash(first)), TreeHashes.hex(log.rootHash(second)),
				proof.stream().map(TreeHashes::hex).toList());
	}

	@GetMapping("/export")
	@Operation(summary = "The whole log and its checkpoints as JSON lines, for ./hanoinet verify-audit")
	ResponseEntity<StreamingResponseBody> export() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hanoinet-audit-log.jsonl\"")
			.body(log::export);
	}

	private CheckpointView view(Checkpoint checkpoint) {
		Base64.Encoder base64 = Base64.getEncoder();
		return new CheckpointView(checkpoint.treeSize(), TreeHashes.hex(checkpoint.rootHash()),
				base64.encodeToString(checkpoint.rootHash()), checkpoint.issuedAt().toString(),
				base64.encodeToString(checkpoint.signature()), checkpoint.keyId(), base64.encodeToString(keys.rawPublicKey()),
				checkpoint.signedText());
	}

	private static ErrorResponseException noCheckpoint() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"The node has not signed an audit checkpoint yet; POST /api/v1/audit/checkpoint signs one now.");
		problem.setType(URI.create("urn:hanoinet:problem:no-checkpoint"));
		problem.setTitle("No checkpoint yet");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

	private static ErrorResponseException noLeaf(long index) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"The audit log has no leaf " + index + ".");
		problem.setType(URI.create("urn:hanoinet:problem:no-such-leaf"));
		problem.setTitle("No such leaf");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

	/**
	 * A signed checkpoint; {@code signature} is Ed25519 over the UTF-8 bytes of {@code signedText}, and
	 * {@code publicKey} is the node's raw 32-byte key (compare it with the directory before trusting it).
	 */
	record CheckpointView(long treeSize, String rootHash, String rootHashBase64, String time, String signature,
			String keyId, String publicKey, String signedText) {
	}

	/** Leaf hashes from {@code start} to {@code end} inclusive. */
	record LeafHashes(long start, long end, List<String> leafHashes) {
	}

	/** One leaf; {@code data} is the canonical JSON whose leaf hash is {@code leafHash}. */
	record LeafView(long index, String type, String occurredAt, String data, String leafHash) {

		static LeafView of(AuditLeaf leaf) {
			return new LeafView(leaf.index(), leaf.type(), leaf.occurredAt().toString(), leaf.json(), leaf.hashHex());
		}
	}

	/** An inclusion proof. */
	record InclusionView(long leafIndex, long treeSize, String leafHash, List<String> auditPath, String rootHash) {
	}

	/** A consistency proof with the two roots it links. */
	record ConsistencyView(long first, long second, String firstRootHash, String secondRootHash,
			List<String> consistencyProof) {
	}
}
