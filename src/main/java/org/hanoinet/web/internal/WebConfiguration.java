package org.hanoinet.web.internal;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The interface languages: English and Vietnamese. The choice made with the language switch is kept in a
 * cookie; before any choice, the browser's preferred language decides, and English is the fallback.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("vi"));

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("hanoinet-lang");
		resolver.setDefaultLocaleFunction(WebConfiguration::preferredLanguage);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch()).excludePathPatterns("/api/**", "/actuator/**", "/webjars/**", "/css/**");
	}

	static Locale preferredLanguage(HttpServletRequest request) {
		// The container has already parsed Accept-Language (malformed headers yield its default locale).
		for (Locale wanted : Collections.list(request.getLocales())) {
			for (Locale language : LANGUAGES) {
				if (language.getLanguage().equals(wanted.getLanguage())) {
					return language;
				}
			}
		}
		return Locale.ENGLISH;
	}

	/** Applies {@code ?lang=en} or {@code ?lang=vi}; any other value is ignored rather than failing the page. */
	static final class LanguageSwitch implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String wanted = request.getParameter("lang");
			if (wanted != null) {
				LANGUAGES.stream()
					.filter(language -> language.getLanguage().equals(wanted))
					.findFirst()
					.ifPresent(language -> {
						LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
						if (resolver != null) {
							resolver.setLocale(request, response, language);
						}
					});
			}
			return true;
		}
	}
}
