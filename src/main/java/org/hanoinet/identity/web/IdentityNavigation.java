package org.hanoinet.identity.web;

import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavigationLink accountLink() {
		return new NavigationLink(90, "/account", "identity.nav.account", NavigationLink.SIGNED_IN);
	}
}
