package org.hanoinet.cooperation.web;

import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseNavigation {

	@Bean
	NavigationLink casesLink() {
		return new NavigationLink(15, "/cases", "cooperation.nav",
				java.util.Set.of("DUTY_OFFICER", "CASE_HANDLER", "SUPERVISOR", "AUDITOR"));
	}
}
