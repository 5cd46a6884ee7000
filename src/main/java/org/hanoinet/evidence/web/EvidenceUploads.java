package org.hanoinet.evidence.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.evidence.EvidenceItem;
import org.hanoinet.evidence.UploadId;
import org.hanoinet.evidence.UploadStatus;
import org.hanoinet.evidence.Uploads;
import org.hanoinet.shared.InvalidValue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Resumable upload of evidence by the tus 1.0.0 protocol (https://tus.io/protocols/resumable-upload), core and
 * the {@code creation} extension: {@code POST} with {@code Upload-Length} and {@code Upload-Metadata}
 * ({@code filename}, {@code filetype}, base64) creates an upload and answers 201 with its {@code Location};
 * {@code HEAD} answers {@code Upload-Offset}, the bytes durably stored; {@code PATCH} with
 * {@code Content-Type: application/offset+octet-stream} and {@code Upload-Offset} appends the body, streamed,
 * and answers 204 with the new offset, or 409 when the offset is not the stored one. When the last byte is in,
 * the item is completed and its id is given in {@code Evidence-Item}. The same endpoints serve machine clients
 * under {@code /api/v1} (API token) and the page's uploader under {@code /cases} (session and CSRF header).
 */
@RestController
@RequestMapping({ "/api/v1/cases/{caseId}/evidence/uploads", "/cases/{caseId}/evidence/uploads" })
@Tag(name = "Evidence", description = "Electronic evidence of a case: resumable upload (tus 1.0.0), hashes, custody chain, CASE/UCO export")
class EvidenceUploads {

	static final String TUS_RESUMABLE = "Tus-Resumable";

	static final String TUS_VERSION = "1.0.0";

	static final String ITEM_HEADER = "Evidence-Item";

	private final Uploads uploads;

	private final EvidenceActors actors;

	private final long maxItemSize;

	EvidenceUploads(Uploads uploads, EvidenceActors actors, org.hanoinet.evidence.EvidenceProperties settings) {
		this.maxItemSize = settings.maxItemSize().toBytes();
		this.uploads = uploads;
		this.actors = actors;
	}

	@RequestMapping(method = RequestMethod.OPTIONS)
	@Operation(summary = "tus: the protocol version and extensions this server supports")
	ResponseEntity<Void> options() {
		return ResponseEntity.noContent()
			.header(TUS_RESUMABLE, TUS_VERSION)
			.header("Tus-Version", TUS_VERSION)
			.header("Tus-Extension", "creation")
			.header("Tus-Max-Size", Long.toString(maxItemSize))
			.build();
	}

	@RequestMapping(method = RequestMethod.POST)
	@Operation(summary = "tus creation: announce a file (Upload-Length, Upload-Metadata filename and filetype)")
	ResponseEntity<Void> create(@PathVariable String caseId, @RequestHeader(value = "Upload-Length", required = false) String length,
			@RequestHeader(value = "Upload-Metadata", required = false) String metadata, HttpServletRequest request) {
		Actor actor = actors.handler();
		if (length == null || !length.matches("\\d{1,19}")) {
			throw new InvalidValue("Upload-Length", "Give the file's size in bytes in the Upload-Length header.");
		}
		Map<String, String> meta = metadata(metadata);
		UploadId upload = uploads.startUpload(actor, CaseId.of(caseId), meta.get("filename"), meta.get("filetype"),
				Long.parseLong(length));
		URI location = URI.create(request.getRequestURI().replaceAll("/$", "") + "/" + upload);
		return ResponseEntity.created(location).header(TUS_RESUMABLE, TUS_VERSION).header("Upload-Offset", "0").build();
	}

	@RequestMapping(path = "/{uploadId}", method = RequestMethod.HEAD)
	@Operation(summary = "tus: the bytes stored so far (Upload-Offset), where to resume")
	ResponseEntity<Void> head(@PathVariable String caseId, @PathVariable String uploadId) {
		UploadStatus upload = upload(caseId, uploadId);
		return ResponseEntity.ok()
			.header(TUS_RESUMABLE, TUS_VERSION)
			.header("Upload-Offset", Long.toString(upload.offset()))
			.header("Upload-Length", Long.toString(upload.size()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.build();
	}

	@RequestMapping(path = "/{uploadId}", method = RequestMethod.PATCH)
	@Operation(summary = "tus: append the body at Upload-Offset (application/offset+octet-stream); 409 if the offset is not the stored one")
	ResponseEntity<?> patch(@PathVariable String caseId, @PathVariable String uploadId,
			@RequestHeader(value = "Upload-Offset", required = false) String offset, HttpServletRequest request)
			throws IOException {
		if (request.getContentType() == null || !request.getContentType().startsWith("application/offset+octet-stream")) {
			org.springframework.http.ProblemDetail problem = org.hanoinet.node.ErrorProblems.of(415, request.getRequestURI(), false);
			problem.setDetail("A tus PATCH carries the bytes as Content-Type application/offset+octet-stream.");
			return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).header(TUS_RESUMABLE, TUS_VERSION)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		if (offset == null || !offset.matches("\\d{1,19}")) {
			throw new InvalidValue("Upload-Offset", "Give the offset the bytes start at in the Upload-Offset header.");
		}
		UploadStatus upload = upload(caseId, uploadId);
		long stored = uploads.append(upload.id(), Long.parseLong(offset), request.getInputStream());
		ResponseEntity.HeadersBuilder<?> response = ResponseEntity.noContent()
			.header(TUS_RESUMABLE, TUS_VERSION)
			.header("Upload-Offset", Long.toString(stored));
		if (stored == upload.size()) {
			EvidenceItem item = uploads.complete(upload.id());
			response.header(ITEM_HEADER, item.id().toString()).header("Evidence-Sha256", item.sha256());
		}
		return response.build();
	}

	private UploadStatus upload(String caseId, String uploadId) {
		UploadStatus upload = uploads.upload(actors.handler(), UploadId.of(uploadId));
		if (!upload.caseId().equals(CaseId.of(caseId))) {
			throw new org.hanoinet.evidence.EvidenceNotFound(uploadId);
		}
		return upload;
	}

	/** tus metadata: comma-separated {@code key base64value} pairs. */
	private static Map<String, String> metadata(String header) {
		Map<String, String> values = new HashMap<>();
		if (header == null || header.isBlank()) {
			return values;
		}
		for (String pair : header.split(",")) {
			String[] parts = pair.strip().split(" ", 2);
			try {
				values.put(parts[0], parts.length < 2 ? "" : new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException notBase64) {
				throw new InvalidValue("Upload-Metadata", "The value of '" + parts[0] + "' in Upload-Metadata is not base64.");
			}
		}
		return values;
	}
}
