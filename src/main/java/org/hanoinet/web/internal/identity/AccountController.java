package org.hanoinet.web.internal.identity;

import java.util.Locale;

import org.hanoinet.directory.Authorities;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in user's own page: who they act for, their roles, and signing out. */
@Controller
class AccountController {

	private final CurrentCaller currentCaller;

	private final Authorities authorities;

	AccountController(CurrentCaller currentCaller, Authorities authorities) {
		this.currentCaller = currentCaller;
		this.authorities = authorities;
	}

	@GetMapping("/account")
	String account(Model model, Locale locale) {
		Caller caller = currentCaller.require();
		model.addAttribute("caller", caller);
		model.addAttribute("stateName", caller.state().displayName(locale));
		model.addAttribute("authorityName",
				authorities.findById(caller.authority()).map(authority -> authority.name()).orElse(caller.authority().toString()));
		model.addAttribute("admin", caller.has(Role.NODE_ADMIN));
		model.addAttribute("roles", caller.roles().stream().sorted().map(role -> "identity.role." + role.name()).toList());
		return "identity/account";
	}
}
