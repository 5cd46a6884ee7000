package org.hanoinet.law.web;

import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LawNavigation {

	@Bean
	NavigationLink lawLink() {
		return new NavigationLink(12, "/law", "law.nav");
	}
}
