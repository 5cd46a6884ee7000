package org.hanoinet.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.hanoinet.directory.Authority;
import org.hanoinet.law.LegalRules;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.ActionKind;
import org.hanoinet.treaty.Participant;
import org.hanoinet.treaty.TreatyRegistry;
import org.springframework.stereotype.Component;

/**
 * The legal conditions a request must meet besides its contents: the requested State accepts the request's
 * language, and the Convention is a legal basis only between two States Parties on the date of the request
 * (a treaty or reciprocity remains possible while the Convention is not in force between them).
 */
@Component
public class Admissibility {

	private final TreatyRegistry registry;

	private final CooperationRules rules;

	Admissibility(TreatyRegistry registry, CooperationRules rules) {
		this.registry = registry;
		this.rules = rules;
	}

	/**
	 * What keeps {@code request}, addressed to {@code requestedAuthority}, from being sent on {@code date}, and the
	 * {@link Missing#warning() warnings} to check before it is; empty when nothing.
	 */
	public List<Missing> problems(Case request, Authority requestedAuthority, LocalDate date) {
		List<Missing> problems = new ArrayList<>();
		RequestContents contents = request.contents();
		if (contents.language() != null) {
			List<String> accepted = acceptedLanguages(request.requested().state(), requestedAuthority);
			boolean accepts = accepted.stream().anyMatch(tag -> sameLanguage(tag, contents.language()));
			if (!accepts) {
				problems.add(new Missing("language", LegalRules.cite("admissibility.language"),
						name(request.requested().state()) + " does not accept requests in '" + contents.language()
								+ "': it accepts " + String.join(", ", accepted) + "."));
			}
		}
		LegalBasis basis = contents.legalBasis();
		if (basis != null && basis.kind() == LegalBasis.Kind.CONVENTION) {
			for (CountryCode state : List.of(request.requesting().state(), request.requested().state())) {
				if (!isParty(state, date)) {
					problems.add(new Missing("legalBasis", LegalRules.cite("admissibility.legal-basis-party"),
							"The Convention cannot be the legal basis: " + name(state) + " is not a State Party on " + date
									+ ". Rest the request on a treaty or on reciprocity."));
				}
			}
		}
		problems.addAll(partTwo(request));
		return problems;
	}

	/**
	 * The conditions of arts. 37 and 38 that rest on the requested State's declarations and on the node's
	 * {@link CooperationRules}: the Convention as a basis for extradition to a State that makes extradition
	 * conditional on a treaty only where that State declared it takes the Convention as one; a warning where either
	 * State's maximum penalty is below the node's minimum; the sentenced person's consent.
	 */
	private List<Missing> partTwo(Case request) {
		List<Missing> problems = new ArrayList<>();
		RequestContents contents = request.contents();
		boolean extradition = request.type() == CaseType.EXTRADITION || request.type() == CaseType.PROVISIONAL_ARREST;
		LegalBasis basis = contents.legalBasis();
		if (extradition && basis != null && basis.kind() == LegalBasis.Kind.CONVENTION && rules.extraditionDeclarationRequired()) {
			extraditionBasis(request.requested().state()).ifPresent(problems::add);
		}
		if (extradition) {
			for (FormElement penalty : List.of(FormElement.MAX_PENALTY_REQUESTING_MONTHS, FormElement.MAX_PENALTY_REQUESTED_MONTHS)) {
				String answer = contents.answer(penalty);
				// a warning only: UNTOC 16(7) and UNCAC 44(8) leave the minimum to the requested State's law or the treaty
				if (answer != null && answer.matches("\\d{1,6}") && Integer.parseInt(answer) < rules.extraditionMinimumPenaltyMonths()) {
					problems.add(Missing.warning(penalty.name(), LegalRules.cite("admissibility.minimum-penalty"), penalty.label() + " is " + answer
							+ " months, below the " + rules.extraditionMinimumPenaltyMonths() + " months this node checks for"
							+ " (art. 37): the requested State's law or the applicable treaty sets the minimum, so check it"
							+ " before sending."));
				}
			}
		}
		if (request.type() == CaseType.SENTENCED_PERSON_TRANSFER && rules.sentencedPersonConsentRequired()
				&& contents.answer(FormElement.PERSON_CONSENT) == null) {
			problems.add(new Missing(FormElement.PERSON_CONSENT.name(), LegalRules.cite("admissibility.sentenced-person-consent"),
					"Missing: " + FormElement.PERSON_CONSENT.label() + " (art. 38)."));
		}
		return problems;
	}

