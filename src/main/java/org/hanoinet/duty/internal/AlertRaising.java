package org.hanoinet.duty.internal;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseEvent;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.directory.Directory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to case events in the transaction that stores them: an urgent or emergency request delivered to a
 * 24/7 point of contact raises an alert; an acknowledged case closes its alerts.
 */
@Component
class AlertRaising {

	private final Alerting alerting;

	private final CaseManagement cases;

	private final Directory directory;

	AlertRaising(Alerting alerting, CaseManagement cases, Directory directory) {
		this.alerting = alerting;
		this.cases = cases;
		this.directory = directory;
	}

	@EventListener
	void on(CaseEvent event) {
		if (event.act() == Act.ACKNOWLEDGE) {
			alerting.closeForCase(event);
			return;
		}
		if (event.act() != Act.RECORD_DELIVERY) {
			return;
		}
		Authority actor = directory.authority(event.actorAuthority()).orElse(null);
		if (actor == null) {
			return;
		}
		Case request = cases.find(actor.state(), event.caseId());
		Authority requested = directory.authority(request.requested().authority()).orElse(null);
		if (requested == null || requested.kind() != AuthorityKind.POINT_OF_CONTACT
				|| request.contents().urgency() == Urgency.ROUTINE) {
			return;
		}
		alerting.raise(request, requested, event.occurredAt());
	}
}
