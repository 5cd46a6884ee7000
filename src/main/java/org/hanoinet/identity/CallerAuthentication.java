package org.hanoinet.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A completed sign-in (password and, when required, second factor) or a valid API token, as Spring Security sees it. */
public final class CallerAuthentication extends AbstractAuthenticationToken {

	private final Caller caller;

	public CallerAuthentication(Caller caller) {
		super(caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
		this.caller = caller;
		setAuthenticated(true);
	}

	public Caller caller() {
		return caller;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return caller;
	}

	@Override
	public String getName() {
		return caller.name();
	}
}
