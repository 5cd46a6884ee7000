package org.hanoinet.cooperation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, sending and answering cooperation requests. Every act is stored with its event in one transaction
 * and published as a {@link CaseEvent}, so the audit log and the legal clocks record it atomically. Every read
 * is scoped to the caller's State: a case of other States is {@link CaseNotFound}. The other side's acts, when its
 * node is another, arrive through {@link CaseIntake}.
 */
@Service
public class CaseManagement {

	/** How the node names itself when it records the delivery of a request between two authorities it serves. */
	static final String NODE_ACTOR = "hanoinet-node";

	private final Cases cases;

	private final Directory directory;

	private final Admissibility admissibility;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CooperationRules rules;

	CaseManagement(Cases cases, Directory directory, Admissibility admissibility, ApplicationEventPublisher events,
			Clock clock, CooperationRules rules) {
		this.rules = rules;
		this.cases = cases;
		this.directory = directory;
		this.admissibility = admissibility;
		this.events = events;
		this.clock = clock;
	}

	/** The drafter's authority starts a request of {@code type} to {@code requestedAuthority}. */
	@Transactional
	public Case draft(Actor drafter, CaseType type, AuthorityId requestedAuthority, RequestContents contents) {
		if (type == null) {
			throw new InvalidValue("type", "Choose the type of request.");
		}
		if (requestedAuthority == null) {
			throw new InvalidValue("requestedAuthority", "Choose the authority the request is addressed to.");
		}
		Authority requested = directory.authority(requestedAuthority)
			.orElseThrow(() -> new InvalidValue("requestedAuthority",
					"No authority " + requestedAuthority + " is in the directory of authorities."));
		if (!requested.designatedAt(clock.instant())) {
			throw new InvalidValue("requestedAuthority", requested.name() + " is no longer designated; address a current authority.");
		}
		if (requested.state().equals(drafter.state())) {
			throw new InvalidValue("requestedAuthority", "A request goes to another State's authority, not to your own State's.");
		}
		Case draft = Case.draft(new CaseId(UUID.randomUUID()), type, new Party(drafter.state(), drafter.authority()),
				new Party(requested.state(), requested.id()), contents, drafter, clock);
		checkFollowedCase(draft, contents);
		cases.add(draft);
		publish(draft);
		return draft;
	}

	/** The drafter changes what the draft says. */
	@Transactional
	public Case edit(Actor actor, CaseId id, RequestContents contents) {
		Case request = find(actor.state(), id);
		checkFollowedCase(request, contents);
		request.edit(actor, contents);
		return save(request);
	}

	/**
	 * Everything that keeps the request from being sent today: missing or malformed contents, a language the
	 * requested State does not accept, the Convention as basis where a State is not a party; and the warnings, which
	 * do not keep it from being sent.
	 */
	@Transactional(readOnly = true)
	public List<Missing> check(CountryCode viewer, CaseId id) {
		return problems(find(viewer, id));
	}

	/** The drafter hands a complete and admissible request to a supervisor. */
	@Transactional
	public Case submitForApproval(Actor actor, CaseId id) {
		Case request = find(actor.state(), id);
		refuseIfInadmissible(request);
		request.submitForApproval(actor);
		return save(request);
	}

	/** A supervisor sends the request back to its drafter. */
	@Transactional
	public Case returnForChanges(Actor supervisor, CaseId id, String reasons) {
		Case request = find(supervisor.state(), id);
		request.returnForChanges(supervisor, reasons);
		return save(request);
	}

	/**
	 * A supervisor other than the drafter approves and so sends the request, after the legal conditions are
	 * checked again on today's date. A request to an authority this node serves is delivered at once.
	 */
	@Transactional
	public Case approve(Actor supervisor, CaseId id) {
		Case request = find(supervisor.state(), id);
		refuseIfInadmissible(request);
		request.approve(supervisor);
		if (directory.servedHere(request.requested().authority())) {
			request.recordDelivery(new Actor(request.requested().authority(), request.requested().state(), NODE_ACTOR, false));
		}
		return save(request);
	}

