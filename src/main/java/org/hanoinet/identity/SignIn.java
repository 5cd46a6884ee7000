package org.hanoinet.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hanoinet.identity.IdentityEvents.AccountLocked;
import org.hanoinet.identity.IdentityEvents.LoginFailed;
import org.hanoinet.identity.IdentityEvents.LoginSucceeded;
import org.hanoinet.identity.IdentityEvents.SecondFactorEnrolled;
import org.hanoinet.identity.internal.AddressThrottle;
import org.hanoinet.identity.internal.IdentityProperties;
import org.hanoinet.identity.internal.JdbcUsers;
import org.hanoinet.identity.internal.JdbcUsers.Credentials;
import org.hanoinet.identity.internal.QrCodes;
import org.hanoinet.identity.internal.Secrets;
import org.hanoinet.identity.internal.Totp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in to the node: a password, then a TOTP code (RFC 6238) or a recovery code for every role but the
 * observer, with enrolment of an authenticator app at the first sign-in. Repeated failures lock the account
 * for a while and refuse the client address; every step is an audited event.
 */
@Service
public class SignIn {

	static final int RECOVERY_CODES = 10;

	private final JdbcUsers users;

	private final PasswordEncoder passwords;

	private final AddressThrottle addresses;

	private final IdentityProperties settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SecurityContextRepository contexts;

	private final CsrfTokenRepository csrfTokens;

	private volatile String timingHash;

	SignIn(JdbcUsers users, PasswordEncoder passwords, AddressThrottle addresses, IdentityProperties settings, Clock clock,
			ApplicationEventPublisher events, SecurityContextRepository contexts, CsrfTokenRepository csrfTokens) {
		this.users = users;
		this.passwords = passwords;
		this.addresses = addresses;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.contexts = contexts;
		this.csrfTokens = csrfTokens;
	}

	/** The first step: username and password. */
	@Transactional
	public Outcome password(String username, String password, String clientAddress) {
		Instant now = clock.instant();
		String typed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		Optional<Instant> addressRefused = addresses.refusedUntil(clientAddress, now);
		if (addressRefused.isPresent()) {
			events.publishEvent(new LoginFailed(null, Secrets.sha256Hex(typed), "password", "address-throttled",
					Secrets.sha256Hex(clientAddress), now));
			return new Refused(Reason.TOO_MANY_ATTEMPTS, addressRefused.get());
		}
		Optional<Credentials> found = users.credentialsOf(typed);
		if (found.isEmpty()) {
			// Spend the time of a real check, so response times do not tell which usernames exist.
			passwords.matches(password == null ? "" : password, timingHash());
			addresses.recordFailure(clientAddress, now);
			events.publishEvent(new LoginFailed(null, Secrets.sha256Hex(typed), "password", "unknown-user",
					Secrets.sha256Hex(clientAddress), now));
			return new Refused(Reason.INVALID_CREDENTIALS, null);
		}
		Credentials credentials = found.get();
		User user = credentials.user();
		Optional<Refused> barred = barred(user, now);
		if (barred.isPresent()) {
			events.publishEvent(new LoginFailed(user.id(), Secrets.sha256Hex(typed), "password", barred.get().reason().code(),
					Secrets.sha256Hex(clientAddress), now));
			return barred.get();
		}
		if (password == null || !passwords.matches(password, credentials.passwordHash())) {
			return failure(credentials, "password", "wrong-password", clientAddress, now);
		}
		if (user.secondFactorEnrolled()) {
			return new SecondFactorRequired(user.id());
		}
		if (user.requiresSecondFactor()) {
			return new EnrolmentRequired(user.id());
		}
		return success(user, "password", clientAddress, now);
	}

