package org.hanoinet.exchange.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseViewContribution;
import org.hanoinet.exchange.CaseDelivery;
import org.hanoinet.exchange.Outbox;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * How the case's envelopes reached the other State's node: the {@code delivery} notice of the case page while
 * something is not delivered, and the {@code delivery} field of the case JSON (null while nothing was sent).
 */
@Component
@Order(20)
class CaseDeliveries implements CaseViewContribution {

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Outbox outbox;

	private final MessageSource messages;

	CaseDeliveries(Outbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	@Override
	public Map<String, Object> pageModel(Case request, Actor viewer, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("delivery", outbox.ofCase(request.id().value())
			.filter(delivery -> !delivery.delivered())
			.map(delivery -> DeliveryNotice.of(delivery, messages.getMessage("exchange.delivery.notTried", null,
					"exchange.delivery.notTried", locale)))
			.orElse(null));
		return model;
	}

	@Override
	public Map<String, Object> json(Case request, Actor viewer) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("delivery", outbox.ofCase(request.id().value()).map(DeliveryJson::of).orElse(null));
		return fields;
	}

	/** Why the other State's node does not have everything of this case yet, shown to the case's users. */
	record DeliveryNotice(String state, String recipient, int envelopes, String since, int attempts, String reason,
			String nextAttempt) {

		static DeliveryNotice of(CaseDelivery delivery, String notTried) {
			return new DeliveryNotice(delivery.state(), delivery.recipient(), delivery.waiting() + delivery.dead(),
					UTC_TIME.format(delivery.waitingSince()), delivery.attempts(),
					delivery.lastError() == null ? notTried : delivery.lastError(),
					delivery.nextAttemptAt() == null ? null : UTC_TIME.format(delivery.nextAttemptAt()));
		}
	}

	/**
	 * How this node's envelopes of the case stand (absent while nothing was sent): {@code DELIVERED}, {@code PENDING}
	 * with why the last try failed and when the next one is due, or {@code DEAD} when one was given up.
	 */
	record DeliveryJson(String state, String recipient, int waiting, int dead, Instant waitingSince, int attempts,
			String lastError, Instant nextAttemptAt, Instant lastDeliveredAt) {

		static DeliveryJson of(CaseDelivery delivery) {
			return new DeliveryJson(delivery.state(), delivery.recipient(), delivery.waiting(), delivery.dead(),
					delivery.waitingSince(), delivery.attempts(), delivery.lastError(), delivery.nextAttemptAt(),
					delivery.lastDeliveredAt());
		}
	}
}
