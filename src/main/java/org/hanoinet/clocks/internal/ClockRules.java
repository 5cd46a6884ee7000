package org.hanoinet.clocks.internal;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hanoinet.clocks.ClockKind;
import org.hanoinet.clocks.Counting;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseType;
import org.springframework.stereotype.Component;

/**
 * The node's clock rules, built from its settings. Part 2 of the case engine adds a rule here for each new
 * obligation; the engine that applies them does not change.
 */
@Component
class ClockRules {

	/** Acts on a follow-up request that decide it, or make a decision unnecessary, ending a preservation kept for it. */
	static final Set<String> FOLLOW_UP_DECISIONS = Set.of("ACCEPT", "ACCEPT_WITH_CONDITIONS", "ACCEPT_CONDITIONS", "REFUSE",
			"WITHDRAW", "NOTIFY_NO_LONGER_NEEDED");

	/** The detail of an approval that names the earlier case a request follows up. */
	static final String FOLLOWS = "follows";

	private static final Set<String> ENDS_REQUEST = Set.of("WITHDRAW", "NOTIFY_NO_LONGER_NEEDED", "CLOSE");

	private final List<ClockRule> rules;

	private final Map<ClockKind, ClockRule> byKind;

	ClockRules(ClocksProperties settings) {
		ClocksProperties.Preservation preservation = settings.preservation();
		ClocksProperties.Acknowledgement acknowledgement = settings.acknowledgement();
		Counting preservationPeriod = preservation.rule();
		Counting statusAnswer = settings.statusResponse().rule();
		this.rules = List.of(
				new ClockRule(ClockKind.PRESERVATION_PERIOD, EnumSet.of(CaseType.PRESERVATION), "EXECUTE", event -> true,
						event -> preservationPeriod, Set.of(), ENDS_REQUEST,
						new ClockRule.Reminder(ClockKind.PRESERVATION_REMINDER, preservation.reminderBefore()),
						Set.of("GRANT_PRESERVATION_EXTENSION"), extension(preservation.period()), true),
				ClockRule.simple(ClockKind.ACKNOWLEDGEMENT, EnumSet.allOf(CaseType.class), "APPROVE",
						event -> emergency(event) || "URGENT".equals(event.details().get("urgency")),
						event -> Counting.elapsed(acknowledgement.target(emergency(event), event.details().getOrDefault("requestingState", ""),
								event.details().getOrDefault("requestedState", ""))),
						Set.of("ACKNOWLEDGE"), ENDS_REQUEST),
				ClockRule.simple(ClockKind.STATUS_RESPONSE, EnumSet.allOf(CaseType.class), "REQUEST_STATUS", event -> true,
						event -> statusAnswer, Set.of("ANSWER_STATUS", "REFUSE", "EXECUTE"), ENDS_REQUEST));
		this.byKind = rules.stream().collect(Collectors.toUnmodifiableMap(ClockRule::kind, Function.identity()));
	}

	/** The rules whose clocks {@code event} starts. */
	List<ClockRule> startedBy(CaseEvent event) {
		return rules.stream().filter(rule -> rule.startedBy(event)).toList();
	}

	/** The rule of clocks of {@code kind}; reminders have none of their own and follow the clock they go with. */
	Optional<ClockRule> of(ClockKind kind) {
		return Optional.ofNullable(byKind.get(kind));
	}

	private static boolean emergency(CaseEvent event) {
		return event.type() == CaseType.EMERGENCY_DISCLOSURE || "EMERGENCY".equals(event.details().get("urgency"));
	}

	/**
	 * The requested State's grant of a further period names its number of days; without them it grants one more
	 * default period. The requesting State's request alone extends nothing (Budapest art. 29(7) has no extension).
	 */
	private static Function<CaseEvent, Duration> extension(Duration period) {
		return event -> {
			String days = event.details().get("days");
			if (days != null && days.strip().matches("[1-9][0-9]{0,4}")) {
				return Duration.ofDays(Long.parseLong(days.strip()));
			}
			return period;
		};
	}
}