	/** The second step: a 6-digit code from the authenticator app, or one of the recovery codes. */
	@Transactional
	public Outcome secondFactor(UserId id, String code, String clientAddress) {
		Instant now = clock.instant();
		Optional<Instant> addressRefused = addresses.refusedUntil(clientAddress, now);
		Credentials credentials = users.credentialsOf(id).orElseThrow();
		User user = credentials.user();
		if (addressRefused.isPresent()) {
			events.publishEvent(new LoginFailed(user.id(), Secrets.sha256Hex(user.username()), "second-factor",
					"address-throttled", Secrets.sha256Hex(clientAddress), now));
			return new Refused(Reason.TOO_MANY_ATTEMPTS, addressRefused.get());
		}
		Optional<Refused> barred = barred(user, now);
		if (barred.isPresent()) {
			events.publishEvent(new LoginFailed(user.id(), Secrets.sha256Hex(user.username()), "second-factor",
					barred.get().reason().code(), Secrets.sha256Hex(clientAddress), now));
			return barred.get();
		}
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		if (user.secondFactorEnrolled() && typed.matches("\\d{6}")) {
			OptionalLong step = Totp.matchingStep(Secrets.decodeTotpSecret(users.totpSecretOf(credentials)), typed, now);
			if (step.isPresent() && users.acceptTotpStep(id, step.getAsLong())) {
				return success(user, "password+totp", clientAddress, now);
			}
		}
		else if (!typed.isEmpty() && users.useRecoveryCode(id, Secrets.sha256(Secrets.normalizeRecoveryCode(typed)), now)) {
			return success(user, "password+recovery-code", clientAddress, now);
		}
		return failure(credentials, "second-factor", "wrong-code", clientAddress, now);
	}

	/** A new authenticator secret for a user who passed the password step; nothing is stored until confirmed. */
	public Enrolment startEnrolment(UserId id, String issuer) {
		return enrolment(id, Secrets.newTotpSecret(), issuer);
	}

	/** The enrolment of a secret already proposed, shown again (after a mistyped code, say). */
	public Enrolment enrolment(UserId id, String secret, String issuer) {
		User user = users.credentialsOf(id).orElseThrow().user();
		String label = URLEncoder.encode(issuer + ":" + user.username(), StandardCharsets.UTF_8).replace("+", "%20");
		String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
				+ URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20") + "&algorithm=SHA1&digits=6&period=30";
		return new Enrolment(secret, uri, QrCodes.svgDataUri(uri));
	}

