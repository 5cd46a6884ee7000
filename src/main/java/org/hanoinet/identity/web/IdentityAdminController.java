package org.hanoinet.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.identity.ApiTokenId;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.IdentityManagement;
import org.hanoinet.identity.IdentityManagement.IssuedApiToken;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.Users;
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

/** For a node administrator: the users and API tokens of their own State; issuing and revoking tokens. */
@Controller
class IdentityAdminController {

	private final CurrentCaller currentCaller;

	private final Users users;

	private final IdentityManagement management;

	private final Authorities authorities;

	IdentityAdminController(CurrentCaller currentCaller, Users users, IdentityManagement management, Authorities authorities) {
		this.currentCaller = currentCaller;
		this.users = users;
		this.management = management;
		this.authorities = authorities;
	}

	@GetMapping("/identity/admin")
	String overview(Model model, Locale locale) {
		Caller admin = currentCaller.require();
		model.addAttribute("stateName", admin.state().displayName(locale));
		model.addAttribute("users", users.visibleTo(admin));
		model.addAttribute("tokens", management.tokens(admin));
		model.addAttribute("authorities", authorities.findByState(admin.state()));
		model.addAttribute("roles", List.of(Role.values()));
		return "identity/admin";
	}

	@PostMapping("/identity/admin/tokens")
	String issue(@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String authority,
			@RequestParam(required = false) List<String> roles, Model model, Locale locale, HttpServletResponse response) {
		Caller admin = currentCaller.require();
		try {
			Set<Role> granted = EnumSet.noneOf(Role.class);
			for (String role : roles == null ? List.<String>of() : roles) {
				granted.add(EnumSet.allOf(Role.class)
					.stream()
					.filter(known -> known.name().equals(role))
					.findFirst()
					.orElseThrow(() -> new InvalidValue("roles", "'" + role + "' is not a role.")));
			}
			IssuedApiToken issued = management.issueToken(admin, label, AuthorityId.of(authority), granted);
			model.addAttribute("issued", issued);
			model.addAttribute("authorityName", authorities.findById(issued.token().authority()).map(Authority::name).orElse(""));
			return "identity/token-issued";
		}
		catch (InvalidValue invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("formError", invalid.getMessage());
			return overview(model, locale);
		}
	}

	@PostMapping("/identity/admin/tokens/{id}/revoke")
	String revoke(@PathVariable String id, RedirectAttributes redirect) {
		management.revokeToken(currentCaller.require(), ApiTokenId.of(id));
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/identity/admin";
	}
}
