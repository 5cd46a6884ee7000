package org.hanoinet.web.internal.audit;

import org.hanoinet.web.internal.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationLink auditLink() {
		return new NavigationLink(90, "/audit", "audit.nav");
	}
}
