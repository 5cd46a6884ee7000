package org.hanoinet.web.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The security firewall refuses addresses that could slip past the URL rules ({@code ..}, {@code ;}, {@code //},
 * encoded separators). It marks the request before the container's error dispatch, so {@link ErrorPages} can say
 * that the address itself was refused rather than that something failed.
 */
@Configuration(proxyBeanMethods = false)
class FirewallRejections {

	/** The request attribute that marks an address the firewall refused. */
	static final String REJECTED_ADDRESS = FirewallRejections.class.getName() + ".rejected";

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			request.setAttribute(REJECTED_ADDRESS, Boolean.TRUE);
			response.sendError(HttpStatus.BAD_REQUEST.value());
		};
	}
}