	/** Any other act of either side, with what it carries. */
	@Transactional
	public Case perform(Actor actor, CaseId id, Act act, ActInput input) {
		Case request = find(actor.state(), id);
		ActInput given = input == null ? ActInput.none() : input;
		switch (act) {
			case DRAFT, EDIT_DRAFT, SUBMIT_FOR_APPROVAL, APPROVE ->
				throw new InvalidValue("act", "Use the dedicated operation for " + act + ".");
			case RETURN_FOR_CHANGES -> request.returnForChanges(actor, given.text());
			case RECORD_DELIVERY -> request.recordDelivery(actor);
			case ACKNOWLEDGE -> request.acknowledge(actor);
			case START_REVIEW -> request.startReview(actor);
			case REQUEST_INFORMATION -> request.requestInformation(actor, given.text());
			case PROVIDE_INFORMATION -> request.provideInformation(actor, given.text());
			case CONSULT -> request.assistance().consult(actor, given.text());
			case ACCEPT -> request.accept(actor);
			case ACCEPT_WITH_CONDITIONS -> request.assistance().acceptWithConditions(actor, given.conditions());
			case ACCEPT_CONDITIONS -> request.assistance().acceptConditions(actor);
			case POSTPONE -> request.assistance().postpone(actor, given.text());
			case RESUME -> request.assistance().resume(actor);
			case REFUSE -> request.assistance().refuse(actor, given.grounds(), given.text(),
					admissibility.reservedGrounds(request.requested().state(), request.type()), given.field("nonCoercive"));
			case START_EXECUTION -> request.startExecution(actor);
			case REPORT_PARTIAL_EXECUTION -> request.reportPartialExecution(actor, given.text());
			case EXECUTE -> request.execute(actor);
			case CLOSE -> request.close(actor);
			case WITHDRAW -> request.withdraw(actor, given.text());
			case NOTIFY_NO_LONGER_NEEDED -> request.assistance().notifyNoLongerNeeded(actor, given.text());
			case REQUEST_STATUS -> request.assistance().requestStatus(actor);
			case ANSWER_STATUS -> request.assistance().answerStatus(actor, given.text());
			case NOTIFY_CONFIDENTIALITY_NOT_KEPT -> request.assistance().notifyConfidentialityNotKept(actor, given.text());
			case WARN_PRESERVATION_AT_RISK -> request.dataRequests().warnPreservationAtRisk(actor, given.text());
			case EXTEND_PRESERVATION -> request.dataRequests().requestPreservationExtension(actor,
					given.days() == null ? 60 : given.days(), given.text());
			case GRANT_PRESERVATION_EXTENSION -> request.dataRequests().grantPreservationExtension(actor, given.days());
			case DECLINE_PRESERVATION_EXTENSION -> request.dataRequests().declinePreservationExtension(actor, given.text());
			case REQUEST_PROSECUTION_INSTEAD -> {
				CaseId transfer = new CaseId(UUID.randomUUID());
				request.extraditionAndTransfers().requestProsecutionInstead(actor, transfer);
				Case proceedings = Case.draft(transfer, CaseType.PROCEEDINGS_TRANSFER, request.requesting(), request.requested(),
						prosecutionInstead(request, given.text()), actor, clock);
				save(request);
				cases.add(proceedings);
				publish(proceedings);
				return request;
			}
			case OFFER_CONDITIONAL_SURRENDER -> request.extraditionAndTransfers().offerConditionalSurrender(actor, given.text());
			case HAND_OVER_FILE -> request.extraditionAndTransfers().handOverFile(actor, given.text());
			case AGREE_JOINT_INVESTIGATION -> request.jointInvestigations().agreeJointInvestigation(actor,
					given.days() != null ? given.days() : wholeNumber(given.field("durationDays")), given.field("participants"),
					given.field("workState"));
			case NOTIFY_EXCULPATORY_DISCLOSURE -> request.spontaneousInformation().notifyExculpatoryDisclosure(actor, given.text());
			case DISCLOSE_EXCULPATORY -> request.spontaneousInformation().discloseExculpatory(actor, given.text(),
					given.field("exceptional"));
			case AUTHORIZE_FORWARDING -> request.spontaneousInformation().authorizeForwarding(actor, state(given.field("thirdState")));
			case FORWARD_TO_THIRD_STATE -> request.spontaneousInformation().forwardToThirdState(actor,
					state(given.field("thirdState")), given.text());
			case INVITE_REASONS_TO_MAINTAIN -> request.assetRecovery().inviteReasonsToMaintain(actor, given.text());
			case PRESENT_REASONS_TO_MAINTAIN -> request.assetRecovery().presentReasonsToMaintain(actor, given.text());
			case LIFT_MEASURE -> request.assetRecovery().liftMeasure(actor, given.grounds(), given.text());
			case DECIDE_RETURN -> request.assetRecovery().decideReturn(actor, given.field("decision"), amount("value", given.field("value")),
					amount("expenses", given.field("expenses")), amount("shared", given.field("shared")), given.field("sharing"),
					given.text(), rules.returnExpensesDeductible());
		}
		return save(request);
	}

	/**
	 * The workspace of a joint investigation (art. 48): the cases of either State that follow it, between the same
	 * two States in either direction, with the investigation itself first.
	 */
	@Transactional(readOnly = true)
	public List<CaseSummary> workspace(CountryCode viewer, CaseId jointInvestigation) {
		Case investigation = find(viewer, jointInvestigation);
		return cases.following(investigation.id());
	}

