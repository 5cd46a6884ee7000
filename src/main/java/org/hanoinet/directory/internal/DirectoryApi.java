package org.hanoinet.directory.internal;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.directory.Availability;
import org.hanoinet.directory.Designation;
import org.hanoinet.directory.DirectoryManagement;
import org.hanoinet.directory.Node;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.directory.Nodes;
import org.hanoinet.directory.OfficeHours;
import org.hanoinet.directory.Roster;
import org.hanoinet.directory.Rosters;
import org.hanoinet.directory.Secretariat;
import org.hanoinet.directory.Shift;
import org.hanoinet.directory.SignedDirectory;
import org.hanoinet.directory.TrustedDirectory;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretariat's work API. Reads are open; every write is a POST, PUT or DELETE under
 * {@code /api/v1/directory/**}, so that the identity module can reserve them to the SECRETARIAT role by URL.
 */
@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Directory", description = "Registers of central authorities and 24/7 points of contact; nodes and keys; the signed directory")
class DirectoryApi {

	private final Authorities authorities;

	private final Nodes nodes;

	private final DirectoryManagement management;

	private final Secretariat secretariat;

	private final TrustedDirectory trusted;

	private final Clock clock;

	private final Rosters rosters;

	private final PointsOfContactExport export;

	private final PointsOfContactPdf pdf;

	DirectoryApi(Authorities authorities, Nodes nodes, DirectoryManagement management, Secretariat secretariat,
			TrustedDirectory trusted, Clock clock, Rosters rosters, PointsOfContactExport export,
			PointsOfContactPdf pdf) {
		this.pdf = pdf;
		this.rosters = rosters;
		this.export = export;
		this.authorities = authorities;
		this.nodes = nodes;
		this.management = management;
		this.secretariat = secretariat;
		this.trusted = trusted;
		this.clock = clock;
	}

	@GetMapping("/authorities")
	@Operation(summary = "The register of authorities, optionally of one State, with ended designations")
	List<AuthorityBody> authorities(@RequestParam(required = false) String state) {
		List<Authority> found = state == null ? authorities.findAll() : authorities.findByState(CountryCode.of(state));
		return found.stream().map(AuthorityBody::of).toList();
	}

	@GetMapping("/authorities/{id}")
	@Operation(summary = "One authority of the register")
	AuthorityBody authority(@PathVariable String id) {
		return AuthorityBody.of(authorities.findById(AuthorityId.of(id)).orElseThrow(() -> notFound("authority", id)));
	}

	@PostMapping("/authorities")
	@Operation(summary = "Register a State's designation of an authority (secretariat)")
	ResponseEntity<AuthorityBody> register(@RequestBody AuthorityBody body, Principal user) {
		Authority registered = management.register(body.toAuthority(new AuthorityId(UUID.randomUUID()), now()), actor(user));
		return ResponseEntity.created(URI.create("/api/v1/directory/authorities/" + registered.id()))
			.body(AuthorityBody.of(registered));
	}

	@PutMapping("/authorities/{id}")
	@Operation(summary = "Change what the register says of an authority (secretariat)")
	AuthorityBody change(@PathVariable String id, @RequestBody AuthorityBody body, Principal user) {
		AuthorityId authorityId = AuthorityId.of(id);
		Authority existing = authorities.findById(authorityId).orElseThrow(() -> notFound("authority", id));
		return AuthorityBody.of(management.change(body.toAuthority(authorityId, existing.designation().validFrom()), actor(user)));
	}

	@DeleteMapping("/authorities/{id}")
	@Operation(summary = "End a designation, now or at a given time; the register keeps it as history (secretariat)")
	AuthorityBody end(@PathVariable String id, @RequestParam(required = false) Instant endsAt, Principal user) {
		return AuthorityBody.of(management.end(AuthorityId.of(id), endsAt, actor(user)));
	}

	@GetMapping("/nodes")
	@Operation(summary = "The nodes, their endpoints and Ed25519 keys, and the authorities they serve")
	List<NodeBody> nodes() {
		return nodes.findAll().stream().map(NodeBody::of).toList();
	}

	@PutMapping("/nodes/{id}")
	@Operation(summary = "Register another node: its endpoint, current public key and the authorities it serves (secretariat)")
	NodeBody register(@PathVariable String id, @RequestBody NodeRegistration registration, Principal user) {
		byte[] raw;
		try {
			raw = Base64.getUrlDecoder().decode(registration.publicKey() == null ? "" : registration.publicKey());
		}
		catch (IllegalArgumentException notBase64) {
			throw new InvalidValue("publicKey", "The public key must be base64url.");
		}
		if (raw.length != 32) {
			throw new InvalidValue("publicKey", "A node key must be a raw 32-byte Ed25519 public key in base64url.");
		}
		if (registration.endpoint() == null) {
			throw new InvalidValue("endpoint", "A node needs the URL at which other nodes reach it.");
		}
		List<AuthorityId> served = registration.authorities() == null ? List.of()
				: registration.authorities().stream().map(AuthorityId::of).toList();
		return NodeBody.of(management.registerNode(id, registration.endpoint(), raw, served, actor(user)));
	}

	@PostMapping("/nodes/{id}/keys")
	@Operation(summary = "Rotate a node key: the old key stays valid until oldKeyValidUntil (secretariat)")
	NodeBody rotate(@PathVariable String id, @RequestBody KeyRotation rotation, Principal user) {
		byte[] raw;
		try {
			raw = Base64.getUrlDecoder().decode(rotation.publicKey() == null ? "" : rotation.publicKey());
		}
		catch (IllegalArgumentException notBase64) {
			throw new InvalidValue("publicKey", "The public key must be base64url.");
		}
		if (raw.length != 32) {
			throw new InvalidValue("publicKey", "A node key must be a raw 32-byte Ed25519 public key in base64url.");
		}
		return NodeBody.of(management.rotateNodeKey(id, raw, rotation.oldKeyValidUntil(), actor(user)));
	}

	@GetMapping("/publications")
	@Operation(summary = "Every version of the directory published here, newest first")
	List<PublicationBody> publications() {
		return secretariat.history().stream().map(PublicationBody::of).toList();
	}

	@PostMapping("/publications")
	@Operation(summary = "Sign and publish the registers as the next version of the directory (secretariat)")
	ResponseEntity<PublicationBody> publish(Principal user) {
		SignedDirectory signed = secretariat.publish(actor(user));
		return ResponseEntity.status(HttpStatus.CREATED).body(PublicationBody.of(signed));
	}

	@GetMapping("/trust")
	@Operation(summary = "The directory this node relies on: version, expiry, and the last refusal if any")
	TrustBody trust() {
		return new TrustBody(trusted.secretariat(), trusted.current().map(current -> current.version()).orElse(null),
				trusted.current().map(current -> current.expiresAt()).orElse(null),
				trusted.current().map(current -> current.authorities().size()).orElse(0),
				trusted.lastRefusal().map(refusal -> refusal.reason().name()).orElse(null),
				trusted.lastRefusal().map(refusal -> refusal.detail()).orElse(null), secretariat.publicKey().orElse(null));
	}

	@GetMapping(value = "/points-of-contact.csv", produces = "text/csv")
	@Operation(summary = "The yearly list of 24/7 points of contact (art. 41) as CSV")
	ResponseEntity<String> pointsOfContact(@RequestParam(required = false) Integer year) {
		Year listed = year == null ? Year.now(clock) : Year.of(year);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"points-of-contact-" + listed + ".csv\"")
			.body(export.csv(listed));
	}

	@GetMapping(value = "/points-of-contact.pdf", produces = "application/pdf")
	@Operation(summary = "The yearly list of 24/7 points of contact (art. 41) as PDF, for circulation")
	ResponseEntity<byte[]> pointsOfContactPdf(@RequestParam(required = false) Integer year) {
		Year listed = year == null ? Year.now(clock) : Year.of(year);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"points-of-contact-" + listed + ".pdf\"")
			.body(pdf.pdf(listed));
	}

	@PostMapping("/authorities/{id}/shifts")
	@Operation(summary = "Add a duty shift to a 24/7 point of contact's roster, in its local time (secretariat)")
	ResponseEntity<Shift> schedule(@PathVariable String id, @RequestBody ShiftBody body, Principal user) {
		Shift shift = rosters.schedule(AuthorityId.of(id), body.officer(), body.startsAt(), body.endsAt(), actor(user));
		return ResponseEntity.status(HttpStatus.CREATED).body(shift);
	}

	@GetMapping("/authorities/{id}/on-duty")
	@Operation(summary = "Who is on duty now at a 24/7 point of contact, and the gaps in today's coverage (its local day)")
	DutyBody onDuty(@PathVariable String id) {
		AuthorityId authority = AuthorityId.of(id);
		LocalDate today = rosters.today(authority);
		return new DutyBody(today, rosters.onDutyNow(authority).stream().map(Shift::officer).toList(),
				rosters.gaps(authority, today));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static String actor(Principal user) {
		return user == null ? "anonymous" : user.getName();
	}

	private static ErrorResponseException notFound(String what, String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what + " '" + id + "' is registered.");
		problem.setType(URI.create("urn:hanoinet:problem:" + what + "-not-found"));
		problem.setTitle("Not registered");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

	/** An authority as the API reads and writes it. */
	record AuthorityBody(String id, String state, String kind, String name, String localName, String email,
			String phone, List<String> languages, String timeZone, String availability, LocalTime officeOpens,
			LocalTime officeCloses, Instant validFrom, Instant validTo) {

		static AuthorityBody of(Authority authority) {
			OfficeHours hours = authority.officeHours();
			return new AuthorityBody(authority.id().toString(), authority.state().value(), authority.kind().name(),
					authority.name(), authority.localName(), authority.email(), authority.phone(), authority.languages(),
					authority.timeZone().getId(), authority.availability().name(), hours == null ? null : hours.opens(),
					hours == null ? null : hours.closes(), authority.designation().validFrom(),
					authority.designation().validTo());
		}

		Authority toAuthority(AuthorityId id, Instant defaultValidFrom) {
			return new Authority(id, CountryCode.of(state), enumValue(AuthorityKind.class, "kind", kind), name, localName,
					email, phone, languages, Authority.timeZone(timeZone == null ? "" : timeZone),
					availability == null ? Availability.ROUND_THE_CLOCK : enumValue(Availability.class, "availability", availability),
					officeOpens == null && officeCloses == null ? null : new OfficeHours(officeOpens, officeCloses),
					new Designation(validFrom == null ? defaultValidFrom : validFrom, validTo));
		}

		private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
			try {
				return Enum.valueOf(type, value == null ? "" : value);
			}
			catch (IllegalArgumentException unknown) {
				throw new InvalidValue(field, "'" + value + "' is not one of " + List.of(type.getEnumConstants()) + ".");
			}
		}
	}

	/** A shift to add, in the authority's local time. */
	record ShiftBody(String officer, LocalDateTime startsAt, LocalDateTime endsAt) {
	}

	/** Who is on duty now, and today's uncovered hours, in the authority's local time. */
	record DutyBody(LocalDate localDate, List<String> onDuty, List<Roster.Gap> gaps) {
	}

	/** A node with its endpoint, keys and the ids of the authorities it serves. */
	record NodeBody(String id, URI endpoint, List<NodeKey> keys, List<String> authorities) {

		static NodeBody of(Node node) {
			return new NodeBody(node.id(), node.endpoint(), node.keys(),
					node.authorities().stream().map(AuthorityId::toString).toList());
		}
	}

	/** A node to register: where it is reached, its raw Ed25519 public key (base64url) and the authorities it serves. */
	record NodeRegistration(URI endpoint, String publicKey, List<String> authorities) {
	}

	/** A key rotation: the node's new public key, and until when its current key stays valid. */
	record KeyRotation(String publicKey, Instant oldKeyValidUntil) {
	}

	/** A published version, without its content. */
	record PublicationBody(long version, Instant issuedAt, Instant expiresAt, String keyId) {

		static PublicationBody of(SignedDirectory signed) {
			return new PublicationBody(signed.version(), signed.issuedAt(), signed.expiresAt(), signed.keyId());
		}
	}

	/** What this node trusts. */
	record TrustBody(boolean secretariat, Long version, Instant expiresAt, int authorities, String refused,
			String refusalReason, String secretariatKey) {
	}
}
