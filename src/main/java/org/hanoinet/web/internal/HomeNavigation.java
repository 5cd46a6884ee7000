package org.hanoinet.web.internal;

import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeNavigation {

	@Bean
	NavigationLink homeLink() {
		return new NavigationLink(0, "/", "nav.home");
	}
}
