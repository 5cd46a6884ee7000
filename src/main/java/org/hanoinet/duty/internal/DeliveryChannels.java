package org.hanoinet.duty.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hanoinet.duty.Alert;
import org.hanoinet.duty.DutyEvents.AlertShown;
import org.hanoinet.duty.DutyProperties;
import org.hanoinet.duty.internal.JdbcDuty.Delivery;
import org.hanoinet.duty.internal.JdbcDuty.Notice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The channels an alert goes out through: e-mail over SMTP (when {@code spring.mail.host} is set), the
 * authority's HTTP webhook (for SMS or paging gateways and chat), and the live duty page. Each message
 * carries the case, never its contents, and a signed one-time acknowledgement link.
 */
@Component
class DeliveryChannels {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final ObjectProvider<JavaMailSender> mail;

	private final AcknowledgementLinks links;

	private final DutyProperties settings;

	private final Environment environment;

	private final ApplicationEventPublisher events;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final JsonMapper json = JsonMapper.builder().build();

	DeliveryChannels(ObjectProvider<JavaMailSender> mail, AcknowledgementLinks links, DutyProperties settings,
			Environment environment, ApplicationEventPublisher events) {
		this.mail = mail;
		this.links = links;
		this.settings = settings;
		this.environment = environment;
		this.events = events;
	}

	/** Whether SMTP is configured. */
	boolean mailEnabled() {
		return mail.getIfAvailable() != null;
	}

	/** Sends one delivery; an exception means it failed and is tried again later. */
	void send(Delivery delivery, Notice notice, Alert alert) throws Exception {
		switch (delivery.channel()) {
			case Alerting.EMAIL -> email(delivery.target(), notice, alert);
			case Alerting.WEBHOOK -> webhook(delivery.target(), notice, alert);
			case Alerting.WEB -> events.publishEvent(new AlertShown(alert.id(), alert.authority().value(), alert.state().value()));
			default -> throw new IllegalStateException("Unknown duty channel " + delivery.channel());
		}
	}

	/** The signed one-time link that acknowledges the alert for this notice. */
	String acknowledgementLink(Notice notice) {
		String token = links.token(notice.id(), notice.notifiedAt().plus(settings.linkValidity()));
		return baseUrl() + "/duty/acknowledge?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
	}

	private void email(String address, Notice notice, Alert alert) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("SMTP is not configured (spring.mail.host)");
		}
		if (sender instanceof JavaMailSenderImpl smtp) {
			smtp.getJavaMailProperties().putIfAbsent("mail.smtp.connectiontimeout", "5000");
			smtp.getJavaMailProperties().putIfAbsent("mail.smtp.timeout", "5000");
			smtp.getJavaMailProperties().putIfAbsent("mail.smtp.writetimeout", "5000");
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(address);
		if (alert.kind() == Alert.Kind.PING_TEST) {
			message.setSubject("[HanoiNet 24/7] Ping test from " + alert.requestingState());
			message.setText("""
					The 24/7 point of contact of %s sends a ping test to your point of contact: please acknowledge it,
					so that the response time of the network is recorded.

					Step of the escalation chain: %s

					Acknowledge it with this one-time link (valid until %s):
					%s
					""".formatted(alert.requestingState(), notice.step(), notice.notifiedAt().plus(settings.linkValidity()),
					acknowledgementLink(notice)));
			sender.send(message);
			return;
		}
		if (alert.kind() == Alert.Kind.UNDELIVERED_ENVELOPE) {
			Alert.Undelivered undelivered = alert.undelivered();
			message.setSubject("[HanoiNet 24/7] " + alert.urgency() + " message not delivered to node " + undelivered.peerNode()
					+ " - case " + alert.caseId());
			message.setText("""
					An %s message of case %s (%s) could not be delivered to node %s in time.
					Please reach the 24/7 point of contact of %s by telephone: %s

					Step of the escalation chain: %s
					Case: %s/cases/%s

					Acknowledge this alert with this one-time link (valid until %s):
					%s
					""".formatted(alert.urgency(), alert.caseId(), alert.caseType(), undelivered.peerNode(), undelivered.peerState(),
					undelivered.peerPhone() == null ? "no telephone in the directory" : undelivered.peerPhone(), notice.step(),
					baseUrl(), alert.caseId(), notice.notifiedAt().plus(settings.linkValidity()), acknowledgementLink(notice)));
			sender.send(message);
			return;
		}
		message.setSubject("[HanoiNet 24/7] " + alert.urgency() + " " + alert.caseType() + " request from " + alert.requestingState()
				+ " - case " + alert.caseId());
		message.setText("""
				An %s request (%s) from %s has reached your point of contact and must be acknowledged.

				Step of the escalation chain: %s
				Case: %s/cases/%s

				Acknowledge it with this one-time link (valid until %s):
				%s

				Nobody acknowledging will alert the next person of the escalation chain.
				""".formatted(alert.urgency(), alert.caseType(), alert.requestingState(), notice.step(), baseUrl(),
				alert.caseId(), notice.notifiedAt().plus(settings.linkValidity()), acknowledgementLink(notice)));
		sender.send(message);
	}

	private void webhook(String url, Notice notice, Alert alert) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("alert", alert.id().toString());
		body.put("kind", alert.kind().name());
		if (alert.caseId() != null) {
			body.put("case", alert.caseId().toString());
		}
		body.put("authority", alert.authority().toString());
		body.put("requestingState", alert.requestingState().value());
		if (alert.caseType() != null) {
			body.put("type", alert.caseType().name());
			body.put("urgency", alert.urgency().name());
		}
		if (alert.undelivered() != null) {
			body.put("peerNode", alert.undelivered().peerNode());
			body.put("peerState", alert.undelivered().peerState() == null ? null : alert.undelivered().peerState().value());
			body.put("peerPhone", alert.undelivered().peerPhone());
		}
		body.put("step", notice.step().name());
		body.put("recipient", notice.name());
		body.put("raisedAt", alert.raisedAt().toString());
		body.put("acknowledgeUrl", acknowledgementLink(notice));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build();
		HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("The webhook answered HTTP " + response.statusCode());
		}
	}

	private String baseUrl() {
		if (!settings.publicUrl().isBlank()) {
			return settings.publicUrl().replaceAll("/+$", "");
		}
		return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
	}
}
