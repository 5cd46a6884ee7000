package org.hanoinet.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.hanoinet.identity.SignIn;
import org.hanoinet.identity.SignIn.Enrolled;
import org.hanoinet.identity.SignIn.EnrolmentRequired;
import org.hanoinet.identity.SignIn.Outcome;
import org.hanoinet.identity.SignIn.Refused;
import org.hanoinet.identity.SignIn.SecondFactorRequired;
import org.hanoinet.identity.SignIn.SignedIn;
import org.hanoinet.identity.UserId;
import org.hanoinet.identity.internal.DemoIdentities;
import org.hanoinet.node.NodeProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sign-in pages: password, then a code from the authenticator app (or a recovery code), or, at the first
 * sign-in of a role that needs a second factor, enrolment of an app with a QR code and recovery codes.
 * Between the steps the session holds only which user passed the password step, and for five minutes.
 */
@Controller
class SignInController {

	static final String PENDING = "hanoinet.identity.pending";

	private static final Duration PENDING_FOR = Duration.ofMinutes(5);

	private final SignIn signIn;

	private final RequestCache requestCache;

	private final NodeProperties node;

	private final Clock clock;

	private final ObjectProvider<DemoIdentities> demo;

	SignInController(SignIn signIn, RequestCache requestCache, NodeProperties node, Clock clock,
			ObjectProvider<DemoIdentities> demo) {
		this.signIn = signIn;
		this.requestCache = requestCache;
		this.node = node;
		this.clock = clock;
		this.demo = demo;
	}

	@GetMapping("/login")
	String loginPage(@RequestParam(required = false) String signedOut, Model model) {
		model.addAttribute("signedOut", signedOut != null);
		addDemoAccounts(model);
		return "identity/login";
	}

	/**
	 * Demo mode only: signs in as one of this node's demo accounts in one click, the server typing its password and
	 * current code through the same two steps (and the same audit) as anyone else. A node not in demo mode has no
	 * such page.
	 */
	@PostMapping("/login/demo")
	String demoLogin(@RequestParam(defaultValue = "") String username, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		DemoIdentities accounts = demo.getIfAvailable();
		if (accounts == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (accounts.accounts().stream().noneMatch(account -> account.user().equals(username))) {
			model.addAttribute("demoError", "identity.login.demo.unknown");
			addDemoAccounts(model);
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			return "identity/login";
		}
		Optional<DemoIdentities.Typed> typed = accounts.typedFor(username, clock.instant());
		if (typed.isEmpty()) {
			model.addAttribute("demoError", "identity.login.demo.wait");
			addDemoAccounts(model);
			response.setStatus(HttpStatus.CONFLICT.value());
			return "identity/login";
		}
		Outcome outcome = signIn.password(username, typed.get().password(), request.getRemoteAddr());
		if (outcome instanceof SecondFactorRequired next) {
			outcome = signIn.secondFactor(next.user(), typed.get().code(), request.getRemoteAddr());
		}
		return switch (outcome) {
			case SignedIn done -> {
				signIn.establishSession(done.caller(), request, response);
				yield "redirect:" + destination(request, response);
			}
			case EnrolmentRequired next -> {
				request.getSession().setAttribute(PENDING, new Pending(next.user(), Stage.ENROL, clock.instant(), null));
				yield "redirect:/login/enrol";
			}
			case Refused refused -> {
				addDemoAccounts(model);
				yield refusedPage("identity/login", refused, model, response, locale);
			}
			default -> throw new IllegalStateException("A demo sign-in ends signed in, enrolling or refused");
		};
	}

	private void addDemoAccounts(Model model) {
		DemoIdentities accounts = demo.getIfAvailable();
		model.addAttribute("demoAccounts", accounts == null ? java.util.List.of() : accounts.accounts());
	}

	@PostMapping("/login")
	String login(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		Outcome outcome = signIn.password(username, password, request.getRemoteAddr());
		HttpSession session = request.getSession();
		switch (outcome) {
			case SecondFactorRequired next -> {
				session.setAttribute(PENDING, new Pending(next.user(), Stage.CODE, clock.instant(), null));
				return "redirect:/login/code";
			}
			case EnrolmentRequired next -> {
				session.setAttribute(PENDING, new Pending(next.user(), Stage.ENROL, clock.instant(), null));
				return "redirect:/login/enrol";
			}
			case SignedIn done -> {
				signIn.establishSession(done.caller(), request, response);
				return "redirect:" + destination(request, response);
			}
			case Refused refused -> {
				model.addAttribute("username", username);
				addDemoAccounts(model);
				return refusedPage("identity/login", refused, model, response, locale);
			}
			case Enrolled unexpected -> throw new IllegalStateException("Enrolment cannot follow the password step");
		}
	}

	@GetMapping("/login/code")
	String codePage(HttpServletRequest request) {
		return pending(request, Stage.CODE) == null ? "redirect:/login" : "identity/code";
	}

	@PostMapping("/login/code")
	String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		Pending pending = pending(request, Stage.CODE);
		if (pending == null) {
			return "redirect:/login";
		}
		Outcome outcome = signIn.secondFactor(pending.user(), code, request.getRemoteAddr());
		if (outcome instanceof SignedIn done) {
			request.getSession().removeAttribute(PENDING);
			signIn.establishSession(done.caller(), request, response);
			return "redirect:" + destination(request, response);
		}
		Refused refused = (Refused) outcome;
		if (refused.reason().endsSignIn()) {
			request.getSession().removeAttribute(PENDING);
			return refusedPage("identity/login", refused, model, response, locale);
		}
		return refusedPage("identity/code", refused, model, response, locale);
	}

