package org.hanoinet.cooperation.internal;

import java.util.EnumMap;
import java.util.Map;

import org.hanoinet.cooperation.Act;
import org.hanoinet.cooperation.ActInput;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.Conditions;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.LegalBasis;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.directory.DirectoryProperties;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: a few fictitious requests between the demo States, so that inboxes, outboxes and case
 * pages have something to show at the first start. They rest on a fictitious treaty, since the Convention is
 * not in force; the acts are performed by the demo users through the ordinary case engine. Seeded once.
 */
@Component
@ConditionalOnBooleanProperty("hanoinet.demo")
@Order(20)
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private static final AuthorityId VN_CENTRAL = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000001");

	private static final AuthorityId VN_24_7 = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002");

	private static final AuthorityId BR_CENTRAL = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000003");

	private static final AuthorityId BR_24_7 = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000004");

	private static final AuthorityId GH_CENTRAL = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000005");

	private static final AuthorityId GH_24_7 = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000006");

	private final CaseManagement cases;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DirectoryProperties directory;

	DemoCases(CaseManagement cases, JdbcClient jdbc, TransactionTemplate transactions, DirectoryProperties directory) {
		this.directory = directory;
		this.cases = cases;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (directory.follower() || !directory.servedStates().isEmpty()) {
			// Both sides of the demo cases must be served here; a node of a network gets its cases from its peers.
			return;
		}
		long existing = jdbc.sql("select count(*) from cooperation_case").query(Long.class).single();
		if (existing > 0) {
			return;
		}
		transactions.executeWithoutResult(status -> seed());
		log.info("Demo cases: 5 fictitious requests between Viet Nam, Brazil and Ghana added");
	}

	private void seed() {
		Actor vnOfficer = new Actor(VN_24_7, CountryCode.of("VN"), "vn-duty-officer", false);
		Actor vnSupervisor = new Actor(VN_CENTRAL, CountryCode.of("VN"), "vn-supervisor", true);
		Actor vnHandler = new Actor(VN_CENTRAL, CountryCode.of("VN"), "vn-case-handler", false);
		Actor brOfficer = new Actor(BR_24_7, CountryCode.of("BR"), "br-duty-officer", false);
		Actor brHandler = new Actor(BR_CENTRAL, CountryCode.of("BR"), "br-case-handler", false);
		Actor brSupervisor = new Actor(BR_CENTRAL, CountryCode.of("BR"), "br-supervisor", true);
		Actor ghOfficer = new Actor(GH_24_7, CountryCode.of("GH"), "gh-duty-officer", false);
		Actor ghSupervisor = new Actor(GH_CENTRAL, CountryCode.of("GH"), "gh-supervisor", true);

		Case preservation = cases.draft(vnOfficer, CaseType.PRESERVATION, BR_24_7, contents(Urgency.URGENT, Map.of(
				FormElement.OFFENCE_AND_FACTS, "Illegal access (art. 7) to a Hanoi hospital's patient records on 18 November 2026 (demo).",
				FormElement.DATA_AND_RELATION, "Sign-in logs and IP addresses of the webmail account used to send the stolen files (demo).",
				FormElement.CUSTODIAN_OR_LOCATION, "A webmail provider established in São Paulo (fictitious).",
				FormElement.NECESSITY, "The provider deletes sign-in logs after 30 days.",
				FormElement.INTENT_TO_REQUEST_ASSISTANCE, "yes")));
		cases.submitForApproval(vnOfficer, preservation.id());
		cases.approve(vnSupervisor, preservation.id());
		cases.perform(brOfficer, preservation.id(), Act.ACKNOWLEDGE, ActInput.none());

		Case assistance = cases.draft(brHandler, CaseType.MUTUAL_LEGAL_ASSISTANCE, VN_CENTRAL, contents(Urgency.ROUTINE, Map.of(
				FormElement.SUBJECT_OF_PROCEEDINGS, "Investigation of an online investment fraud by the Federal Police, São Paulo (demo).",
				FormElement.SUMMARY_OF_FACTS, "Victims in Brazil paid into accounts opened in Viet Nam (demo).",
				FormElement.ASSISTANCE_TYPES, "DOCUMENTS_AND_RECORDS, TRACING_PROCEEDS",
				FormElement.ASSISTANCE_SOUGHT, "Opening documents and statements of two bank accounts (demo).",
				FormElement.PURPOSE, "To trace the proceeds and identify the account holders.")));
		cases.submitForApproval(brHandler, assistance.id());
		cases.approve(brSupervisor, assistance.id());
		cases.perform(vnHandler, assistance.id(), Act.ACKNOWLEDGE, ActInput.none());
		cases.perform(vnHandler, assistance.id(), Act.START_REVIEW, ActInput.none());

		Case emergency = cases.draft(ghOfficer, CaseType.EMERGENCY_DISCLOSURE, VN_24_7, contents(Urgency.EMERGENCY, Map.of(
				FormElement.EMERGENCY_RISK, "A person announced on a forum hosted in Viet Nam that they will harm themselves tonight (demo).",
				FormElement.DATA_AND_RELATION, "Subscriber information and last sign-in IP address of the forum account (demo).")));
		cases.submitForApproval(ghOfficer, emergency.id());
		cases.approve(ghSupervisor, emergency.id());
		seedPartTwo(vnHandler, vnSupervisor, brHandler);
	}

	/** Part 2 (#10): one extradition under review and one freezing order carried out, both fictitious. */
	private void seedPartTwo(Actor vnHandler, Actor vnSupervisor, Actor brHandler) {
		Case extradition = cases.draft(vnHandler, CaseType.EXTRADITION, BR_CENTRAL, contents(Urgency.ROUTINE, Map.of(
				FormElement.PERSON_SOUGHT, "Le Van C (fictitious person, demo), born 1985-02-03",
				FormElement.PERSON_NATIONALITY, "Vietnamese",
				FormElement.PERSON_LOCATION, "Curitiba, Paraná (fictitious address, demo)",
				FormElement.OFFENCES, "Illegal access (art. 7) to a Hanoi hospital's patient records and extortion of the hospital (demo).",
				FormElement.MAX_PENALTY_REQUESTING_MONTHS, "84",
				FormElement.MAX_PENALTY_REQUESTED_MONTHS, "48",
				FormElement.WARRANT_OR_JUDGMENT, "Arrest warrant 21/2026 of the People's Court of Hanoi (fictitious, demo)")));
		cases.submitForApproval(vnHandler, extradition.id());
		cases.approve(vnSupervisor, extradition.id());
		cases.perform(brHandler, extradition.id(), Act.ACKNOWLEDGE, ActInput.none());
		cases.perform(brHandler, extradition.id(), Act.START_REVIEW, ActInput.none());

		Case freezing = cases.draft(vnHandler, CaseType.PROVISIONAL_MEASURES, BR_CENTRAL, contents(Urgency.URGENT, Map.of(
				FormElement.SUBJECT_OF_PROCEEDINGS, "Criminal investigation of a ransomware attack on a hospital in Hanoi (demo)",
				FormElement.SUMMARY_OF_FACTS, "The ransom paid by the hospital was moved to an account and a wallet in Brazil (demo).",
				FormElement.ASSISTANCE_TYPES, "TRACING_PROCEEDS,SEARCH_SEIZURE_FREEZING",
				FormElement.ASSISTANCE_SOUGHT, "Trace the ransom and freeze the account and the wallet that hold it",
				FormElement.MEASURES_REQUESTED, "TRACE,FREEZE",
				FormElement.PROPERTY, "Account 0000-2 at a bank in Curitiba (fictitious, demo)",
				FormElement.ESTIMATED_VALUE, "180000 USD",
				FormElement.VIRTUAL_ASSETS, "0.8 BTC held at an exchange in São Paulo (fictitious, demo)",
				FormElement.PURPOSE, "Eventual confiscation and return to the hospital")));
		cases.submitForApproval(vnHandler, freezing.id());
		cases.approve(vnSupervisor, freezing.id());
		for (Act act : java.util.List.of(Act.ACKNOWLEDGE, Act.START_REVIEW, Act.ACCEPT, Act.START_EXECUTION, Act.EXECUTE)) {
			cases.perform(brHandler, freezing.id(), act, ActInput.none());
		}
	}

	private static RequestContents contents(Urgency urgency, Map<FormElement, String> elements) {
		return new RequestContents(LegalBasis.treaty("Bilateral treaty on mutual legal assistance (fictitious, demo only)"),
				new OffenceBasis(OffenceBasis.Kind.SERIOUS_CRIME, null, "Offence under the requesting State's law (demo)"),
				urgency, "en", new Conditions(true, true, null), new EnumMap<>(elements), null);
	}
}
