package org.hanoinet.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.hanoinet.NodeHttp;
import org.hanoinet.NodeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The rules table as the public reads it: the page and the API, without signing in, in both languages. */
@NodeTest
class LawIntegrationTests {

	@LocalServerPort
	int port;

	NodeHttp http;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void connect() {
		http = new NodeHttp(port);
	}

	@Test
	void theApiServesEveryRowWithItsConfidenceSourceAndSetting() {
		JsonNode rules = ok(http.get("/api/v1/law/rules"));
		assertThat(rules.size()).isEqualTo(LegalRules.standard().all().size());

		JsonNode period = find(rules, "clock.PRESERVATION_PERIOD");
		assertThat(period.path("article").asInt()).isEqualTo(42);
		assertThat(period.path("confidence").asString()).isEqualTo("MODEL");
		assertThat(period.path("source").asString()).contains("Budapest 29(7)");
		assertThat(period.path("setting").asString()).isEqualTo("hanoinet.clocks.preservation.period");
		assertThat(period.path("paragraphVerified").asBoolean()).isFalse();
		assertThat(period.path("citation").asString()).isEqualTo("art. 42");
		assertThat(period.path("title").asString()).startsWith("Preservation period");

		JsonNode fortieth = find(rules, "registry.instruments-for-entry-into-force");
		assertThat(fortieth.path("confidence").asString()).isEqualTo("VERIFIED");
		assertThat(fortieth.path("citation").asString()).isEqualTo("art. 65, para. 1");
	}

	@Test
	void titlesFollowTheCallersLanguage() {
		String english = find(ok(http.getWithLanguage("/api/v1/law/rules?kind=bar", "en")), "bar.consult-first").path("title")
			.asString();
		String vietnamese = find(ok(http.getWithLanguage("/api/v1/law/rules?kind=bar", "vi")), "bar.consult-first").path("title")
			.asString();
		assertThat(english).startsWith("Consult the requesting State");
		assertThat(vietnamese).startsWith("Tham vấn Quốc gia yêu cầu");
	}

	@Test
	void filtersByKindAndArticle() {
		JsonNode preservation = ok(http.get("/api/v1/law/rules?kind=contents&article=42"));
		assertThat(ids(preservation)).containsExactly("contents.PRESERVATION.OFFENCE_AND_FACTS",
				"contents.PRESERVATION.DATA_AND_RELATION", "contents.PRESERVATION.CUSTODIAN_OR_LOCATION",
				"contents.PRESERVATION.NECESSITY", "contents.PRESERVATION.INTENT_TO_REQUEST_ASSISTANCE");
	}

	@Test
	void aBadFilterIsAProblemThatNamesIt() {
		HttpResponse<String> kind = http.get("/api/v1/law/rules?kind=penalty");
		assertThat(kind.statusCode()).isEqualTo(400);
		assertThat(kind.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
		assertThat(kind.body()).contains("'penalty' is not a kind of rule");

		HttpResponse<String> article = http.get("/api/v1/law/rules?article=69");
		assertThat(article.statusCode()).isEqualTo(400);
		assertThat(article.body()).contains("articles 1 to 68");
	}

	@Test
	void thePageIsPublicAndMarksParagraphsThatWereNotRead() {
		HttpResponse<String> page = http.get("/law?article=42");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"rule-contents-PRESERVATION-NECESSITY\"")
			.contains("item 5 (approx.)").contains("Budapest 29(2)(e)").doesNotContain("rule-registry-");

		HttpResponse<String> vietnamese = http.getWithLanguage("/law?kind=registry", "vi");
		assertThat(vietnamese.body()).contains("Quy tắc pháp lý").contains("Đã kiểm chứng").contains("Điều 65")
			.doesNotContain("rule-contents-");
	}

	private JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static JsonNode find(JsonNode rules, String id) {
		for (JsonNode rule : rules) {
			if (rule.path("id").asString().equals(id)) {
				return rule;
			}
		}
		throw new AssertionError("no rule " + id + " in " + rules);
	}

	private static List<String> ids(JsonNode rules) {
		return rules.valueStream().map(rule -> rule.path("id").asString()).toList();
	}
}
