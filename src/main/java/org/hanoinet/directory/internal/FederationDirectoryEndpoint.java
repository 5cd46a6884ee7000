package org.hanoinet.directory.internal;

import java.net.URI;

import org.hanoinet.directory.TrustedDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /federation/v1/directory}: the signed directory, public, as a compact JWS
 * ({@code application/jose}). The secretariat serves its latest version; any other node serves the copy it
 * verified, so nodes may also fetch from each other.
 */
@RestController
class FederationDirectoryEndpoint {

	static final MediaType JOSE = MediaType.parseMediaType("application/jose");

	private final TrustedDirectory directory;

	FederationDirectoryEndpoint(TrustedDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/federation/v1/directory")
	ResponseEntity<String> directory() {
		return directory.signed()
			.map(signed -> ResponseEntity.ok()
				.contentType(JOSE)
				.header("X-HanoiNet-Directory-Version", Long.toString(signed.version()))
				.body(signed.jws()))
			.orElseThrow(() -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
						"This node holds no signed directory yet.");
				problem.setType(URI.create("urn:hanoinet:problem:directory-not-available"));
				problem.setTitle("No directory yet");
				return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
			});
	}
}
