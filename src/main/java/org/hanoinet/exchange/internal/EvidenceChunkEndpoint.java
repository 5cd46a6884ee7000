package org.hanoinet.exchange.internal;

import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.hanoinet.exchange.EvidenceDownloadRefusal;
import org.hanoinet.exchange.EvidenceDownloadRefused;
import org.hanoinet.exchange.EvidenceManifest;
import org.hanoinet.exchange.EvidenceSignatures;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /federation/v1/evidence/packages/{package}/items/{item}/chunks/{index}?link=...}: the node a package
 * was offered to fetches one decrypted chunk of an item. No user signs in here: the request needs both the
 * download link this node signed (package, item, recipient node, expiry) and a fresh proof signed by the
 * recipient node's key from the directory ({@code HanoiNet-Node-Proof} header), so a leaked link alone is useless.
 * Refusals are problem+json with a stable {@code code} (see {@link EvidenceDownloadRefusal}).
 */
@RestController
@Tag(name = "Federation", description = "Node-to-node exchange of signed envelopes")
class EvidenceChunkEndpoint {

	private final EvidenceSignatures signatures;

	private final EvidenceTransferStore store;

	private final JdbcClient jdbc;

	EvidenceChunkEndpoint(EvidenceSignatures signatures, EvidenceTransferStore store, JdbcClient jdbc) {
		this.signatures = signatures;
		this.store = store;
		this.jdbc = jdbc;
	}

	@GetMapping(path = "/federation/v1/evidence/packages/{packageId}/items/{itemId}/chunks/{index}",
			produces = { MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "One chunk of an offered evidence item, for the node it was offered to (signed link and node proof)")
	ResponseEntity<?> chunk(@PathVariable UUID packageId, @PathVariable UUID itemId, @PathVariable int index,
			@RequestParam(required = false) String link,
			@RequestHeader(name = EvidenceSignatures.PROOF_HEADER, required = false) String proof, HttpServletRequest request) {
		try {
			String requester = signatures.requester(proof, "GET", request.getRequestURI());
			signatures.checkLink(link, packageId, itemId, requester);
			String manifest = jdbc.sql("""
					select manifest from exchange_evidence_packages
					where package_id = :id and direction = 'OUTGOING' and peer = :peer
					""")
				.param("id", packageId)
				.param("peer", requester)
				.query(String.class)
				.optional()
				.orElseThrow(() -> new EvidenceDownloadRefused(EvidenceDownloadRefusal.PACKAGE_UNKNOWN,
						"This node offered no package " + packageId + " to node '" + requester + "'."));
			EvidenceManifest.Item item = EvidenceSignatures.stored(manifest).item(itemId)
				.orElseThrow(() -> new EvidenceDownloadRefused(EvidenceDownloadRefusal.PACKAGE_UNKNOWN,
						"Package " + packageId + " holds no item " + itemId + "."));
			if (index < 0 || index >= item.chunks()) {
				throw new EvidenceDownloadRefused(EvidenceDownloadRefusal.CHUNK_OUT_OF_RANGE,
						"Item " + itemId + " has chunks 0 to " + (item.chunks() - 1) + ".");
			}
			InputStream bytes = store.openChunk(itemId, index);
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.contentLength(item.chunkLength(index))
				.body(new InputStreamResource(bytes));
		}
		catch (EvidenceDownloadRefused refused) {
			return problem(refused);
		}
	}

	private static ResponseEntity<ProblemDetail> problem(EvidenceDownloadRefused refused) {
		HttpStatus status = HttpStatus.valueOf(refused.code().status());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
		problem.setType(URI.create("urn:hanoinet:federation:" + refused.code().name().toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setTitle("Evidence download refused");
		problem.setProperty("code", refused.code().name());
		problem.setProperty("retriable", refused.code().retriable());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
