package org.hanoinet.cooperation.web.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.hanoinet.audit.AuditLeaf;
import org.hanoinet.audit.AuditLog;
import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.Conditions;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.FormElement.Requirement;
import org.hanoinet.cooperation.LegalBasis;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * The formal letter of a sent request, as a paper copy that can be checked against the case's chain: the
 * letterhead of both sides, the date and reference, the type and the Convention article, the legal and offence
 * basis, the contents under the labels of the type's form, the conditions and the urgency, and the SHA-256 of the
 * sending event as text and as a QR code. Works for any {@link org.hanoinet.cooperation.CaseType} from its data.
 * <p>
 * The sending event is the supervisor's approval ({@link Act#APPROVE}): the act by which the requesting State
 * sends the request (four-eyes), which records the hash of the contents sent. Before it no letter exists.
 */
@Component
public class FormalLetters {

	private final LetterTemplates templates;

	private final Directory directory;

	private final AuditLog audit;

	FormalLetters(LetterTemplates templates, Directory directory, AuditLog audit) {
		this.templates = templates;
		this.directory = directory;
		this.audit = audit;
	}

	/**
	 * The letter of {@code request} in its language; {@code nodeUrl} is where readers check it (this node's URL).
	 *
	 * @throws LetterNotSent before the request is approved and sent
	 * @throws LetterLanguageUnavailable when no template exists for the request's language
	 */
	public FormalLetter write(Case request, String nodeUrl) {
		CaseEvent sending = sendingEvent(request);
		RequestContents contents = request.contents();
		LetterTemplate template = templates.of(contents.language())
			.orElseThrow(() -> new LetterLanguageUnavailable(String.valueOf(contents.language()), List.copyOf(templates.languages())));
		if (!request.contentsHash().equals(sending.details().get("contentsHash"))) {
			throw new IllegalStateException("The contents of case " + request.id() + " differ from those its approval recorded.");
		}
		return new FormalLetter(LetterPdf.render(text(request, sending, template, nodeUrl.replaceAll("/+$", ""))),
				template.language(), sending);
	}

	/** The event whose hash the letter carries: the approval that sent the request. */
	public static CaseEvent sendingEvent(Case request) {
		return request.events()
			.stream()
			.filter(event -> event.act() == Act.APPROVE)
			.findFirst()
			.orElseThrow(() -> new LetterNotSent(request.status()));
	}

	private LetterText text(Case request, CaseEvent sending, LetterTemplate template, String nodeUrl) {
		RequestContents contents = request.contents();
		int article = request.type().article();
		List<String> basis = new ArrayList<>();
		LegalBasis legal = contents.legalBasis();
		basis.add(legal.kind() == LegalBasis.Kind.CONVENTION
				? template.text("basis.CONVENTION", String.valueOf(legal.article()))
				: template.text("basis." + legal.kind().name(), String.valueOf(legal.instrument()), String.valueOf(article)));
		OffenceBasis offence = contents.offenceBasis();
		if (offence != null) {
			basis.add(offence.kind() == OffenceBasis.Kind.CONVENTION_OFFENCE
					? template.text("offence.CONVENTION_OFFENCE", String.valueOf(offence.article()))
					: template.text("offence." + offence.kind().name(), offence.description()));
		}
		if (contents.follows() != null) {
			basis.add(template.text("follows", contents.follows().toString()));
		}
		List<LetterText.Entry> entries = new ArrayList<>();
		for (Requirement requirement : request.type().form()) {
			String answer = answer(contents, requirement.element(), template);
			if (answer != null) {
				entries.add(new LetterText.Entry(template.elementLabel(requirement.element()) + " ("
						+ template.reference(requirement.reference()) + ")", answer));
			}
		}
		String auditUrl = nodeUrl + "/audit?q=" + sending.hash();
		String leaf = audit.search(sending.hash(), 20)
			.stream()
			.filter(candidate -> candidate.type().equals(sending.auditType()))
			.findFirst()
			.map(AuditLeaf::index)
			.map(index -> auditUrl + " (" + template.text("verification.leaf", String.valueOf(index)) + ")")
			.orElse(auditUrl);
		return new LetterText(template.text("title"), side(request.requesting(), "heading.requesting", template),
				side(request.requested(), "heading.requested", template),
				template.text("date", template.date(sending.occurredAt())), template.text("reference", request.id().toString()),
				template.text("subject", template.typeName(request.type()), String.valueOf(article)),
				template.text("urgency." + contents.urgency().name()), contents.urgency() != Urgency.ROUTINE,
				template.text("opening"), basis, template.text("contents"), entries, template.text("conditions"),
				conditions(contents.conditions(), template), template.text("closing"),
				template.text("approved", template.date(sending.occurredAt()), template.time(sending.occurredAt()),
						sending.actorUser()),
				template.text("verification"), template.text("verification.hash", String.valueOf(sending.sequence())),
				sending.hash(), template.text("verification.contents", sending.details().get("contentsHash")),
				template.text("verification.how", nodeUrl + "/cases/" + request.id(), String.valueOf(sending.sequence()), leaf),
				template.language());
	}

	private LetterText.Side side(Party party, String heading, LetterTemplate template) {
		Authority authority = directory.authority(party.authority()).orElse(null);
		if (authority == null) {
			return new LetterText.Side(template.text(heading), template.stateName(party.state()), party.authority().toString(),
					null, null);
		}
		String local = authority.localName() == null || authority.localName().equals(authority.name()) ? null
				: authority.localName();
		return new LetterText.Side(template.text(heading), template.stateName(party.state()), authority.name(), local,
				authority.email() + " · " + authority.phone());
	}

	private static String answer(RequestContents contents, FormElement element, LetterTemplate template) {
		String answer = contents.answer(element);
		if (answer == null) {
			return null;
		}
		// kinds of answer added later print as written
		return switch (element.kind()) {
			case DAYS -> template.text("answer.days", answer);
			case AFFIRMATION -> template.text("answer.affirmed");
			case ASSISTANCE_TYPES -> contents.assistanceTypes()
				.stream()
				.map(template::assistanceName)
				.collect(Collectors.joining("; "));
			default -> answer;
		};
	}

	private static List<String> conditions(Conditions conditions, LetterTemplate template) {
		List<String> lines = new ArrayList<>();
		if (conditions.confidential()) {
			lines.add(template.text("condition.confidential"));
		}
		if (conditions.limitedUse()) {
			lines.add(template.text("condition.limitedUse"));
		}
		if (conditions.dataProtection() != null) {
			lines.add(template.text("condition.dataProtection", conditions.dataProtection()));
		}
		if (lines.isEmpty()) {
			lines.add(template.text("condition.none"));
		}
		return lines;
	}
}
