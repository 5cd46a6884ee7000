package org.hanoinet.assistance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.hanoinet.assistance.Need;
import org.hanoinet.assistance.NeedId;
import org.hanoinet.assistance.NeedKind;
import org.hanoinet.assistance.Offer;
import org.hanoinet.assistance.OfferId;
import org.hanoinet.assistance.OfferKind;
import org.hanoinet.assistance.Particulars;
import org.hanoinet.directory.DirectoryProperties;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.treaty.RegionalGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: Viet Nam offers a course at its training centre in Hanoi for developing countries, and Ghana
 * records a need for training to set up its 24/7 point of contact, which it shows to Viet Nam. The secretariat has not
 * matched them yet. Both are fictitious; they are seeded once, on a node that serves every demo State.
 */
@Component
@ConditionalOnBooleanProperty("hanoinet.demo")
@Order(30)
class DemoAssistance implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAssistance.class);

	private static final AuthorityId VN_CENTRAL = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000001");

	private static final AuthorityId GH_24_7 = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000006");

	private final JdbcAssistanceRegister register;

	private final TransactionTemplate transactions;

	private final DirectoryProperties directory;

	private final Clock clock;

	DemoAssistance(JdbcAssistanceRegister register, TransactionTemplate transactions, DirectoryProperties directory, Clock clock) {
		this.register = register;
		this.transactions = transactions;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (directory.follower() || !directory.servedStates().isEmpty() || !register.empty()) {
			// Both demo States must be served here, and the register is seeded only once.
			return;
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		transactions.executeWithoutResult(status -> {
			register.add(new Offer(new OfferId(UUID.randomUUID()), CountryCode.of("VN"), OfferKind.COURSES, new Particulars(
					"Cybercrime investigation course at the Hanoi training centre (demo)",
					"A two-week course for investigators and prosecutors of developing countries at Viet Nam's training centre in"
							+ " Hanoi: electronic evidence, expedited preservation, 24/7 cooperation under the Convention (demo).",
					List.of("en", "vi"), RegionalGroup.ASIA_PACIFIC, today.plusDays(60), today.plusDays(73), VN_CENTRAL),
					"vn-supervisor", now));
			register.add(new Need(new NeedId(UUID.randomUUID()), CountryCode.of("GH"), NeedKind.TWENTY_FOUR_SEVEN_SETUP,
					new Particulars("Training to set up Ghana's 24/7 point of contact (demo)",
							"Training for the officers of Ghana's new 24/7 desk: procedures, rosters, preservation requests and"
									+ " acknowledgement under art. 41 (demo).",
							List.of("en"), RegionalGroup.AFRICA, today.plusDays(30), today.plusDays(180), GH_24_7),
					List.of(CountryCode.of("VN")), "gh-supervisor", now));
		});
		log.info("Demo technical assistance: Viet Nam's course offer and Ghana's 24/7 set-up need added, not matched");
	}
}
