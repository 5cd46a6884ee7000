package org.hanoinet.treaty.web;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.ActionKind;
import org.hanoinet.treaty.ConventionStatus;
import org.hanoinet.treaty.Participant;
import org.hanoinet.treaty.ParticipantCode;
import org.hanoinet.treaty.ParticipantStatus;
import org.hanoinet.treaty.RegionalGroup;
import org.hanoinet.treaty.Standing;
import org.hanoinet.treaty.TreatyRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public pages of the treaty registry: the status of the Convention, the participants, one participant. */
@Controller
class TreatyPages {

	private final TreatyRegistry registry;

	private final WorldMap map;

	TreatyPages(TreatyRegistry registry, WorldMap map) {
		this.registry = registry;
		this.map = map;
	}

	@GetMapping("/treaty")
	String status(@RequestParam(required = false) String date, Model model, Locale locale) {
		LocalDate day = date(date, model);
		ConventionStatus status = registry.status(day);
		model.addAttribute("status", status);
		model.addAttribute("dateText", format(day, locale));
		model.addAttribute("entryIntoForceText", status.entryIntoForce() == null ? null : format(status.entryIntoForce(), locale));
		model.addAttribute("groups", RegionalGroup.values());
		model.addAttribute("signatoriesByGroup", status.signatoriesByGroup());
		model.addAttribute("contractingByGroup", status.byGroup(ParticipantStatus::contracting));
		model.addAttribute("partiesByGroup", status.partiesByGroup());
		registry.basis().ifPresent(basis -> {
			model.addAttribute("basis", basis);
			model.addAttribute("basisRecordedText", format(LocalDate.ofInstant(basis.recordedAt(), java.time.ZoneOffset.UTC), locale));
			model.addAttribute("basisNotificationText", basis.notified() ? format(basis.notification().date(), locale) : null);
		});
		model.addAttribute("mapAvailable", true);
		model.addAttribute("mapSvg", map.coloured(status.participants()
			.stream()
			.collect(Collectors.toMap(participant -> participant.participant().alpha2().value(), participant -> participant.standing().name()))));
		return "treaty/status";
	}

	@GetMapping("/treaty/participants")
	String participants(@RequestParam(required = false) String status, @RequestParam(required = false) String group,
			@RequestParam(required = false) String date, Model model, Locale locale) {
		LocalDate day = date(date, model);
		Standing wantedStanding = parse(status, Standing::valueOf);
		RegionalGroup wantedGroup = parse(group, RegionalGroup::valueOf);
		Map<ParticipantCode, List<Action>> actions = registry.actions().stream().collect(Collectors.groupingBy(Action::participant));
		Collator collator = Collator.getInstance(locale);
		List<Row> rows = registry.status(day)
			.participants()
			.stream()
			.filter(participant -> wantedStanding == null || participant.standing() == wantedStanding)
			.filter(participant -> wantedGroup == null || participant.participant().group() == wantedGroup)
			.map(participant -> Row.of(participant, actions.getOrDefault(participant.participant().code(), List.of()), locale))
			.sorted(Comparator.comparing(Row::name, collator))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("standings", Standing.values());
		model.addAttribute("groups", RegionalGroup.values());
		model.addAttribute("selectedStatus", wantedStanding == null ? "" : wantedStanding.name());
		model.addAttribute("selectedGroup", wantedGroup == null ? "" : wantedGroup.name());
		model.addAttribute("dateText", format(day, locale));
		return "treaty/participants";
	}

	@GetMapping("/treaty/participants/{code}")
	String participant(@PathVariable String code, @RequestParam(required = false) String date, Model model, Locale locale) {
		LocalDate day = date(date, model);
		Participant participant;
		try {
			participant = registry.participants().byAnyCode(code);
		}
		catch (InvalidValue unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown.getMessage());
		}
		ParticipantStatus status = registry.status(day).of(participant.code());
		model.addAttribute("participant", participant);
		model.addAttribute("name", participant.displayName(locale));
		model.addAttribute("status", status);
		model.addAttribute("history", registry.history(participant.code()));
		model.addAttribute("dateText", format(day, locale));
		return "treaty/participant";
	}

	private LocalDate date(String date, Model model) {
		model.addAttribute("date", date == null ? "" : date);
		if (date == null || date.isBlank()) {
			return registry.today();
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (RuntimeException notIso) {
			model.addAttribute("dateError", true);
			return registry.today();
		}
	}

	private static <T> T parse(String value, Function<String, T> parser) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	static String format(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		// English pages write dates the UN way ("26 October 2025"); other languages use their own long form.
		DateTimeFormatter formatter = "en".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		return formatter.format(date);
	}

	/** One line of the participants table. */
	record Row(String code, String alpha2, String name, RegionalGroup group, Standing standing, LocalDate signedOn, LocalDate depositedOn,
			LocalDate effectiveOn, String confidence) {

		static Row of(ParticipantStatus status, List<Action> actions, Locale locale) {
			Participant participant = status.participant();
			String confidence = actions.stream()
				.filter(action -> action.kind() == ActionKind.SIGNATURE || action.kind().isInstrument())
				.map(action -> action.confidence().label())
				.findFirst()
				.orElse("");
			return new Row(participant.code().value(), participant.alpha2().value(), participant.displayName(locale), participant.group(),
					status.standing(), status.signedOn(), status.depositedOn(), status.effectiveOn(), confidence);
		}
	}
}
