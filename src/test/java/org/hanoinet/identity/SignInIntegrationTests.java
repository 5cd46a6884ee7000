package org.hanoinet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.hanoinet.NodeTest;
import org.hanoinet.StoppedClock;
import org.hanoinet.identity.IdentityEvents.AccountLocked;
import org.hanoinet.identity.IdentityEvents.LoginFailed;
import org.hanoinet.identity.IdentityEvents.LoginSucceeded;
import org.hanoinet.identity.SignIn.Enrolled;
import org.hanoinet.identity.SignIn.EnrolmentRequired;
import org.hanoinet.identity.SignIn.Outcome;
import org.hanoinet.identity.SignIn.Reason;
import org.hanoinet.identity.SignIn.Refused;
import org.hanoinet.identity.SignIn.SecondFactorRequired;
import org.hanoinet.identity.SignIn.SignedIn;
import org.hanoinet.identity.internal.AddressThrottle;
import org.hanoinet.identity.internal.IdentityProperties;
import org.hanoinet.identity.internal.JdbcUsers;
import org.hanoinet.identity.internal.Provisioning;
import org.hanoinet.identity.internal.Secrets;
import org.hanoinet.shared.AuditableEvent;
import org.hanoinet.shared.AuthorityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/** Sign-in against the node's database, with a clock the test moves. */
@NodeTest
class SignInIntegrationTests {

	static final AuthorityId VN_POINT_OF_CONTACT = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002");

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	JdbcUsers users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	IdentityProperties settings;

	@Autowired
	Provisioning provisioning;

	@Autowired
	SecurityContextRepository contexts;

	@Autowired
	CsrfTokenRepository csrfTokens;

	final StoppedClock clock = new StoppedClock(Instant.parse("2026-11-23T03:00:00Z"));

	final List<Object> events = new ArrayList<>();

	SignIn signIn;

	String address;

	@BeforeEach
	void signInWithAMovableClock() {
		signIn = new SignIn(users, passwords, new AddressThrottle(settings), settings, clock, events::add, contexts, csrfTokens);
		address = "client-" + UUID.randomUUID();
	}

	@Test
	void aDutyOfficerWithTheRightPasswordButNoCodeIsNotSignedIn() {
		String secret = Secrets.newTotpSecret();
		User officer = user(Role.DUTY_OFFICER, secret);

		Outcome afterPassword = signIn.password(officer.username(), PASSWORD, address);
		Outcome withoutCode = signIn.secondFactor(officer.id(), "", address);
		Outcome wrongCode = signIn.secondFactor(officer.id(), wrongCode(secret), address);

		assertThat(afterPassword).isEqualTo(new SecondFactorRequired(officer.id()));
		assertThat(withoutCode).isEqualTo(new Refused(Reason.INVALID_CODE, null));
		assertThat(wrongCode).isEqualTo(new Refused(Reason.INVALID_CODE, null));
		assertThat(events).filteredOn(LoginSucceeded.class::isInstance).isEmpty();
	}

