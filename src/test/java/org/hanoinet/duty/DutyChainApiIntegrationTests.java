package org.hanoinet.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Node administrators set their own points of contact's escalation chains through the API, and only those. */
@NodeTest
class DutyChainApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	DemoLogins demo;

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void brazilsAdministratorSetsTheBackupOfItsPointOfContactAndSeesTheDemoChain() {
		String path = "/api/v1/duty/authorities/" + UrgentRequests.BR_POINT_OF_CONTACT;
		HttpResponse<String> set = demo.send("PUT", path + "/chain/backup", admin("BR"),
				"{\"name\":\"Eduarda Alves\",\"email\":\"eduarda.alves@pf.example\"}");

		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		JsonNode chain = UrgentRequests.json(set);
		assertThat(chain.path("contacts").valueStream()
			.filter(contact -> contact.path("step").asString().equals("BACKUP"))
			.map(contact -> contact.path("name").asString())).contains("Carla Mendes", "Eduarda Alves");
		assertThat(chain.path("contacts").valueStream().map(contact -> contact.path("step").asString()))
			.contains("ON_DUTY", "SUPERVISOR", "HEAD_OF_UNIT");
	}

	@Test
	void refusesAnotherStatesPointOfContactABadAddressAndCallersWhoAreNotAdministrators() {
		String path = "/api/v1/duty/authorities/" + UrgentRequests.BR_POINT_OF_CONTACT;

		HttpResponse<String> fromVietNam = demo.send("PUT", path + "/webhook", admin("VN"), "{\"url\":\"http://127.0.0.1:9/x\"}");
		HttpResponse<String> badAddress = demo.send("PUT", path + "/chain/BACKUP", admin("BR"), "{\"name\":\"X\",\"email\":\"no address\"}");
		HttpResponse<String> badStep = demo.send("PUT", path + "/chain/janitor", admin("BR"), "{\"name\":\"X\"}");
		HttpResponse<String> officer = demo.get(path + "/chain", demo.of("BR", Role.DUTY_OFFICER).apiToken());

		assertThat(fromVietNam.statusCode()).isEqualTo(403);
		assertThat(fromVietNam.body()).contains("urn:hanoinet:problem:forbidden");
		assertThat(badAddress.statusCode()).isEqualTo(400);
		assertThat(badAddress.body()).contains("not an e-mail address");
		assertThat(badStep.statusCode()).isEqualTo(400);
		assertThat(officer.statusCode()).isEqualTo(403);
	}

	private String admin(String state) {
		return demo.of(state, Role.NODE_ADMIN).apiToken();
	}
}
