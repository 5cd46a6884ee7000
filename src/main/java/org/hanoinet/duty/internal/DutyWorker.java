package org.hanoinet.duty.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.hanoinet.duty.Alert;
import org.hanoinet.duty.AlertRecord;
import org.hanoinet.duty.DutyEvents.AlertDeliveryFailed;
import org.hanoinet.duty.DutyProperties;
import org.hanoinet.duty.internal.JdbcDuty.Delivery;
import org.hanoinet.duty.internal.JdbcDuty.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Twice a second: sends the deliveries that are due (retrying failed ones with growing waits) and escalates
 * the alerts whose step stayed silent, sends the ping-test rounds that are due, reading time from the injected clock.
 */
@Component
class DutyWorker {

	private static final Logger log = LoggerFactory.getLogger(DutyWorker.class);

	private final JdbcDuty duty;

	private final Alerting alerting;

	private final DeliveryChannels channels;

	private final DutyProperties settings;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PingTests pings;

	DutyWorker(JdbcDuty duty, Alerting alerting, DeliveryChannels channels, DutyProperties settings,
			TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock, PingTests pings) {
		this.pings = pings;
		this.duty = duty;
		this.alerting = alerting;
		this.channels = channels;
		this.settings = settings;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 500, initialDelay = 1000)
	void tick() {
		try {
			transaction.executeWithoutResult(status -> alerting.escalateDue());
			while (Boolean.TRUE.equals(transaction.execute(status -> deliverDue()))) {
				// another batch is due
			}
		}
		catch (RuntimeException failed) {
			log.warn("Duty alerts could not be processed this time: {}", failed.toString());
		}
		try {
			transaction.executeWithoutResult(status -> pings.pingDue());
		}
		catch (RuntimeException failed) {
			log.warn("Ping tests could not be sent this time: {}", failed.toString());
		}
	}

	/** Sends one batch of due deliveries; true when the batch was full. */
	private boolean deliverDue() {
		List<Delivery> due = duty.dueDeliveries(clock.instant(), 20);
		for (Delivery delivery : due) {
			Notice notice = duty.notice(delivery.notice()).orElseThrow();
			Alert alert = duty.alert(notice.alert()).orElseThrow();
			try {
				channels.send(delivery, notice, alert);
				Instant sent = clock.instant();
				duty.delivered(delivery.id(), sent);
				duty.record(alert.id(), new AlertRecord(AlertRecord.Kind.DELIVERED, sent, notice.step(), delivery.channel(),
						notice.id()));
			}
			catch (Exception failed) {
				Instant now = clock.instant();
				int attempt = delivery.attempts() + 1;
				boolean abandoned = attempt >= settings.maxAttempts();
				duty.failed(delivery.id(), failed.getClass().getSimpleName() + ": " + failed.getMessage(),
						now.plus(settings.retryAfter(attempt)), abandoned);
				duty.record(alert.id(), new AlertRecord(
						abandoned ? AlertRecord.Kind.DELIVERY_ABANDONED : AlertRecord.Kind.DELIVERY_FAILED, now, notice.step(),
						delivery.channel(), notice.id()));
				events.publishEvent(new AlertDeliveryFailed(alert.id(), delivery.id(), delivery.channel(), attempt, abandoned, now));
				log.warn("Duty alert {} could not be sent by {} (attempt {}): {}", alert.id(), delivery.channel(), attempt,
						failed.getMessage());
			}
		}
		return due.size() == 20;
	}
}
