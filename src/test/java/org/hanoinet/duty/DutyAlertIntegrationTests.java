package org.hanoinet.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.hanoinet.NodeTest;
import org.hanoinet.StoppedClock;
import org.hanoinet.TestSmtp;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.shared.AuthorityId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A node of its own, with a real SMTP server on loopback (GreenMail) and a clock the test moves: Viet Nam sends
 * an urgent preservation request, Brazil's officer on duty gets the e-mail, silence escalates to the backup
 * officer and then to the supervisor, and the signed link of the e-mail acknowledges the alert and the case.
 * The clock stands at 12:00 in São Paulo, when the demo roster has Ana Souza on duty.
 */
@NodeTest
@Import(DutyAlertIntegrationTests.MovedClock.class)
class DutyAlertIntegrationTests {

	static final Instant NOON_IN_SAO_PAULO = Instant.parse("2026-11-23T15:00:00Z");

	static final GreenMail smtp = TestSmtp.start();

	@TestConfiguration
	static class MovedClock {

		@Bean
		@Primary
		StoppedClock movableClock() {
			return new StoppedClock(NOON_IN_SAO_PAULO);
		}
	}

	@DynamicPropertySource
	static void smtpOnLoopback(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("hanoinet.duty.escalation-silence", () -> "5m");
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	StoppedClock clock;

	@Autowired
	DutyManagement duty;

	DemoLogins demo;

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void anUnansweredUrgentRequestClimbsTheChainUntilTheLinkInTheEmailAcknowledgesIt() throws Exception {
		String id = UrgentRequests.sendToBrazil(demo);

		MimeMessage toOfficer = awaitMail(id, "ana.souza@pf.example", Duration.ofSeconds(2));
		assertThat(toOfficer.getSubject()).contains("URGENT", "PRESERVATION", "VN", id);
		String body = (String) toOfficer.getContent();
		assertThat(body).contains("/duty/acknowledge?token=").doesNotContain("Example Mail Ltda.");
		assertThat(mailsFor(id, "carla.mendes@pf.example")).isEmpty();

		clock.move(Duration.ofMinutes(5).plusSeconds(1));
		awaitMail(id, "carla.mendes@pf.example", Duration.ofSeconds(5));
		assertThat(mailsFor(id, "supervisor@pf.example")).isEmpty();

		clock.move(Duration.ofMinutes(5).plusSeconds(1));
		awaitMail(id, "supervisor@pf.example", Duration.ofSeconds(5));

		String token = token(body);
		DemoLogins.Browser officer = demo.browser();
		String linkPage = "/duty/acknowledge?token=" + token;
		assertThat(officer.get(linkPage).body()).contains("Acknowledge</button>");
		HttpResponse<String> acknowledged = officer.submit(linkPage, "/duty/acknowledge", Map.of("token", token));
		assertThat(acknowledged.statusCode()).isEqualTo(200);
		assertThat(acknowledged.body()).contains("The alert is acknowledged");

		JsonNode seenByVietNam = UrgentRequests.seenByVietNam(demo, id);
		assertThat(seenByVietNam.path("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(seenByVietNam.path("events").valueStream().map(event -> event.path("act").asString()))
			.containsExactly("DRAFT", "SUBMIT_FOR_APPROVAL", "APPROVE", "RECORD_DELIVERY", "ACKNOWLEDGE");

		clock.move(Duration.ofMinutes(10));
		// Give the worker (twice a second) three turns on the moved clock; other open alerts may still send mail.
		smtp.waitForIncomingEmail(1500, smtp.getReceivedMessages().length + 100);
		assertThat(mailsFor(id, "chefe@pf.example")).as("the head of unit is not alerted once acknowledged").isEmpty();

		String reopened = demo.browser().get(linkPage).body();
		assertThat(reopened).contains("This alert has already been acknowledged.").doesNotContain("Acknowledge</button>");
		String forgedToken = java.util.UUID.randomUUID() + token.substring(token.indexOf('.'));
		String forged = demo.browser().get("/duty/acknowledge?token=" + forgedToken).body();
		assertThat(forged).contains("This link is not valid");

		JsonNode alert = alertOf(id, "BR");
		assertThat(alert.path("open").asBoolean()).isFalse();
		assertThat(alert.path("acknowledgedVia").asString()).isEqualTo("LINK");
		assertThat(alert.path("secondsToAcknowledge").asDouble()).isEqualTo(602.0);
		assertThat(alert.path("records").valueStream().map(record -> record.path("kind").asString() + " " + record.path("step").asString()))
			.containsSubsequence("RAISED ON_DUTY", "ESCALATED BACKUP", "ESCALATED SUPERVISOR", "ACKNOWLEDGED SUPERVISOR")
			.contains("DELIVERED ON_DUTY");
		JsonNode statistics = UrgentRequests.json(demo.get("/api/v1/duty/statistics", demo.of("BR", Role.SUPERVISOR).apiToken()));
		assertThat(statistics.path("acknowledged").asInt()).isPositive();
		assertThat(statistics.path("medianSeconds").isNumber()).isTrue();
		assertThat(statistics.path("p95Seconds").asDouble()).isGreaterThanOrEqualTo(statistics.path("medianSeconds").asDouble());
		assertThat(alertOf(id, "VN").path("acknowledgedAt").asString()).as("the requesting side sees when it was acknowledged")
			.isNotEmpty();
	}

	@Test
	void theWebhookOfThePointOfContactIsRetriedUntilItAnswers() throws Exception {
		BlockingQueue<String> received = new LinkedBlockingQueue<>();
		AtomicInteger calls = new AtomicInteger();
		HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		gateway.createContext("/pager", exchange -> {
			received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1);
			exchange.close();
		});
		gateway.start();
		AuthorityId brazil = AuthorityId.of(UrgentRequests.BR_POINT_OF_CONTACT);
		try {
			duty.setWebhook(brazil, "http://127.0.0.1:" + gateway.getAddress().getPort() + "/pager");
			String id = UrgentRequests.sendToBrazil(demo);

			String refused = received.poll(5, TimeUnit.SECONDS);
			assertThat(refused).contains(id, "\"urgency\":\"URGENT\"", "acknowledgeUrl");
			assertThat(received.poll(1, TimeUnit.SECONDS)).as("no retry before the wait has passed").isNull();

			clock.move(Duration.ofSeconds(3));
			String retried = received.poll(5, TimeUnit.SECONDS);
			assertThat(retried).contains(id, "\"step\":\"ON_DUTY\"");

			JsonNode alert = alertOf(id, "BR");
			assertThat(alert.path("records").valueStream()
				.filter(record -> record.path("channel").asString().equals("WEBHOOK"))
				.map(record -> record.path("kind").asString())).containsExactly("DELIVERY_FAILED", "DELIVERED");
		}
		finally {
			duty.setWebhook(brazil, null);
			gateway.stop(0);
		}
	}

	private JsonNode alertOf(String caseId, String state) {
		HttpResponse<String> response = demo.get("/api/v1/duty/alerts?case=" + caseId, demo.of(state, Role.DUTY_OFFICER).apiToken());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode alerts = UrgentRequests.json(response);
		assertThat(alerts.size()).isEqualTo(1);
		return alerts.get(0);
	}

	private static MimeMessage awaitMail(String caseId, String recipient, Duration timeout) throws MessagingException {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			List<MimeMessage> found = mailsFor(caseId, recipient);
			if (!found.isEmpty()) {
				return found.getFirst();
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("No e-mail about case " + caseId + " reached " + recipient + " within " + timeout);
			}
			smtp.waitForIncomingEmail(100, smtp.getReceivedMessages().length + 1);
		}
	}

	private static List<MimeMessage> mailsFor(String caseId, String recipient) throws MessagingException {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().contains(caseId) && Optional.ofNullable(message.getRecipients(Message.RecipientType.TO))
					.stream()
					.flatMap(Arrays::stream)
					.anyMatch(address -> address.toString().equals(recipient));
			}
			catch (MessagingException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).toList();
	}

	private static String token(String body) {
		Matcher link = Pattern.compile("/duty/acknowledge\\?token=(\\S+)").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
	}
}