	/** The transfer of proceedings that follows an extradition refused solely on nationality, prefilled from it (art. 37). */
	private static RequestContents prosecutionInstead(Case extradition, String file) {
		RequestContents refused = extradition.contents();
		java.util.Map<FormElement, String> elements = new java.util.EnumMap<>(FormElement.class);
		elements.put(FormElement.PERSON_SOUGHT, refused.answer(FormElement.PERSON_SOUGHT));
		elements.put(FormElement.OFFENCES, refused.answer(FormElement.OFFENCES));
		elements.put(FormElement.PROCEEDINGS_FILE, file);
		elements.put(FormElement.TRANSFER_REASONS, "Extradition of the person was refused solely because they are a national of "
				+ extradition.requested().state().value() + "; the requesting State asks that the case be submitted without undue delay"
				+ " to its competent authorities for prosecution (art. 37).");
		elements.put(FormElement.GOVERNING_INSTRUMENT, refused.legalBasis() == null ? null : refused.legalBasis().describe());
		return new RequestContents(refused.legalBasis(), refused.offenceBasis(), refused.urgency(), refused.language(),
				refused.conditions(), elements, extradition.id());
	}

	private static Integer wholeNumber(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notNumber) {
			throw new InvalidValue("days", "'" + text + "' is not a whole number of days.");
		}
	}

	private static CountryCode state(String code) {
		return code == null || code.isBlank() ? null : CountryCode.of(code);
	}

	private static Amount amount(String field, String text) {
		return text == null || text.isBlank() ? null : Amount.of(field, text);
	}

	/** The case as stored, without scoping: for modules that carry it between nodes, never for display. */
	@Transactional(readOnly = true)
	public java.util.Optional<Case> load(CaseId id) {
		return cases.find(id);
	}

	/** The case, if the viewer's State is one of its two sides. */
	@Transactional(readOnly = true)
	public Case find(CountryCode viewer, CaseId id) {
		Case request = cases.find(id).orElseThrow(() -> new CaseNotFound(id));
		if (!request.requesting().state().equals(viewer) && !request.requested().state().equals(viewer)) {
			throw new CaseNotFound(id);
		}
		return request;
	}

	/** Requests addressed to the viewer's authority (or, for a supervisor, to any authority of their State). */
	@Transactional(readOnly = true)
	public List<CaseSummary> inbox(Actor viewer, int limit) {
		return cases.of(viewer.state(), viewer.supervisor() ? null : viewer.authority(), Side.REQUESTED, limit);
	}

	/** Requests sent or drafted by the viewer's authority (or, for a supervisor, by any authority of their State). */
	@Transactional(readOnly = true)
	public List<CaseSummary> outbox(Actor viewer, int limit) {
		return cases.of(viewer.state(), viewer.supervisor() ? null : viewer.authority(), Side.REQUESTING, limit);
	}

	/**
	 * A request follows up an earlier case between the same two States (a preservation followed by access to
	 * the data); disclosure of traffic data under art. 43 happens inside a preservation.
	 */
	private void checkFollowedCase(Case request, RequestContents contents) {
		if (contents == null || contents.follows() == null) {
			return;
		}
		Case followed = find(request.requesting().state(), contents.follows());
		boolean sameStates = followed.requesting().state().equals(request.requesting().state())
				&& followed.requested().state().equals(request.requested().state())
				|| followed.type() == CaseType.JOINT_INVESTIGATION
						&& followed.requesting().state().equals(request.requested().state())
						&& followed.requested().state().equals(request.requesting().state());
		if (!sameStates) {
			throw new InvalidValue("follows", "A request follows up only an earlier case between the same requesting and requested States.");
		}
		if (request.type() == CaseType.TRAFFIC_DATA_DISCLOSURE && followed.type() != CaseType.PRESERVATION) {
			throw new InvalidValue("follows", "Disclosure of traffic data (art. 43) follows a preservation request (art. 42).");
		}
	}

	private List<Missing> problems(Case request) {
		List<Missing> problems = new ArrayList<>(request.missing());
		Authority requested = directory.authority(request.requested().authority())
			.orElseThrow(() -> new IllegalStateException("The requested authority of case " + request.id() + " left the directory"));
		problems.addAll(admissibility.problems(request, requested, LocalDate.now(clock)));
		return problems;
	}

	private void refuseIfInadmissible(Case request) {
		List<Missing> problems = problems(request).stream().filter(problem -> !problem.warning()).toList();
		if (!problems.isEmpty()) {
			throw new RequestIncomplete(problems);
		}
	}

	private Case save(Case request) {
		cases.update(request);
		publish(request);
		return request;
	}

	private void publish(Case request) {
		request.unsavedEvents().forEach(events::publishEvent);
		request.markSaved();
	}
}
