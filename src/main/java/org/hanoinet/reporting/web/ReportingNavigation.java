package org.hanoinet.reporting.web;

import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

	@Bean
	NavigationLink reportingLink() {
		return new NavigationLink(30, "/reporting", "reporting.nav", java.util.Set.of("CASE_HANDLER", "SUPERVISOR", "NODE_ADMIN"));
	}
}