	/**
	 * Confirms enrolment with a code computed from the new secret: the secret is kept, new recovery codes are
	 * issued (shown once, stored hashed) and the user is signed in.
	 */
	@Transactional
	public Outcome confirmEnrolment(UserId id, String secret, String code, String clientAddress) {
		Instant now = clock.instant();
		Credentials credentials = users.credentialsOf(id).orElseThrow();
		User user = credentials.user();
		Optional<Refused> barred = barred(user, now);
		if (barred.isPresent()) {
			events.publishEvent(new LoginFailed(user.id(), Secrets.sha256Hex(user.username()), "enrolment",
					barred.get().reason().code(), Secrets.sha256Hex(clientAddress), now));
			return barred.get();
		}
		Optional<Instant> addressRefused = addresses.refusedUntil(clientAddress, now);
		if (addressRefused.isPresent()) {
			events.publishEvent(new LoginFailed(user.id(), Secrets.sha256Hex(user.username()), "enrolment", "address-throttled",
					Secrets.sha256Hex(clientAddress), now));
			return new Refused(Reason.TOO_MANY_ATTEMPTS, addressRefused.get());
		}
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		OptionalLong step = Totp.matchingStep(Secrets.decodeTotpSecret(secret), typed, now);
		if (step.isEmpty()) {
			return failure(credentials, "enrolment", "wrong-code", clientAddress, now);
		}
		users.enrolTotp(id, secret, step.getAsLong());
		List<String> recoveryCodes = new ArrayList<>();
		List<byte[]> hashes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String recoveryCode = Secrets.newRecoveryCode();
			recoveryCodes.add(recoveryCode);
			hashes.add(Secrets.sha256(Secrets.normalizeRecoveryCode(recoveryCode)));
		}
		users.replaceRecoveryCodes(id, hashes);
		events.publishEvent(new SecondFactorEnrolled(id, now));
		SignedIn signedIn = success(user, "password+totp-enrolment", clientAddress, now);
		return new Enrolled(signedIn.caller(), List.copyOf(recoveryCodes));
	}

	/**
	 * Starts the session of a signed-in caller: a new session id (against session fixation), a new CSRF token,
	 * and the caller in the security context.
	 */
	public void establishSession(Caller caller, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(caller));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		csrfTokens.saveToken(null, request, response);
	}

	/** Why the user may not sign in now whatever they type: deactivated, or locked by an administrator or by failures. */
	private Optional<Refused> barred(User user, Instant now) {
		if (!user.active()) {
			return Optional.of(new Refused(Reason.ACCOUNT_DEACTIVATED, null));
		}
		if (user.access().lockedByAdministrator()) {
			return Optional.of(new Refused(Reason.LOCKED_BY_ADMINISTRATOR, null));
		}
		if (user.lockedAt(now)) {
			return Optional.of(new Refused(Reason.ACCOUNT_LOCKED, user.lockedUntil()));
		}
		return Optional.empty();
	}

	private Outcome failure(Credentials credentials, String step, String reason, String clientAddress, Instant now) {
		User user = credentials.user();
		addresses.recordFailure(clientAddress, now);
		events.publishEvent(new LoginFailed(user.id(), Secrets.sha256Hex(user.username()), step, reason,
				Secrets.sha256Hex(clientAddress), now));
		if (credentials.failedAttempts() + 1 >= settings.maxFailures()) {
			Instant until = now.plus(settings.lockout());
			users.recordFailure(user.id(), until);
			events.publishEvent(new AccountLocked(user.id(), until, now));
			return new Refused(Reason.ACCOUNT_LOCKED, until);
		}
		users.recordFailure(user.id(), null);
		return new Refused("password".equals(step) ? Reason.INVALID_CREDENTIALS : Reason.INVALID_CODE, null);
	}

	private SignedIn success(User user, String method, String clientAddress, Instant now) {
		users.recordSuccess(user.id(), now);
		events.publishEvent(new LoginSucceeded(user.id(), method, Secrets.sha256Hex(clientAddress), now));
		return new SignedIn(new Caller(Caller.Kind.USER, user.id().value(), user.username(), user.authority(), user.state(),
				user.roles()));
	}

	private String timingHash() {
		if (timingHash == null) {
			timingHash = passwords.encode(Secrets.newPassword());
		}
		return timingHash;
	}

	/** Why a sign-in step was refused. */
	public enum Reason {

		/** Unknown username or wrong password; the two are not told apart. */
		INVALID_CREDENTIALS,

		/** The code from the authenticator app or the recovery code is wrong, expired or already used. */
		INVALID_CODE,

		/** Too many failures in a row: the account is locked until {@link Refused#retryAfter()}. */
		ACCOUNT_LOCKED,

		/** Too many failures from this client address: it is refused until {@link Refused#retryAfter()}. */
		TOO_MANY_ATTEMPTS,

		/** A node administrator locked the account; it stays locked until one unlocks it. */
		LOCKED_BY_ADMINISTRATOR,

		/** A node administrator deactivated the account; it can no longer sign in. */
		ACCOUNT_DEACTIVATED;

		/** The reason as the audit log records it, e.g. {@code account-locked}. */
		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** Whether the sign-in cannot go on with another code: the account itself is refused for now. */
		public boolean endsSignIn() {
			return this == ACCOUNT_LOCKED || this == LOCKED_BY_ADMINISTRATOR || this == ACCOUNT_DEACTIVATED;
		}
	}

	/** What a sign-in step leads to. */
	public sealed interface Outcome permits Refused, SecondFactorRequired, EnrolmentRequired, SignedIn, Enrolled {
	}

	/** The step was refused; {@code retryAfter} is set when the account or the address is locked out. */
	public record Refused(Reason reason, Instant retryAfter) implements Outcome {
	}

	/** The password was right; a code from the enrolled authenticator app (or a recovery code) is next. */
	public record SecondFactorRequired(UserId user) implements Outcome {
	}

	/** The password was right, but the user's roles need a second factor that is not yet enrolled. */
	public record EnrolmentRequired(UserId user) implements Outcome {
	}

	/** Sign-in is complete. */
	public record SignedIn(Caller caller) implements Outcome {
	}

	/** Enrolment is complete and the user is signed in; the recovery codes are shown this once only. */
	public record Enrolled(Caller caller, List<String> recoveryCodes) implements Outcome {
	}

	/**
	 * A proposed authenticator secret.
	 *
	 * @param secret the base32 key, for typing into an app by hand
	 * @param otpauthUri the {@code otpauth://} URI the QR code holds
	 * @param qrCodeDataUri the QR code as an SVG data URI
	 */
	public record Enrolment(String secret, String otpauthUri, String qrCodeDataUri) {
	}
}
