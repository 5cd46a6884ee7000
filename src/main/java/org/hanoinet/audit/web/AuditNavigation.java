package org.hanoinet.audit.web;

import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationLink auditLink() {
		return new NavigationLink(90, "/audit", "audit.nav", java.util.Set.of("AUDITOR"));
	}
}