	@Test
	void theCodeOfTheAuthenticatorAppCompletesSignInOnceAndCannotBeReplayed() {
		String secret = Secrets.newTotpSecret();
		User officer = user(Role.DUTY_OFFICER, secret);
		String code = DemoLogins.totp(secret, clock.instant());

		signIn.password(officer.username(), PASSWORD, address);
		Outcome first = signIn.secondFactor(officer.id(), code, address);
		signIn.password(officer.username(), PASSWORD, address);
		Outcome replayed = signIn.secondFactor(officer.id(), code, address);

		assertThat(first).isInstanceOfSatisfying(SignedIn.class, signedIn -> {
			assertThat(signedIn.caller().state().value()).isEqualTo("VN");
			assertThat(signedIn.caller().roles()).containsExactly(Role.DUTY_OFFICER);
		});
		assertThat(replayed).isEqualTo(new Refused(Reason.INVALID_CODE, null));
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilFifteenMinutesHavePassed() {
		User officer = user(Role.CASE_HANDLER, Secrets.newTotpSecret());
		for (int attempt = 0; attempt < 4; attempt++) {
			assertThat(signIn.password(officer.username(), "guess " + attempt, address))
				.isEqualTo(new Refused(Reason.INVALID_CREDENTIALS, null));
		}

		Outcome fifth = signIn.password(officer.username(), "guess 5", address);
		clock.move(Duration.ofMinutes(14));
		Outcome rightPasswordWhileLocked = signIn.password(officer.username(), PASSWORD, address);
		clock.move(Duration.ofMinutes(2));
		Outcome afterLockout = signIn.password(officer.username(), PASSWORD, address);

		Instant until = Instant.parse("2026-11-23T03:15:00Z");
		assertThat(fifth).isEqualTo(new Refused(Reason.ACCOUNT_LOCKED, until));
		assertThat(rightPasswordWhileLocked).isEqualTo(new Refused(Reason.ACCOUNT_LOCKED, until));
		assertThat(afterLockout).isEqualTo(new SecondFactorRequired(officer.id()));
		assertThat(events).filteredOn(AccountLocked.class::isInstance).hasSize(1);
	}

	@Test
	void wrongCodesCountTowardsTheLockoutToo() {
		String secret = Secrets.newTotpSecret();
		User officer = user(Role.SUPERVISOR, secret);
		signIn.password(officer.username(), PASSWORD, address);
		for (int attempt = 0; attempt < 4; attempt++) {
			signIn.secondFactor(officer.id(), wrongCode(secret), address);
		}

		Outcome fifth = signIn.secondFactor(officer.id(), wrongCode(secret), address);
		Outcome rightCodeWhileLocked = signIn.secondFactor(officer.id(), DemoLogins.totp(secret, clock.instant()), address);

		assertThat(fifth).isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.ACCOUNT_LOCKED));
		assertThat(rightCodeWhileLocked).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.reason()).isEqualTo(Reason.ACCOUNT_LOCKED));
	}

	@Test
	void oneClientAddressIsRefusedAfterItsLimitOfFailuresAcrossAccounts() {
		for (int attempt = 0; attempt < settings.addressMaxFailures(); attempt++) {
			signIn.password("nobody-" + attempt, "guess", address);
		}
		User officer = user(Role.DUTY_OFFICER, Secrets.newTotpSecret());

		Outcome fromThatAddress = signIn.password(officer.username(), PASSWORD, address);
		Outcome fromAnother = signIn.password(officer.username(), PASSWORD, "198.51.100.1");
		clock.move(settings.addressWindow());
		Outcome later = signIn.password(officer.username(), PASSWORD, address);

		assertThat(fromThatAddress).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_ATTEMPTS));
		assertThat(fromAnother).isEqualTo(new SecondFactorRequired(officer.id()));
		assertThat(later).isEqualTo(new SecondFactorRequired(officer.id()));
	}

	@Test
	void anObserverWithoutASecondFactorSignsInWithThePasswordAlone() {
		User observer = user(Role.OBSERVER, null);

		assertThat(signIn.password(observer.username(), PASSWORD, address)).isInstanceOf(SignedIn.class);
	}

	@Test
	void aSupervisorWithoutASecondFactorMustEnrolAndThenGetsRecoveryCodesThatWorkOnce() {
		User supervisor = user(Role.SUPERVISOR, null);

		Outcome afterPassword = signIn.password(supervisor.username(), PASSWORD, address);
		SignIn.Enrolment enrolment = signIn.startEnrolment(supervisor.id(), "HanoiNet test node");
		Outcome enrolled = signIn.confirmEnrolment(supervisor.id(), enrolment.secret(),
				DemoLogins.totp(enrolment.secret(), clock.instant()), address);

		assertThat(afterPassword).isEqualTo(new EnrolmentRequired(supervisor.id()));
		assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret());
		assertThat(enrolment.qrCodeDataUri()).startsWith("data:image/svg+xml;base64,");
		List<String> codes = ((Enrolled) enrolled).recoveryCodes();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();

		clock.move(Duration.ofMinutes(1));
		assertThat(signIn.password(supervisor.username(), PASSWORD, address)).isEqualTo(new SecondFactorRequired(supervisor.id()));
		assertThat(signIn.secondFactor(supervisor.id(), codes.get(3).toUpperCase(), address)).isInstanceOf(SignedIn.class);
		assertThat(signIn.secondFactor(supervisor.id(), codes.get(3), address)).isEqualTo(new Refused(Reason.INVALID_CODE, null));
	}

	@Test
	void auditedSignInEventsHoldNoUsernameOrAddressInClear() {
		User officer = user(Role.DUTY_OFFICER, Secrets.newTotpSecret());

		signIn.password(officer.username(), "wrong", address);
		signIn.password("no-such-user", "wrong", address);

		assertThat(events).hasSize(2).allSatisfy(event -> {
			assertThat(event).isInstanceOf(LoginFailed.class);
			assertThat(((AuditableEvent) event).auditFields().values()).doesNotContain(officer.username(), "no-such-user", address)
				.contains(Secrets.sha256Hex(address));
		});
	}

	private User user(Role role, String totpSecret) {
		String username = "test-" + role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
		return provisioning.addUser(username, VN_POINT_OF_CONTACT, EnumSet.of(role), PASSWORD, totpSecret, false, "test");
	}

	private String wrongCode(String secret) {
		String right = DemoLogins.totp(secret, clock.instant());
		String before = DemoLogins.totp(secret, clock.instant().minusSeconds(30));
		String after = DemoLogins.totp(secret, clock.instant().plusSeconds(30));
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			if (!code.equals(right) && !code.equals(before) && !code.equals(after)) {
				return code;
			}
		}
	}
}
