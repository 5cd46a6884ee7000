package org.hanoinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.hanoinet.NodeHttp;
import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What an operator or an integrating system finds on a freshly started node. */
@NodeTest
class NodeInterfacesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	NodeHttp http;

	DemoLogins demo;

	@BeforeEach
	void connect() {
		http = new NodeHttp(port);
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void healthReportsUp() {
		HttpResponse<String> health = http.get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(new ObjectMapper().readTree(health.body()).path("status").asString()).isEqualTo("UP");
	}

	@Test
	void prometheusMetricsAreExposedToTheNodeAdministrator() {
		HttpResponse<String> metrics = demo.get("/actuator/prometheus", demo.of("VN", Role.NODE_ADMIN).apiToken());

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
		assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(401);
	}

	@Test
	void theOpenApiDocumentDescribesTheNodeApi() {
		HttpResponse<String> document = http.get("/api/v1/openapi.json");

		assertThat(document.statusCode()).isEqualTo(200);
		JsonNode openApi = new ObjectMapper().readTree(document.body());
		assertThat(openApi.path("openapi").asString()).startsWith("3.");
		assertThat(openApi.path("info").path("title").asString()).isEqualTo("HanoiNet API");
		assertThat(openApi.path("paths").has("/api/v1/node")).isTrue();
		assertThat(openApi.path("paths").has("/api/v1/node/states/{code}")).isTrue();
	}

	@Test
	void theApiCanBeBrowsed() {
		HttpResponse<String> page = http.get("/api/v1/docs");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui");
	}

	@Test
	void theNodeSummaryListsTheDemoStates() {
		JsonNode node = new ObjectMapper().readTree(http.get("/api/v1/node").body());

		assertThat(node.path("name").asString()).isEqualTo("HanoiNet test node");
		assertThat(node.path("demo").asBoolean()).isTrue();
		assertThat(node.path("states").valueStream().map(state -> state.path("code").asString()))
			.containsExactly("BR", "GH", "VN");
	}

	@Test
	void anUnknownPageShowsAReadableErrorPageInTheReadersLanguage() {
		String token = demo.of("VN", Role.CASE_HANDLER).apiToken();
		HttpResponse<String> english = demo.get("/no-such-page", token, "text/html");
		HttpResponse<String> vietnamese = demo.get("/no-such-page?lang=vi", token, "text/html");

		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("The page you asked for does not exist.").doesNotContain("Exception");
		assertThat(vietnamese.statusCode()).isEqualTo(404);
		assertThat(vietnamese.body()).contains("Trang bạn yêu cầu không tồn tại.");
	}

	@Test
	void theBrowsersPreferredLanguageIsUsedBeforeAnyChoice() {
		HttpResponse<String> page = http.get("/", "text/html");
		assertThat(page.body()).contains("<html lang=\"en\">");

		HttpResponse<String> vietnamese = new NodeHttp(port).getWithLanguage("/", "vi-VN,vi;q=0.9,en;q=0.5");
		assertThat(vietnamese.body()).contains("<html lang=\"vi\">", "Các quốc gia do nút này phục vụ");
	}
}
