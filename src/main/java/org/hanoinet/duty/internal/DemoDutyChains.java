package org.hanoinet.duty.internal;

import java.util.List;

import org.hanoinet.duty.EscalationStep;
import org.hanoinet.duty.internal.JdbcDuty.Contact;
import org.hanoinet.shared.AuthorityId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: the escalation chains of the demo points of contact of Viet Nam and Brazil (the rostered
 * officers' addresses, a backup officer, the demo supervisor, a head of unit). Names and addresses are
 * fictitious ({@code .example}). Seeding is idempotent.
 */
@Component
@ConditionalOnBooleanProperty("hanoinet.demo")
@Order(20)
class DemoDutyChains implements ApplicationRunner {

	private static final AuthorityId VN = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002");

	private static final AuthorityId BR = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000004");

	private static final List<Contact> CONTACTS = List.of(
			new Contact(VN, EscalationStep.ON_DUTY, "Nguyễn Văn An", "vn-duty-officer", "an.nguyen@a05.example"),
			new Contact(VN, EscalationStep.ON_DUTY, "Trần Thị Bình", null, "binh.tran@a05.example"),
			new Contact(VN, EscalationStep.ON_DUTY, "Lê Văn Cường", null, "cuong.le@a05.example"),
			new Contact(VN, EscalationStep.BACKUP, "Phạm Thị Dung", null, "dung.pham@a05.example"),
			new Contact(VN, EscalationStep.SUPERVISOR, "vn-supervisor", "vn-supervisor", "supervisor@a05.example"),
			new Contact(VN, EscalationStep.HEAD_OF_UNIT, "Hoàng Văn Em", null, "head@a05.example"),
			new Contact(BR, EscalationStep.ON_DUTY, "Ana Souza", "br-duty-officer", "ana.souza@pf.example"),
			new Contact(BR, EscalationStep.ON_DUTY, "Bruno Lima", null, "bruno.lima@pf.example"),
			new Contact(BR, EscalationStep.BACKUP, "Carla Mendes", null, "carla.mendes@pf.example"),
			new Contact(BR, EscalationStep.SUPERVISOR, "br-supervisor", "br-supervisor", "supervisor@pf.example"),
			new Contact(BR, EscalationStep.HEAD_OF_UNIT, "Daniel Rocha", null, "chefe@pf.example"));

	private final JdbcDuty duty;

	private final TransactionTemplate transaction;

	DemoDutyChains(JdbcDuty duty, TransactionTemplate transaction) {
		this.duty = duty;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> CONTACTS.forEach(duty::addContact));
	}
}
