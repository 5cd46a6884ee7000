package org.hanoinet.treaty.internal;

import org.hanoinet.treaty.EntryIntoForce;
import org.hanoinet.treaty.Participants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TreatyConfiguration {

	@Bean
	Participants participants() {
		return Participants.ofTheConvention();
	}

	@Bean
	EntryIntoForce entryIntoForce(TreatyProperties properties, Participants participants) {
		return new EntryIntoForce(properties.rules(), participants);
	}
}