	@GetMapping("/login/enrol")
	String enrolPage(HttpServletRequest request, Model model) {
		Pending pending = pending(request, Stage.ENROL);
		if (pending == null) {
			return "redirect:/login";
		}
		SignIn.Enrolment enrolment = pending.proposedSecret() == null ? signIn.startEnrolment(pending.user(), node.name())
				: signIn.enrolment(pending.user(), pending.proposedSecret(), node.name());
		request.getSession().setAttribute(PENDING, pending.proposing(enrolment.secret()));
		model.addAttribute("enrolment", enrolment);
		return "identity/enrol";
	}

	@PostMapping("/login/enrol")
	String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		Pending pending = pending(request, Stage.ENROL);
		if (pending == null || pending.proposedSecret() == null) {
			return "redirect:/login";
		}
		Outcome outcome = signIn.confirmEnrolment(pending.user(), pending.proposedSecret(), code, request.getRemoteAddr());
		if (outcome instanceof Enrolled enrolled) {
			request.getSession().removeAttribute(PENDING);
			signIn.establishSession(enrolled.caller(), request, response);
			model.addAttribute("recoveryCodes", enrolled.recoveryCodes());
			model.addAttribute("next", destination(request, response));
			return "identity/recovery-codes";
		}
		Refused refused = (Refused) outcome;
		if (refused.reason().endsSignIn()) {
			request.getSession().removeAttribute(PENDING);
			return refusedPage("identity/login", refused, model, response, locale);
		}
		model.addAttribute("enrolment", signIn.enrolment(pending.user(), pending.proposedSecret(), node.name()));
		return refusedPage("identity/enrol", refused, model, response, locale);
	}

	private String refusedPage(String view, Refused refused, Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(refused.retryAfter() == null ? HttpStatus.UNAUTHORIZED.value() : HttpStatus.TOO_MANY_REQUESTS.value());
		model.addAttribute("error", "identity.refused." + refused.reason().name().toLowerCase(Locale.ROOT));
		if (refused.retryAfter() != null) {
			model.addAttribute("retryAfter", DateTimeFormatter.ofPattern("HH:mm", locale)
				.withZone(ZoneId.systemDefault())
				.format(refused.retryAfter()));
		}
		return view;
	}

	private Pending pending(HttpServletRequest request, Stage stage) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return null;
		}
		if (pending.stage() != stage || pending.since().plus(PENDING_FOR).isBefore(clock.instant())) {
			return null;
		}
		return pending;
	}

	private String destination(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = requestCache.getRequest(request, response);
		if (saved == null) {
			return "/";
		}
		requestCache.removeRequest(request, response);
		return saved.getRedirectUrl();
	}

	enum Stage {
		CODE, ENROL
	}

	/** A user who passed the password step and still owes a second factor. */
	record Pending(UserId user, Stage stage, Instant since, String proposedSecret) {

		Pending proposing(String secret) {
			return new Pending(user, stage, since, secret);
		}
	}
}
