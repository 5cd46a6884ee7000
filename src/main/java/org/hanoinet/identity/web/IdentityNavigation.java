package org.hanoinet.identity.web;

import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	/** Shown to everyone, like every link; the page itself answers 403 to any role but the node administrator. */
	@Bean
	NavigationLink usersLink() {
		return new NavigationLink(88, UserAdministrationController.BASE, "identity.nav.users", java.util.Set.of("NODE_ADMIN"));
	}

	@Bean
	NavigationLink accountLink() {
		return new NavigationLink(90, "/account", "identity.nav.account", NavigationLink.SIGNED_IN);
	}
}
