package org.hanoinet.cooperation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.ActInput;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.cooperation.RefusalGround;
import org.hanoinet.shared.InvalidValue;
import org.springframework.util.MultiValueMap;

/**
 * The forms of the acts on the case page: which acts take a text, grounds, conditions, days or named fields, and how a
 * posted form becomes the {@link ActInput} of the act.
 */
final class ActForms {

	private static final Set<Act> WITH_TEXT = EnumSet.of(Act.RETURN_FOR_CHANGES, Act.REQUEST_INFORMATION,
			Act.PROVIDE_INFORMATION, Act.CONSULT, Act.POSTPONE, Act.REFUSE, Act.REPORT_PARTIAL_EXECUTION, Act.WITHDRAW,
			Act.NOTIFY_NO_LONGER_NEEDED, Act.WARN_PRESERVATION_AT_RISK, Act.EXTEND_PRESERVATION, Act.ANSWER_STATUS,
			Act.NOTIFY_CONFIDENTIALITY_NOT_KEPT, Act.DECLINE_PRESERVATION_EXTENSION);

	/** Part 2 (#10): acts that take a text, and the named fields some acts ask for. */
	private static final Set<Act> PART_TWO_WITH_TEXT = EnumSet.of(Act.REQUEST_PROSECUTION_INSTEAD,
			Act.OFFER_CONDITIONAL_SURRENDER, Act.HAND_OVER_FILE, Act.NOTIFY_EXCULPATORY_DISCLOSURE, Act.DISCLOSE_EXCULPATORY,
			Act.FORWARD_TO_THIRD_STATE, Act.INVITE_REASONS_TO_MAINTAIN, Act.PRESENT_REASONS_TO_MAINTAIN, Act.LIFT_MEASURE,
			Act.DECIDE_RETURN);

	private static final Map<Act, List<String>> ACT_FIELDS = Map.of(Act.AUTHORIZE_FORWARDING, List.of("thirdState"),
			Act.DISCLOSE_EXCULPATORY, List.of("exceptional"),
			Act.FORWARD_TO_THIRD_STATE, List.of("thirdState"), Act.AGREE_JOINT_INVESTIGATION,
			List.of("durationDays", "participants", "workState"), Act.DECIDE_RETURN,
			List.of("decision", "value", "expenses", "shared", "sharing"));

	private ActForms() {
	}

	/** The forms of the acts {@code viewer} may perform on {@code request} now; drafting and editing have pages of their own. */
	static List<ActForm> of(Case request, Actor viewer) {
		return request.allowedActs(viewer)
			.stream()
			.filter(act -> act != Act.DRAFT && act != Act.EDIT_DRAFT)
			.map(act -> new ActForm(act.name(), act.name().toLowerCase(Locale.ROOT).replace('_', '-'),
					WITH_TEXT.contains(act) || PART_TWO_WITH_TEXT.contains(act), grounds(request, act),
					act == Act.ACCEPT_WITH_CONDITIONS, proposedDays(request, act), fields(request, act)))
			.toList();
	}

	/** The act a page's path names; drafting, editing and anything unknown are no act of this page (404). */
	static Act parse(String act) {
		try {
			Act parsed = Act.valueOf(act.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
			if (parsed == Act.DRAFT || parsed == Act.EDIT_DRAFT) {
				throw new CaseNotFound(null);
			}
			return parsed;
		}
		catch (IllegalArgumentException unknown) {
			throw new CaseNotFound(null);
		}
	}

	/** What the posted form of an act carries. */
	static ActInput input(MultiValueMap<String, String> posted) {
		String text = posted.getFirst("text");
		Set<RefusalGround> grounds = EnumSet.noneOf(RefusalGround.class);
		for (String ground : posted.getOrDefault("grounds", List.of())) {
			grounds.add(RefusalGround.of(ground));
		}
		List<String> conditions = posted.getFirst("conditions") == null ? List.of()
				: posted.getFirst("conditions").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		Integer days = null;
		String typedDays = posted.getFirst("days");
		if (typedDays != null && !typedDays.isBlank()) {
			try {
				days = Integer.valueOf(typedDays.strip());
			}
			catch (NumberFormatException notNumber) {
				throw new InvalidValue("days", "not a number");
			}
		}
		Map<String, String> fields = new TreeMap<>();
		ACT_FIELDS.values().stream().flatMap(List::stream).distinct().forEach(name -> {
			String value = posted.getFirst(name);
			if (value != null) {
				fields.put(name, value);
			}
		});
		return new ActInput(text, grounds, conditions, days, fields);
	}

	/** The named fields of an act's form; a refusal of mutual legal assistance asks about non-coercive assistance. */
	private static List<String> fields(Case request, Act act) {
		if (act == Act.REFUSE && request.refusableGrounds().contains(RefusalGround.NO_DUAL_CRIMINALITY)
				&& request.asksAboutNonCoerciveAssistance(Set.of(RefusalGround.NO_DUAL_CRIMINALITY))) {
			return List.of("nonCoercive");
		}
		return ACT_FIELDS.getOrDefault(act, List.of());
	}

	/** The grounds a refusal may name for this case, and those on which a provisional measure may be lifted. */
	private static List<String> grounds(Case request, Act act) {
		return switch (act) {
			case REFUSE -> request.refusableGrounds().stream().sorted().map(Enum::name).toList();
			case LIFT_MEASURE -> List.of(RefusalGround.DE_MINIMIS.name(), RefusalGround.INSUFFICIENT_EVIDENCE.name());
			default -> List.of();
		};
	}

	/**
	 * The days an act's form proposes, or null when it asks for none: the further period of preservation asked for
	 * (one default period), and for its grant the days the requesting State asked for.
	 */
	private static Integer proposedDays(Case request, Act act) {
		return switch (act) {
			case EXTEND_PRESERVATION -> 60;
			case GRANT_PRESERVATION_EXTENSION -> request.pendingExtensionDays().orElse(60);
			default -> null;
		};
	}

	/** An act the viewer may perform now and what its form asks for. */
	record ActForm(String act, String path, boolean text, List<String> grounds, boolean conditions, Integer days,
			List<String> fields) {
	}
}