	/**
	 * Whether the Convention can carry an extradition request to {@code requested}. Only a State that makes
	 * extradition conditional on a treaty declares whether it takes the Convention as the legal basis; the others
	 * treat the Convention's offences as extraditable among themselves (the pattern of UNTOC 16(4)-(6), UNCAC
	 * 44(5)-(7) and Budapest 24(3)-(4)). A State the registry says nothing about gets a warning, or, where the node
	 * presumes a treaty condition, is treated as needing one.
	 */
	private Optional<Missing> extraditionBasis(CountryCode requested) {
		Optional<Action> declaration = latest(requested, ActionKind.EXTRADITION_LEGAL_BASIS);
		if (declaration.map(Admissibility::takesConvention).orElse(false)) {
			return Optional.empty();
		}
		Optional<Boolean> conditional = latest(requested, ActionKind.EXTRADITION_TREATY_CONDITION).flatMap(Admissibility::yesOrNo)
			.or(() -> declaration.map(made -> true));
		String state = name(requested);
		if (conditional.isPresent() && !conditional.get()) {
			return Optional.empty();
		}
		if (conditional.isEmpty() && !rules.extraditionTreatyConditionPresumed()) {
			return Optional.of(Missing.warning("legalBasis", LegalRules.cite("admissibility.extradition-treaty-condition"), "The treaty registry does not record whether " + state
					+ " makes extradition conditional on a treaty. If it does not, the Convention's offences are extraditable"
					+ " without any declaration (art. 37); if it does, the Convention is a legal basis only once " + state
					+ " declares that it takes it as one: check before sending."));
		}
		if (declaration.isPresent()) {
			LocalDate date = declaration.get().date();
			return Optional.of(new Missing("legalBasis", LegalRules.cite("admissibility.extradition-declaration"), state + " makes extradition conditional on a treaty, and its"
					+ " declaration under art. 37" + (date == null ? "" : " of " + date) + " does not take the Convention as the"
					+ " legal basis for extradition: rest the request on the extradition treaty between the two States."));
		}
		if (conditional.isPresent()) {
			return Optional.of(new Missing("legalBasis", LegalRules.cite("admissibility.extradition-declaration"), state + " makes extradition conditional on a treaty and has"
					+ " not declared that it takes the Convention as the legal basis for extradition (art. 37): rest the request"
					+ " on the extradition treaty between the two States."));
		}
		return Optional.of(new Missing("legalBasis", LegalRules.cite("admissibility.extradition-treaty-condition"), "The treaty registry does not record whether " + state
				+ " makes extradition conditional on a treaty, and this node treats such a State as one that does: until " + state
				+ " declares that it takes the Convention as the legal basis for extradition (art. 37), rest the request on a"
				+ " treaty between the two States."));
	}

	/** Whether the State's latest declaration under art. 37 says it takes the Convention as the legal basis for extradition. */
	public boolean takesConventionForExtradition(CountryCode state) {
		return latest(state, ActionKind.EXTRADITION_LEGAL_BASIS).map(Admissibility::takesConvention).orElse(false);
	}

	/**
	 * The grounds of {@link CaseType#groundsByReservation()} that {@code requested} may refuse {@code type} on: those
	 * of a reservation the treaty registry records for the type's article, not withdrawn since, whose text names
	 * dual criminality.
	 */
	public Set<RefusalGround> reservedGrounds(CountryCode requested, CaseType type) {
		if (type.groundsByReservation().isEmpty()) {
			return Set.of();
		}
		Optional<Action> reservation = participant(requested).flatMap(participant -> registry.history(participant.code())
			.stream()
			.filter(action -> action.kind() == ActionKind.RESERVATION || action.kind() == ActionKind.RESERVATION_WITHDRAWAL)
			.filter(action -> Integer.valueOf(type.article()).equals(action.article()))
			.max(Comparator.comparing(Action::date, Comparator.nullsFirst(Comparator.naturalOrder()))))
			.filter(action -> action.kind() == ActionKind.RESERVATION);
		boolean dualCriminality = reservation.map(action -> action.detail().toLowerCase(Locale.ROOT))
			.filter(detail -> detail.contains("dual criminality") || detail.contains("double criminality"))
			.isPresent();
		return dualCriminality ? type.groundsByReservation() : Set.of();
	}

	private Optional<Action> latest(CountryCode state, ActionKind kind) {
		return participant(state).flatMap(participant -> registry.history(participant.code())
			.stream()
			.filter(action -> action.kind() == kind)
			.max(Comparator.comparing(Action::date, Comparator.nullsFirst(Comparator.naturalOrder()))));
	}

	private static boolean takesConvention(Action declaration) {
		return yesOrNo(declaration).orElse(false) || declaration.detail().strip().toLowerCase(Locale.ROOT).startsWith("accept");
	}

	/** A declaration's detail read as yes or no ("yes", "true", "no", "false" and sentences starting so); empty otherwise. */
	private static Optional<Boolean> yesOrNo(Action declaration) {
		String detail = declaration.detail().strip().toLowerCase(Locale.ROOT);
		if (detail.startsWith("yes") || detail.startsWith("true")) {
			return Optional.of(true);
		}
		if (detail.startsWith("no") || detail.startsWith("false")) {
			return Optional.of(false);
		}
		return Optional.empty();
	}

	/**
	 * The languages the requested State accepts: those of its latest declaration to the depositary (art. 40),
	 * or, while it has made none, those its designated authority lists in the directory.
	 */
	public List<String> acceptedLanguages(CountryCode state, Authority requestedAuthority) {
		Optional<Action> declaration = participant(state).flatMap(participant -> registry.history(participant.code())
			.stream()
			.filter(action -> action.kind() == ActionKind.ACCEPTED_LANGUAGES && action.detail() != null
					&& !action.detail().isBlank())
			.max(Comparator.comparing(Action::date, Comparator.nullsFirst(Comparator.naturalOrder()))));
		if (declaration.isPresent()) {
			return Arrays.stream(declaration.get().detail().split("[,;\\s]+")).filter(tag -> !tag.isBlank())
				.map(tag -> tag.toLowerCase(Locale.ROOT)).toList();
		}
		return requestedAuthority.languages();
	}

	private boolean isParty(CountryCode state, LocalDate date) {
		return participant(state).map(participant -> registry.isParty(participant.code(), date)).orElse(false);
	}

	private Optional<Participant> participant(CountryCode state) {
		try {
			return Optional.of(registry.participants().byAnyCode(state.value()));
		}
		catch (InvalidValue notParticipant) {
			return Optional.empty();
		}
	}

	private String name(CountryCode state) {
		return participant(state).map(Participant::name).orElse(state.value());
	}

	/** "pt" accepts "pt-BR" and the reverse: a request is in a language when their primary subtags agree. */
	private static boolean sameLanguage(String accepted, String used) {
		return primary(accepted).equals(primary(used));
	}

	private static String primary(String tag) {
		return Locale.forLanguageTag(tag).getLanguage();
	}
}
