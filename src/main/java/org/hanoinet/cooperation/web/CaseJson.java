package org.hanoinet.cooperation.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseStatus;
import org.hanoinet.cooperation.CaseSummary;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.Channel;
import org.hanoinet.cooperation.Conditions;
import org.hanoinet.cooperation.EventChain;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.LegalBasis;
import org.hanoinet.cooperation.Missing;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.RefusalGround;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.Urgency;

/** The JSON shapes of the cases API. */
final class CaseJson {

	private CaseJson() {
	}

	/** A new draft: its type, the authority it is addressed to and what it says so far. */
	record NewCase(CaseType type, UUID requestedAuthority, Contents contents) {
	}

	/** What a request says; every field may be left out of a draft. */
	record Contents(Basis legalBasis, Offence offenceBasis, Urgency urgency, String language, ConditionsJson conditions,
			Map<FormElement, String> elements, UUID follows) {

		RequestContents toDomain() {
			return new RequestContents(legalBasis == null ? null : legalBasis.toDomain(),
					offenceBasis == null ? null : offenceBasis.toDomain(), urgency, language,
					conditions == null ? null : conditions.toDomain(), elements, follows == null ? null : new CaseId(follows));
		}

		static Contents of(RequestContents contents) {
			LegalBasis basis = contents.legalBasis();
			OffenceBasis offence = contents.offenceBasis();
			Conditions conditions = contents.conditions();
			return new Contents(basis == null ? null : new Basis(basis.kind(), basis.article(), basis.instrument()),
					offence == null ? null : new Offence(offence.kind(), offence.article(), offence.description()),
					contents.urgency(), contents.language(),
					new ConditionsJson(conditions.confidential(), conditions.limitedUse(), conditions.dataProtection()),
					contents.elements(), contents.follows() == null ? null : contents.follows().value());
		}
	}

	/** The legal basis: CONVENTION with an article, TREATY with its name, or RECIPROCITY. */
	record Basis(LegalBasis.Kind kind, Integer article, String instrument) {

		LegalBasis toDomain() {
			return new LegalBasis(kind, article, instrument);
		}
	}

	/** The offence basis: CONVENTION_OFFENCE with an article 7-17, or SERIOUS_CRIME / OTHER with a description. */
	record Offence(OffenceBasis.Kind kind, Integer article, String description) {

		OffenceBasis toDomain() {
			return new OffenceBasis(kind, article, description);
		}
	}

	/** Confidentiality, limitation of use and data-protection conditions of the request. */
	record ConditionsJson(boolean confidential, boolean limitedUse, String dataProtection) {

		Conditions toDomain() {
			return new Conditions(confidential, limitedUse, dataProtection);
		}
	}

	/**
	 * What an act carries: its text (reasons, question, answer), refusal grounds, conditions, extension days, and
	 * the named fields of the acts of part 2 (thirdState; durationDays, participants, workState; decision, value,
	 * expenses, shared, sharing).
	 */
	record ActBody(String text, List<String> grounds, List<String> conditions, Integer days,
			java.util.Map<String, String> fields) {

		Set<RefusalGround> refusalGrounds() {
			return grounds == null ? Set.of()
					: grounds.stream().map(RefusalGround::of).collect(java.util.stream.Collectors.toSet());
		}
	}

	/** One side of a case. */
	record Side(String state, UUID authority) {

		static Side of(Party party) {
			return new Side(party.state().value(), party.authority().value());
		}
	}

	/** One event of the case's hash chain. */
	record Event(long sequence, UUID id, Act act, CaseStatus status, UUID actorAuthority, String actorUser,
			Instant occurredAt, SortedMap<String, String> details, String previousHash, String hash) {

		static Event of(CaseEvent event) {
			return new Event(event.sequence(), event.id(), event.act(), event.status(), event.actorAuthority().value(),
					event.actorUser(), event.occurredAt(), event.details(), event.previousHash(), event.hash());
		}
	}

	/**
	 * A case as its sides see it, with the acts the caller may perform now and its chain of events, followed by what
	 * the modules that follow cases add ({@code clocks}, {@code delivery}).
	 */
	record CaseView(UUID id, CaseType type, int article, CaseStatus status, Urgency urgency, Side requesting,
			Side requested, Contents contents, String drafter, List<String> offeredConditions,
			List<String> bindingConditions, boolean statusRequestPending, List<Act> allowedActs, List<Missing> missing,
			boolean chainIntact, List<Event> events, @JsonIgnore Map<String, Object> contributed) {

		static CaseView of(Case request, Actor viewer, List<Missing> missing, Map<String, Object> contributed) {
			return new CaseView(request.id().value(), request.type(), request.type().article(), request.status(),
					request.contents().urgency(), Side.of(request.requesting()), Side.of(request.requested()),
					Contents.of(request.contents()), request.drafter(), request.offeredConditions(),
					request.bindingConditions(), request.statusRequestPending(), request.allowedActs(viewer), missing,
					EventChain.isIntact(request.events()), request.events().stream().map(Event::of).toList(), contributed);
		}

		/** The contributed fields, written after the case's own. */
		@JsonAnyGetter
		Map<String, Object> contributions() {
			return contributed;
		}
	}

	/** One line of an inbox or outbox. */
	record Summary(UUID id, CaseType type, CaseStatus status, Urgency urgency, Side requesting, Side requested,
			Instant createdAt, Instant updatedAt) {

		static Summary of(CaseSummary summary) {
			return new Summary(summary.id().value(), summary.type(), summary.status(), summary.urgency(),
					Side.of(summary.requesting()), Side.of(summary.requested()), summary.createdAt(), summary.updatedAt());
		}
	}

	/** A type of request with its article, usual channel, allowed states, refusal grounds and form. */
	record TypeView(CaseType type, int article, Channel usualChannel, Set<CaseStatus> lifecycle,
			Set<RefusalGround> refusalGrounds, List<FormElement.Requirement> form, Set<Act> specificActs) {

		static TypeView of(CaseType type) {
			return new TypeView(type, type.article(), type.usualChannel(), type.lifecycle(), type.refusalGrounds(),
					type.form(), type.specificActs());
		}
	}
}
