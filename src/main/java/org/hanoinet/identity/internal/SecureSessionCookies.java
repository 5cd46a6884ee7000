package org.hanoinet.identity.internal;

import jakarta.servlet.ServletContext;
import org.hanoinet.node.NodeProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The session cookie is HttpOnly and SameSite=Lax everywhere (application settings) and, on a production
 * node, Secure: it is never sent over plain HTTP. A demo node on http://localhost keeps the container's
 * default (Secure when the request came over HTTPS).
 */
@Component
class SecureSessionCookies implements ServletContextInitializer {

	private final NodeProperties node;

	SecureSessionCookies(NodeProperties node) {
		this.node = node;
	}

	@Override
	public void onStartup(ServletContext servletContext) {
		if (!node.demo()) {
			servletContext.getSessionCookieConfig().setSecure(true);
		}
		servletContext.getSessionCookieConfig().setHttpOnly(true);
	}
}
