package org.hanoinet.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hanoinet.directory.Authorities;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.IdentityManagement;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UserId;
import org.hanoinet.identity.Users;
import org.hanoinet.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own page: who they act for, their roles, changing the password (which a user whom an
 * administrator asked for a new one must do here first), and signing out.
 */
@Controller
class AccountController {

	private final CurrentCaller currentCaller;

	private final Authorities authorities;

	private final IdentityManagement management;

	private final Users users;

	AccountController(CurrentCaller currentCaller, Authorities authorities, IdentityManagement management, Users users) {
		this.currentCaller = currentCaller;
		this.authorities = authorities;
		this.management = management;
		this.users = users;
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			management.changeOwnPassword(currentCaller.require(), currentPassword, newPassword);
		}
		catch (InvalidValue invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("passwordError", "identity.password.error." + invalid.field());
			return account(model, locale);
		}
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/account";
	}

	@GetMapping("/account")
	String account(Model model, Locale locale) {
		Caller caller = currentCaller.require();
		model.addAttribute("caller", caller);
		model.addAttribute("stateName", caller.state().displayName(locale));
		model.addAttribute("authorityName",
				authorities.findById(caller.authority()).map(authority -> authority.name()).orElse(caller.authority().toString()));
		model.addAttribute("admin", caller.has(Role.NODE_ADMIN));
		model.addAttribute("passwordRequired", caller.kind() == Caller.Kind.USER && users.findVisible(new UserId(caller.id()), caller)
			.map(user -> user.access().passwordChangeRequired())
			.orElse(false));
		model.addAttribute("roles", caller.roles().stream().sorted().map(role -> "identity.role." + role.name()).toList());
		return "identity/account";
	}
}
