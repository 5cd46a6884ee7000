package org.hanoinet.duty.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.duty.DutyManagement;
import org.hanoinet.duty.DutyManagement.Chain;
import org.hanoinet.duty.DutyManagement.ChainContact;
import org.hanoinet.duty.EscalationStep;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Node administrators set the escalation chains and webhooks of their State's points of contact. */
@RestController
@RequestMapping("/api/v1/duty/authorities/{authority}")
@Tag(name = "24/7 duty", description = "Duty alerts of urgent requests (art. 41): alert and acknowledgement times")
class DutyChainApi {

	private final DutyManagement duty;

	private final CurrentCaller callers;

	DutyChainApi(DutyManagement duty, CurrentCaller callers) {
		this.duty = duty;
		this.callers = callers;
	}

	/** A person of the chain as sent: name, optional username and e-mail. */
	record ContactJson(String name, String username, String email) {
	}

	/** The webhook as sent; empty removes it. */
	record WebhookJson(String url) {
	}

	@GetMapping("/chain")
	@Operation(summary = "The escalation chain and webhook of a point of contact of the caller's State")
	Chain chain(@PathVariable String authority) {
		return duty.chain(callers.require().state(), AuthorityId.of(authority));
	}

	@PutMapping("/chain/{step}")
	@Operation(summary = "Set a person of the escalation chain (ON_DUTY: the addresses of an officer the roster names)")
	Chain setContact(@PathVariable String authority, @PathVariable String step, @RequestBody ContactJson contact) {
		AuthorityId id = AuthorityId.of(authority);
		duty.setContact(callers.require().state(), id,
				new ChainContact(step(step), contact.name(), contact.username(), contact.email()));
		return duty.chain(callers.require().state(), id);
	}

	@PutMapping("/webhook")
	@Operation(summary = "Set or (with an empty URL) remove the webhook that receives the point of contact's alerts")
	Chain setWebhook(@PathVariable String authority, @RequestBody WebhookJson webhook) {
		AuthorityId id = AuthorityId.of(authority);
		duty.setWebhook(callers.require().state(), id, webhook.url());
		return duty.chain(callers.require().state(), id);
	}

	private static EscalationStep step(String step) {
		try {
			return EscalationStep.valueOf(step.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidValue("step", "'" + step + "' is not a step: ON_DUTY, BACKUP, SUPERVISOR or HEAD_OF_UNIT.");
		}
	}
}
