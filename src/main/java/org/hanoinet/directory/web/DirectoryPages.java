package org.hanoinet.directory.web;

import java.net.URI;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.directory.Directory;
import org.hanoinet.directory.Roster;
import org.hanoinet.directory.Rosters;
import org.hanoinet.directory.Secretariat;
import org.hanoinet.directory.Shift;
import org.hanoinet.directory.TrustedDirectory;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The directory in the browser: authorities by State, a State's page, a point of contact's roster, publications. */
@Controller
class DirectoryPages {

	private final Directory directory;

	private final Rosters rosters;

	private final Secretariat secretariat;

	private final TrustedDirectory trusted;

	private final Clock clock;

	DirectoryPages(Directory directory, Rosters rosters, Secretariat secretariat, TrustedDirectory trusted, Clock clock) {
		this.directory = directory;
		this.rosters = rosters;
		this.secretariat = secretariat;
		this.trusted = trusted;
		this.clock = clock;
	}

	@GetMapping("/directory")
	String states(Model model, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		List<StateRow> rows = directory.designatedByState()
			.stream()
			.map(served -> new StateRow(served.state().value(), served.state().displayName(locale),
					served.authorities().stream().map(authority -> AuthorityView.of(authority, locale, clock)).toList()))
			.sorted(Comparator.comparing(StateRow::name, collator))
			.toList();
		model.addAttribute("states", rows);
		return "directory/states";
	}

	@GetMapping("/directory/states/{code}")
	String state(@PathVariable String code, Model model, Locale locale) {
		CountryCode state = parse(() -> CountryCode.of(code.toUpperCase(Locale.ROOT)));
		List<Authority> register = directory.registerOf(state);
		if (register.isEmpty()) {
			throw notFound();
		}
		Map<AuthorityKind, List<AuthorityView>> current = new TreeMap<>();
		List<AuthorityView> history = new ArrayList<>();
		for (Authority authority : register) {
			AuthorityView view = AuthorityView.of(authority, locale, clock);
			if (authority.designatedAt(clock.instant())) {
				current.computeIfAbsent(authority.kind(), kind -> new ArrayList<>()).add(view);
			}
			else {
				history.add(view);
			}
		}
		model.addAttribute("code", state.value());
		model.addAttribute("stateName", state.displayName(locale));
		model.addAttribute("current", current);
		model.addAttribute("history", history);
		return "directory/state";
	}

	@GetMapping("/directory/rosters/{id}")
	String roster(@PathVariable String id, Model model, Locale locale) {
		AuthorityId authorityId = parse(() -> AuthorityId.of(id));
		Authority authority = findAuthority(authorityId);
		if (authority.kind() != AuthorityKind.POINT_OF_CONTACT) {
			throw notFound();
		}
		LocalDate today = rosters.today(authority);
		Roster roster = rosters.rosterAround(authority, today);
		LocalDateTime localNow = roster.localTime(clock.instant());
		model.addAttribute("authority", AuthorityView.of(authority, locale, clock));
		model.addAttribute("stateName", authority.state().displayName(locale));
		model.addAttribute("code", authority.state().value());
		model.addAttribute("today", today);
		model.addAttribute("localNow", localNow);
		model.addAttribute("onDuty", roster.onDutyAt(clock.instant()).stream().map(Shift::officer).toList());
		model.addAttribute("shifts", roster.shiftsOn(today));
		model.addAttribute("gaps", roster.gapsOn(today));
		return "directory/roster";
	}

	@GetMapping("/directory/publications")
	String publications(Model model) {
		model.addAttribute("secretariat", trusted.secretariat());
		model.addAttribute("publications", secretariat.history());
		model.addAttribute("current", trusted.signed().orElse(null));
		model.addAttribute("refusal", trusted.lastRefusal().orElse(null));
		model.addAttribute("secretariatKey", secretariat.publicKey().orElse(null));
		return "directory/publications";
	}

	private Authority findAuthority(AuthorityId id) {
		return directory.authority(id).orElseThrow(DirectoryPages::notFound);
	}

	private static <T> T parse(java.util.function.Supplier<T> value) {
		try {
			return value.get();
		}
		catch (InvalidValue invalid) {
			throw notFound();
		}
	}

	private static ErrorResponseException notFound() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setType(URI.create("urn:hanoinet:problem:not-found"));
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

	/** A State and its authorities designated now. */
	record StateRow(String code, String name, List<AuthorityView> authorities) {
	}
}
