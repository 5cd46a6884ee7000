package org.hanoinet.exchange.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.hanoinet.exchange.Outbox;
import org.hanoinet.exchange.OutboxEntry;
import org.hanoinet.node.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox as administrators and supervisors watch it: every envelope this node sent or is sending, pending
 * ones with their attempts and last error, dead ones that need a person, delivered ones with their receipt.
 */
@Controller
class OutboxPage {

	static final int SHOWN = 200;

	private static final Set<String> STATES = Set.of("PENDING", "DELIVERED", "DEAD");

	private final Outbox outbox;

	OutboxPage(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/exchange/outbox")
	String page(@RequestParam(required = false) String state, Model model) {
		String wanted = state == null ? null : state.strip().toUpperCase(Locale.ROOT);
		if (wanted != null && !STATES.contains(wanted)) {
			wanted = null;
		}
		model.addAttribute("state", wanted);
		model.addAttribute("entries", outbox.latest(wanted, SHOWN).stream().map(Row::of).toList());
		return "exchange/outbox";
	}

	/** One envelope as the table shows it, times in UTC. */
	record Row(String createdAt, String recipient, String state, int attempts, String when, String error, String messageId) {

		private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
			.withZone(ZoneOffset.UTC);

		static Row of(OutboxEntry entry) {
			String when = entry.deliveredAt() != null ? UTC.format(entry.deliveredAt())
					: "PENDING".equals(entry.state()) ? UTC.format(entry.nextAttemptAt()) : "";
			return new Row(UTC.format(entry.createdAt()), entry.recipient(), entry.state(), entry.attempts(), when,
					entry.lastError(), entry.messageId().toString());
		}
	}

	@Bean
	static NavigationLink exchangeLink() {
		return new NavigationLink(85, "/exchange/outbox", "exchange.nav", java.util.Set.of("NODE_ADMIN", "SUPERVISOR"));
	}
}
