package org.hanoinet.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.identity.AccountActRefused;
import org.hanoinet.identity.ApiToken;
import org.hanoinet.identity.ApiTokenId;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.IdentityManagement;
import org.hanoinet.identity.IdentityManagement.CreatedUser;
import org.hanoinet.identity.IdentityManagement.IssuedApiToken;
import org.hanoinet.identity.IdentityManagement.UserPage;
import org.hanoinet.identity.InvalidIdentityValue;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.User;
import org.hanoinet.identity.UserId;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The users page of a node administrator, {@code /admin/users}: the users of their own State, found by username and
 * role, and every act on them (create, roles, lock and unlock, reset of the second factor, a new password at the next
 * sign-in, deactivation, the API tokens a user holds). The rules and their messages are {@link IdentityManagement}'s,
 * the same as the API's; an act that cannot be undone asks for confirmation on a page of its own first.
 */
@Controller
class UserAdministrationController {

	static final String BASE = "/admin/users";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final CurrentCaller currentCaller;

	private final IdentityManagement management;

	private final Authorities authorities;

	private final Clock clock;

	UserAdministrationController(CurrentCaller currentCaller, IdentityManagement management, Authorities authorities,
			Clock clock) {
		this.currentCaller = currentCaller;
		this.management = management;
		this.authorities = authorities;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String role,
			@RequestParam(defaultValue = "1") String page, Model model, Locale locale) {
		Caller admin = currentCaller.require();
		Role chosen = EnumSet.allOf(Role.class).stream().filter(known -> known.name().equals(role)).findFirst().orElse(null);
		UserPage found = management.search(admin, q, chosen, page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1);
		Map<AuthorityId, String> names = authorityNames(admin);
		model.addAttribute("stateName", admin.state().displayName(locale));
		model.addAttribute("q", q.strip());
		model.addAttribute("role", chosen == null ? "" : chosen.name());
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("found", found);
		model.addAttribute("lines", found.users().stream().map(user -> line(user, names)).toList());
		model.addAttribute("searching", !q.isBlank() || chosen != null);
		return "identity/users";
	}

	@GetMapping(BASE + "/new")
	String newUser(Model model, Locale locale) {
		return creationForm(model, locale, "", "", Set.of(), Map.of());
	}

