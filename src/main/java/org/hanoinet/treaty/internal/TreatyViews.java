package org.hanoinet.treaty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.ActionId;
import org.hanoinet.treaty.ActionKind;
import org.hanoinet.treaty.Confidence;
import org.hanoinet.treaty.ConventionStatus;
import org.hanoinet.treaty.DatePrecision;
import org.hanoinet.treaty.ParticipantCode;
import org.hanoinet.treaty.ParticipantStatus;
import org.hanoinet.treaty.Projection;
import org.hanoinet.treaty.RegionalGroup;
import org.hanoinet.treaty.RegistryBasis;
import org.hanoinet.treaty.RegistryUpdate;

/** The shapes of the treaty API's documents. */
final class TreatyViews {

	private TreatyViews() {
	}

	/**
	 * The Convention on a date. Counts include the European Union where it takes part (it is a party within its
	 * competence, art. 2); {@code instrumentsCounted} excludes its instrument (art. 65(1)). {@code byRegionalGroup}
	 * counts signatories: the five UN regional groups, {@code NON_MEMBER} for the State of Palestine and {@code REIO}
	 * for the European Union. {@code dataAsOf} says what the registry's data stands on.
	 */
	record StatusView(LocalDate date, long signatories, long contractingStates, long parties, boolean inForce, LocalDate entryIntoForce,
			int instrumentsCounted, int instrumentsNeeded, int instrumentsMissing, Map<RegionalGroup, Long> byRegionalGroup,
			Map<RegionalGroup, Long> partiesByRegionalGroup, BasisView dataAsOf) {

		static StatusView of(ConventionStatus status, Optional<RegistryBasis> basis) {
			return new StatusView(status.date(), status.signatories(), status.contracting(), status.parties(), status.inForce(),
					status.entryIntoForce(), status.instrumentsCounted(), status.instrumentsNeeded(), status.instrumentsMissing(),
					status.signatoriesByGroup(), status.partiesByGroup(), basis.map(BasisView::of).orElse(null));
		}
	}

	/**
	 * What the registry's data stands on: the depositary notification the last change brought it up to (null
	 * when it named none), the file that change read, and when.
	 */
	record BasisView(String notification, LocalDate notificationDate, String source, Instant recordedAt) {

		static BasisView of(RegistryBasis basis) {
			return new BasisView(basis.notified() ? basis.notification().reference() : null,
					basis.notified() ? basis.notification().date() : null, basis.source(), basis.recordedAt());
		}
	}

	/** What an update from the depositary's list did, or would do when {@code stored} is false. */
	record UpdateView(String notification, LocalDate notificationDate, boolean stored, List<ActionView> added, List<ActionView> changed,
			int unchanged, int notInList, int actions) {

		static UpdateView of(RegistryUpdate update) {
			return new UpdateView(update.notification().reference(), update.notification().date(), update.stored(),
					update.added().stream().map(ActionView::of).toList(), update.changed().stream().map(ActionView::of).toList(),
					update.unchanged(), update.notInList(), update.actions());
		}
	}

	/** A participant and its position on a date; {@code history} only in the single-participant document. */
	record ParticipantView(String code, String alpha2, String name, String kind, RegionalGroup group, String status, LocalDate signedOn,
			ActionKind instrument, LocalDate depositedOn, boolean instrumentCounted, LocalDate effectiveDate,
			LocalDate denunciationNotifiedOn, LocalDate denunciationEffectiveDate, List<ActionView> history) {

		static ParticipantView of(ParticipantStatus status, List<ActionView> history) {
			var participant = status.participant();
			return new ParticipantView(participant.code().value(), participant.alpha2().value(), participant.name(), participant.kind().name(),
					participant.group(), status.standing().name(), status.signedOn(), status.instrument(), status.depositedOn(),
					status.counted(), status.effectiveOn(), status.denunciationNotifiedOn(), status.denunciationEffectiveOn(), history);
		}
	}

	/** One recorded action, as exported, imported and shown in a participant's history. */
	record ActionView(String id, String participant, String kind, LocalDate date, String datePrecision, String place, Integer article,
			String detail, String confidence, String sources) {

		static ActionView of(Action action) {
			return new ActionView(action.id().toString(), action.participant().value(), action.kind().name(), action.date(),
					action.precision().label(), action.place(), action.article(), action.detail(), action.confidence().label(), action.sources());
		}

		Action toAction() {
			ActionId actionId = id == null || id.isBlank() ? ActionId.random() : ActionId.of(id);
			return new Action(actionId, ParticipantCode.of(participant), ActionKind.of(kind), date,
					datePrecision == null || datePrecision.isBlank() ? null : DatePrecision.of(datePrecision), place, article, detail,
					confidence == null || confidence.isBlank() ? null : Confidence.of(confidence), sources);
		}
	}

	/** The whole registry. */
	record RegistryDocument(String convention, LocalDate exportedOn, List<ActionView> actions) {
	}

	/** A what-if question: hypothetical deposits on top of the registry's real data. */
	record ProjectionRequest(List<Deposit> deposits) {
	}

	/** A hypothetical deposit (or signature, or denunciation). */
	record Deposit(String participant, String date, String kind) {
	}

	record ProjectionView(LocalDate entryIntoForce, int instrumentsCounted, int instrumentsNeeded, List<EffectView> participants) {

		static ProjectionView of(Projection projection) {
			return new ProjectionView(projection.entryIntoForce(), projection.instrumentsCounted(), projection.instrumentsNeeded(),
					projection.participants().stream().map(EffectView::of).toList());
		}
	}

	record EffectView(String participant, ActionKind instrument, LocalDate depositedOn, boolean counted, LocalDate effectiveDate,
			boolean hypothetical) {

		static EffectView of(Projection.Effect effect) {
			return new EffectView(effect.participant().value(), effect.instrument(), effect.depositedOn(), effect.counted(),
					effect.effectiveOn(), effect.hypothetical());
		}
	}
}
