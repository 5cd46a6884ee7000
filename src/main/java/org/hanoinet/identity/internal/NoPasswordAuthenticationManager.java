package org.hanoinet.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;

/**
 * Sign-in does not go through Spring Security's username-and-password authentication: {@code SignIn} checks
 * the password and the second factor together, and API tokens are checked by their own filter. This manager
 * refuses everything, and its presence keeps Spring Boot from creating a default user with a generated
 * password.
 */
@Configuration(proxyBeanMethods = false)
class NoPasswordAuthenticationManager {

	@Bean
	AuthenticationManager authenticationManager() {
		return authentication -> {
			throw new ProviderNotFoundException("Sign in through /login; API clients send a bearer token");
		};
	}
}
