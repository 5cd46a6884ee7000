package org.hanoinet.web.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The heading of the OpenAPI document served at {@code /api/v1/openapi.json}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI hanoiNetApi(ObjectProvider<BuildProperties> build) {
		String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
		return new OpenAPI().info(new Info().title("HanoiNet API")
			.version(version)
			.description("REST API of a HanoiNet node: cooperation under the UN Convention against Cybercrime. "
					+ "Errors are RFC 9457 problem documents whose type is a stable urn:hanoinet:problem: URI.")
			.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
	}
}
