package org.hanoinet.node.internal;

import java.time.Clock;

import org.hanoinet.node.RateLimitProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the rate limits and then the body limits in front of Spring Security's filter chain, so a flood or an
 * oversized body costs no token lookup, no password hash and no session.
 */
@Configuration(proxyBeanMethods = false)
class AbuseLimitFilters {

	@Bean
	FilterRegistrationBean<RateLimits> rateLimits(RateLimitProperties settings, ApplicationEventPublisher events, Clock clock) {
		FilterRegistrationBean<RateLimits> registration = new FilterRegistrationBean<>(new RateLimits(settings, events, clock));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<BodyLimits> bodyLimits(RateLimitProperties settings) {
		FilterRegistrationBean<BodyLimits> registration = new FilterRegistrationBean<>(new BodyLimits(settings.maxBody().toBytes()));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}
}
