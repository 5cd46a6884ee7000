package org.hanoinet.treaty.web;

import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TreatyNavigation {

	@Bean
	NavigationLink treatyLink() {
		return new NavigationLink(10, "/treaty", "treaty.nav");
	}
}