	@PostMapping(BASE)
	String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String authority,
			@RequestParam(required = false) List<String> roles, Model model, Locale locale, HttpServletResponse response) {
		Caller admin = currentCaller.require();
		try {
			Set<Role> granted = roles(roles);
			if (authority.isBlank()) {
				throw new InvalidIdentityValue("authority", "missing", "An authority id is required.");
			}
			CreatedUser created = management.createUser(admin, username, AuthorityId.of(authority), granted);
			model.addAttribute("created", created);
			model.addAttribute("createdRoles", created.user().roles().stream().sorted().toList());
			model.addAttribute("authorityName", authorityNames(admin).getOrDefault(created.user().authority(), ""));
			return "identity/user-created";
		}
		catch (InvalidValue invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return creationForm(model, locale, username, authority, chosenRoles(roles), Map.of(invalid.field(), message(invalid)));
		}
	}

	@GetMapping(BASE + "/{id}")
	String user(@PathVariable String id, Model model, Locale locale) {
		return userPage(UserId.of(id), model, locale);
	}

	@PostMapping(BASE + "/{id}/roles")
	String changeRoles(@PathVariable String id, @RequestParam(required = false) List<String> roles, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		UserId user = UserId.of(id);
		try {
			management.changeRoles(currentCaller.require(), user, roles(roles));
		}
		catch (InvalidValue invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("rolesError", message(invalid));
			return userPage(user, model, locale);
		}
		catch (AccountActRefused refused) {
			return refused(user, "roles", refused, model, locale, response);
		}
		return done(user, "identity.users.done.roles", redirect);
	}

	@PostMapping(BASE + "/{id}/lock")
	String lock(@PathVariable String id, @RequestParam(defaultValue = "") String confirm, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		UserId user = UserId.of(id);
		if (!confirmed(confirm)) {
			return confirmation(user, "lock", model);
		}
		try {
			management.lock(currentCaller.require(), user);
		}
		catch (AccountActRefused refused) {
			return refused(user, "lock", refused, model, locale, response);
		}
		return done(user, "identity.users.done.lock", redirect);
	}

	@PostMapping(BASE + "/{id}/unlock")
	String unlock(@PathVariable String id, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		UserId user = UserId.of(id);
		try {
			management.unlock(currentCaller.require(), user);
		}
		catch (AccountActRefused refused) {
			return refused(user, "unlock", refused, model, locale, response);
		}
		return done(user, "identity.users.done.unlock", redirect);
	}

	@PostMapping(BASE + "/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable String id, @RequestParam(defaultValue = "") String confirm, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		UserId user = UserId.of(id);
		if (!confirmed(confirm)) {
			return confirmation(user, "reset", model);
		}
		try {
			management.resetSecondFactor(currentCaller.require(), user);
		}
		catch (AccountActRefused refused) {
			return refused(user, "reset", refused, model, locale, response);
		}
		return done(user, "identity.users.done.reset", redirect);
	}

	@PostMapping(BASE + "/{id}/password-change")
	String requirePasswordChange(@PathVariable String id, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		UserId user = UserId.of(id);
		try {
			management.requirePasswordChange(currentCaller.require(), user);
		}
		catch (AccountActRefused refused) {
			return refused(user, "password", refused, model, locale, response);
		}
		return done(user, "identity.users.done.password", redirect);
	}

	@PostMapping(BASE + "/{id}/deactivate")
	String deactivate(@PathVariable String id, @RequestParam(defaultValue = "") String confirm, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		UserId user = UserId.of(id);
		if (!confirmed(confirm)) {
			return confirmation(user, "deactivate", model);
		}
		try {
			management.deactivate(currentCaller.require(), user);
		}
		catch (AccountActRefused refused) {
			return refused(user, "deactivate", refused, model, locale, response);
		}
		return done(user, "identity.users.done.deactivate", redirect);
	}

	@PostMapping(BASE + "/{id}/tokens")
	String issueToken(@PathVariable String id, @RequestParam(defaultValue = "") String label,
			@RequestParam(required = false) List<String> roles, Model model, Locale locale, HttpServletResponse response) {
		Caller admin = currentCaller.require();
		UserId user = UserId.of(id);
		try {
			IssuedApiToken issued = management.issueTokenTo(admin, user, label, roles(roles));
			model.addAttribute("issued", issued);
			model.addAttribute("authorityName", authorityNames(admin).getOrDefault(issued.token().authority(), ""));
			model.addAttribute("back", BASE + "/" + user);
			return "identity/token-issued";
		}
		catch (InvalidValue invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("tokenErrors", Map.of(invalid.field(), message(invalid)));
			model.addAttribute("tokenLabel", label);
			return userPage(user, model, locale);
		}
		catch (AccountActRefused refused) {
			return refused(user, "token", refused, model, locale, response);
		}
	}

	@PostMapping(BASE + "/tokens/{id}/revoke")
	String revokeToken(@PathVariable String id, @RequestParam(defaultValue = "") String confirm, Model model,
			RedirectAttributes redirect) {
		Caller admin = currentCaller.require();
		ApiToken token = management.token(admin, ApiTokenId.of(id));
		String back = token.holder() == null ? "/identity/admin" : BASE + "/" + token.holder();
		if (!confirmed(confirm)) {
			model.addAttribute("act", "revoke");
			model.addAttribute("subject", token.label());
			model.addAttribute("action", BASE + "/tokens/" + token.id() + "/revoke");
			model.addAttribute("back", back);
			return "identity/confirm";
		}
		management.revokeToken(admin, token.id());
		redirect.addFlashAttribute("done", "identity.users.done.revoke");
		return "redirect:" + back;
	}

	private String userPage(UserId id, Model model, Locale locale) {
		Caller admin = currentCaller.require();
		User user = management.user(admin, id);
		Map<AuthorityId, String> names = authorityNames(admin);
		model.addAttribute("stateName", admin.state().displayName(locale));
		model.addAttribute("line", line(user, names));
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("tokens", management.tokensOf(admin, id).stream().map(UserAdministrationController::tokenLine).toList());
		model.addAttribute("self", admin.kind() == Caller.Kind.USER && admin.id().equals(id.value()));
		model.addAttribute("tokenRoles", user.roles().stream().sorted().toList());
		return "identity/user";
	}

	private String creationForm(Model model, Locale locale, String username, String authority, Set<Role> chosen,
			Map<String, Message> errors) {
		Caller admin = currentCaller.require();
		model.addAttribute("stateName", admin.state().displayName(locale));
		model.addAttribute("authorities", authorities.findByState(admin.state()));
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("username", username);
		model.addAttribute("authority", authority);
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		return "identity/user-new";
	}

	private String confirmation(UserId id, String act, Model model) {
		User user = management.user(currentCaller.require(), id);
		model.addAttribute("act", act);
		model.addAttribute("subject", user.username());
		model.addAttribute("action", BASE + "/" + id + switch (act) {
			case "reset" -> "/second-factor/reset";
			default -> "/" + act;
		});
		model.addAttribute("back", BASE + "/" + id);
		return "identity/confirm";
	}

	private String refused(UserId id, String act, AccountActRefused refused, Model model, Locale locale,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("refusedAct", act);
		model.addAttribute("refusal", refused.messageKey());
		return userPage(id, model, locale);
	}

	private static String done(UserId id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", message);
		return "redirect:" + BASE + "/" + id;
	}

	private static boolean confirmed(String confirm) {
		return "yes".equals(confirm);
	}

	private Map<AuthorityId, String> authorityNames(Caller admin) {
		Map<AuthorityId, String> names = new LinkedHashMap<>();
		for (Authority authority : authorities.findByState(admin.state())) {
			names.put(authority.id(), authority.name());
		}
		return names;
	}

	/** The roles ticked in a form; an unknown one is refused as the API refuses it. */
	private static Set<Role> roles(List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names == null ? List.<String>of() : names) {
			roles.add(EnumSet.allOf(Role.class)
				.stream()
				.filter(known -> known.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new InvalidIdentityValue("roles", "unknown", "'" + name + "' is not a role.", name)));
		}
		return roles;
	}

	private static Set<Role> chosenRoles(List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (names != null && names.contains(role.name())) {
				roles.add(role);
			}
		}
		return roles;
	}

	/** The message of a refused value in the reader's language: identity's own key, or one per field for the rest. */
	private static Message message(InvalidValue invalid) {
		if (invalid instanceof InvalidIdentityValue identity) {
			return new Message(identity.messageKey(), identity.arguments());
		}
		return new Message("identity.invalid." + invalid.field() + ".invalid", new Object[0]);
	}

	private UserLine line(User user, Map<AuthorityId, String> names) {
		Instant now = clock.instant();
		boolean lockedByFailures = user.lockedUntil() != null && user.lockedUntil().isAfter(now);
		String status;
		if (!user.active()) {
			status = "deactivated";
		}
		else if (user.access().lockedByAdministrator()) {
			status = "lockedByAdministrator";
		}
		else if (lockedByFailures) {
			status = "lockedUntil";
		}
		else {
			status = "active";
		}
		return new UserLine(user, names.getOrDefault(user.authority(), user.authority().toString()),
				user.roles().stream().sorted().toList(), time(user.access().lastSignInAt()),
				lockedByFailures ? time(user.lockedUntil()) : null,
				time(user.access().deactivatedAt()), status);
	}

	private static TokenLine tokenLine(ApiToken token) {
		return new TokenLine(token, token.roles().stream().sorted().toList(), time(token.createdAt()), time(token.lastUsedAt()),
				time(token.revokedAt()));
	}

	private static String time(Instant instant) {
		return instant == null ? null : TIME.format(instant);
	}

	/** A message key and its arguments, shown next to the field it is about. */
	record Message(String key, Object[] arguments) {
	}

	/** A user as a row of the list and the head of their page, with times written out. */
	record UserLine(User user, String authorityName, List<Role> roles, String lastSignIn, String lockedUntil,
			String deactivated, String status) {
	}

	/** An API token a user holds, with times written out. */
	record TokenLine(ApiToken token, List<Role> roles, String created, String lastUsed, String revoked) {
	}
}
