package org.hanoinet.exchange.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hanoinet.exchange.Outbox;
import org.hanoinet.exchange.OutboxEntry;
import org.hanoinet.shared.InvalidValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The outbox as administrators and supervisors watch it: pending, delivered and dead envelopes with their last error;
 * and the envelopes the inbox refused, for administrators and auditors.
 */
@RestController
@Tag(name = "Federation", description = "Node-to-node exchange of signed envelopes")
class ExchangeApi {

	private static final Set<String> STATES = Set.of("PENDING", "DELIVERED", "DEAD");

	private final Outbox outbox;

	private final InboundRefusals refusals;

	ExchangeApi(Outbox outbox, InboundRefusals refusals) {
		this.outbox = outbox;
		this.refusals = refusals;
	}

	@GetMapping("/api/v1/exchange/outbox")
	@Operation(summary = "The latest envelopes this node sent or is sending, optionally of one state (pending, delivered, dead)")
	List<OutboxEntry> outbox(@RequestParam(required = false) String state, @RequestParam(defaultValue = "100") int limit) {
		String wanted = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
		if (wanted != null && !STATES.contains(wanted)) {
			throw new InvalidValue("state", "'" + state + "' is not a state of the outbox: use pending, delivered or dead.");
		}
		if (limit < 1 || limit > 1000) {
			throw new InvalidValue("limit", "The limit is between 1 and 1000.");
		}
		return outbox.latest(wanted, limit);
	}

	@GetMapping("/api/v1/exchange/refusals")
	@Operation(summary = "The latest envelopes this node's inbox refused, newest first, with their code and why")
	List<InboundRefusals.InboundRefusal> refusals(@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new InvalidValue("limit", "The limit is between 1 and 1000.");
		}
		return refusals.latest(limit);
	}
}
