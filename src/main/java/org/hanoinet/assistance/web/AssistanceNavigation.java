package org.hanoinet.assistance.web;

import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssistanceNavigation {

	@Bean
	NavigationLink assistanceLink() {
		return new NavigationLink(32, "/assistance", "assistance.nav", NavigationLink.SIGNED_IN);
	}
}
