package org.hanoinet.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Viet Nam sends an urgent preservation request to Brazil's point of contact through the cases API, as a national system would. */
public final class UrgentRequests {

	public static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private UrgentRequests() {
	}

	/** Drafts, submits (VN duty officer) and approves (VN supervisor) the request; returns the case id. */
	public static String sendToBrazil(DemoLogins demo) {
		String body = "{\"type\":\"PRESERVATION\",\"requestedAuthority\":\"" + BR_POINT_OF_CONTACT + "\",\"contents\":"
				+ preservation() + "}";
		String id = call(demo, "POST", "/api/v1/cases", Role.DUTY_OFFICER, body, 201).path("id").asString();
		call(demo, "POST", "/api/v1/cases/" + id + "/submit", Role.DUTY_OFFICER, null, 200);
		JsonNode sent = call(demo, "POST", "/api/v1/cases/" + id + "/approve", Role.SUPERVISOR, null, 200);
		assertThat(sent.path("status").asString()).isEqualTo("DELIVERED");
		return id;
	}

	/** The case as Viet Nam, the requesting side, sees it. */
	public static JsonNode seenByVietNam(DemoLogins demo, String id) {
		return call(demo, "GET", "/api/v1/cases/" + id, Role.DUTY_OFFICER, null, 200);
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static JsonNode call(DemoLogins demo, String method, String path, Role role, String body, int expected) {
		HttpResponse<String> response = demo.send(method, path, demo.of("VN", role).apiToken(), body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		return JSON.readTree(response.body());
	}

	private static String preservation() {
		return "{\"legalBasis\":{\"kind\":\"TREATY\",\"instrument\":\"Viet Nam-Brazil treaty on mutual legal assistance (demo)\"},"
				+ "\"offenceBasis\":{\"kind\":\"CONVENTION_OFFENCE\",\"article\":7},"
				+ "\"urgency\":\"URGENT\",\"language\":\"en\","
				+ "\"conditions\":{\"confidential\":true,\"limitedUse\":true},"
				+ "\"elements\":{\"OFFENCE_AND_FACTS\":\"Illegal access to a bank's servers on 2026-11-20.\","
				+ "\"DATA_AND_RELATION\":\"Connection logs of the account used in the intrusion.\","
				+ "\"CUSTODIAN_OR_LOCATION\":\"Example Mail Ltda., São Paulo\","
				+ "\"NECESSITY\":\"The provider keeps logs for 30 days only.\","
				+ "\"INTENT_TO_REQUEST_ASSISTANCE\":\"yes\"}}";
	}
}
