package org.hanoinet.exchange.web;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.exchange.EvidenceTransfers;
import org.hanoinet.exchange.EvidenceTransfers.EvidencePackage;
import org.hanoinet.exchange.EvidenceTransfers.EvidenceTransfer;
import org.hanoinet.identity.AccessRefused;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.Role;
import org.hanoinet.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Evidence transfers of a case for national case systems: offer a package of the case's items to the node serving
 * the other side, and follow the transfers in both directions (bytes fetched, state, last error). Scoped to the
 * caller's State: another State's case is 404.
 */
@RestController
@Tag(name = "Evidence transfer", description = "Packages of evidence items pulled by the counterpart node, verified chunk by chunk")
class EvidenceTransferApi {

	static final Set<Role> OFFERING = EnumSet.of(Role.DUTY_OFFICER, Role.CASE_HANDLER, Role.SUPERVISOR);

	static final Set<Role> READING = EnumSet.of(Role.DUTY_OFFICER, Role.CASE_HANDLER, Role.SUPERVISOR, Role.AUDITOR);

	private final EvidenceTransfers transfers;

	private final CaseManagement cases;

	private final CurrentCaller callers;

	EvidenceTransferApi(EvidenceTransfers transfers, CaseManagement cases, CurrentCaller callers) {
		this.transfers = transfers;
		this.cases = cases;
		this.callers = callers;
	}

	@PostMapping("/api/v1/cases/{id}/evidence/packages")
	@Operation(summary = "Offer items of the case held here to the node serving the other side; it pulls and verifies them")
	ResponseEntity<EvidencePackage> offer(@PathVariable UUID id, @RequestBody(required = false) Offer offer) {
		Caller caller = caller(OFFERING);
		visible(caller, id);
		if (offer == null || offer.items() == null) {
			throw new InvalidValue("items", "Name the ids of the items to offer.");
		}
		EvidencePackage offered = transfers.offer(new CaseId(id), caller.state(), offer.items(), caller.id().toString());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/evidence/transfers")).body(offered);
	}

	@GetMapping("/api/v1/cases/{id}/evidence/transfers")
	@Operation(summary = "The transfers of the case's evidence items in both directions: bytes fetched of the total, state, last error")
	List<EvidenceTransfer> transfers(@PathVariable UUID id) {
		visible(caller(READING), id);
		return transfers.ofCase(new CaseId(id));
	}

	/** The caller, if it holds one of the roles. */
	Caller caller(Set<Role> roles) {
		Caller caller = callers.require();
		if (caller.roles().stream().noneMatch(roles::contains)) {
			throw new AccessRefused("Evidence of a case is handled by duty officers, case handlers and supervisors of its States.");
		}
		return caller;
	}

	/** Refuses with 404 a case the caller's State is not a side of. */
	void visible(Caller caller, UUID id) {
		try {
			cases.find(caller.state(), new CaseId(id));
		}
		catch (CaseNotFound unknown) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No case " + id + " of your State.");
			problem.setType(URI.create("urn:hanoinet:problem:case-not-found"));
			problem.setTitle("No such case");
			throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, unknown);
		}
	}

	/**
	 * What to offer.
	 *
	 * @param items the ids of the case's items held here
	 */
	record Offer(List<UUID> items) {
	}
}
