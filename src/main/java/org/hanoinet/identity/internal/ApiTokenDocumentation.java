package org.hanoinet.identity.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells readers of the OpenAPI document how to authenticate: an API token as a bearer token. */
@Configuration(proxyBeanMethods = false)
class ApiTokenDocumentation {

	static final String SCHEME = "apiToken";

	@Bean
	OpenApiCustomizer apiTokenSecurityScheme() {
		return openApi -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents()
				.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("An API token issued by a node administrator (hnt_...), sent as 'Authorization: Bearer <token>'. "
							+ "Public endpoints need none; others answer 401 without it and 403 when its roles do not allow."));
			openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
		};
	}
}
