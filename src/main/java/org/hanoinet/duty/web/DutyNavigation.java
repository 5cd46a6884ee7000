package org.hanoinet.duty.web;

import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DutyNavigation {

	@Bean
	NavigationLink dutyLink() {
		return new NavigationLink(16, "/duty", "duty.nav", java.util.Set.of("DUTY_OFFICER", "SUPERVISOR", "AUDITOR"));
	}
}
