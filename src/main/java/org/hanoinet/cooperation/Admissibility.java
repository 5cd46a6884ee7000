package org.hanoinet.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hanoinet.directory.Authority;
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

	/** What keeps {@code request}, addressed to {@code requestedAuthority}, from being sent on {@code date}; empty when nothing. */
	public List<Missing> problems(Case request, Authority requestedAuthority, LocalDate date) {
		List<Missing> problems = new ArrayList<>();
		RequestContents contents = request.contents();
		if (contents.language() != null) {
			List<String> accepted = acceptedLanguages(request.requested().state(), requestedAuthority);
			boolean accepts = accepted.stream().anyMatch(tag -> sameLanguage(tag, contents.language()));
			if (!accepts) {
				problems.add(new Missing("language", "art. 40",
						name(request.requested().state()) + " does not accept requests in '" + contents.language()
								+ "': it accepts " + String.join(", ", accepted) + "."));
			}
		}
		LegalBasis basis = contents.legalBasis();
		if (basis != null && basis.kind() == LegalBasis.Kind.CONVENTION) {
			for (CountryCode state : List.of(request.requesting().state(), request.requested().state())) {
				if (!isParty(state, date)) {
					problems.add(new Missing("legalBasis", "art. 65",
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
	 * {@link CooperationRules}: the Convention as a basis for extradition only where the requested State declared it
	 * takes it as one; at least the minimum penalty in both States; the sentenced person's consent.
	 */
	private List<Missing> partTwo(Case request) {
		List<Missing> problems = new ArrayList<>();
		RequestContents contents = request.contents();
		boolean extradition = request.type() == CaseType.EXTRADITION || request.type() == CaseType.PROVISIONAL_ARREST;
		LegalBasis basis = contents.legalBasis();
		if (extradition && basis != null && basis.kind() == LegalBasis.Kind.CONVENTION && rules.extraditionDeclarationRequired()
				&& !takesConventionForExtradition(request.requested().state())) {
			problems.add(new Missing("legalBasis", "art. 37",
					name(request.requested().state()) + " has not declared that it takes the Convention as the legal basis for"
							+ " extradition: name the extradition treaty between the two States."));
		}
		if (extradition) {
			for (FormElement penalty : List.of(FormElement.MAX_PENALTY_REQUESTING_MONTHS, FormElement.MAX_PENALTY_REQUESTED_MONTHS)) {
				String answer = contents.answer(penalty);
				if (answer != null && answer.matches("\\d{1,6}") && Integer.parseInt(answer) < rules.extraditionMinimumPenaltyMonths()) {
					problems.add(new Missing(penalty.name(), "art. 37, para. 1", "Extradition needs a maximum penalty of at least "
							+ rules.extraditionMinimumPenaltyMonths() + " months of deprivation of liberty in both States; "
							+ penalty.label() + " is " + answer + " months (art. 37, para. 1)."));
				}
			}
		}
		if (request.type() == CaseType.SENTENCED_PERSON_TRANSFER && rules.sentencedPersonConsentRequired()
				&& contents.answer(FormElement.PERSON_CONSENT) == null) {
			problems.add(new Missing(FormElement.PERSON_CONSENT.name(), "art. 38",
					"Missing: " + FormElement.PERSON_CONSENT.label() + " (art. 38)."));
		}
		return problems;
	}

	/** Whether the State's latest declaration under art. 37 says it takes the Convention as the legal basis for extradition. */
	public boolean takesConventionForExtradition(CountryCode state) {
		return participant(state).flatMap(participant -> registry.history(participant.code())
			.stream()
			.filter(action -> action.kind() == ActionKind.EXTRADITION_LEGAL_BASIS && action.detail() != null)
			.max(Comparator.comparing(Action::date, Comparator.nullsFirst(Comparator.naturalOrder()))))
			.map(declaration -> declaration.detail().strip().toLowerCase(Locale.ROOT))
			.map(detail -> detail.startsWith("yes") || detail.startsWith("true") || detail.startsWith("accept"))
			.orElse(false);
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
