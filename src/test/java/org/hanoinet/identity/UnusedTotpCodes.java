package org.hanoinet.identity;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.hanoinet.identity.DemoLogins.Login;
import org.hanoinet.identity.internal.Secrets;
import org.hanoinet.identity.internal.Totp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The authenticator code a test should type for a demo user so that it is accepted the first time.
 *
 * <p>A node accepts a code once per user and 30-second step (the current step or the next one), so tests of one
 * shared node that sign the same demo user in several times within half a minute would otherwise see a refused
 * code. This reads the last accepted step from the node's database and answers the code of the first step the
 * node still takes, waiting for the next step to begin when both are spent. No failed attempt is made, so the
 * lockout and address throttle stay untouched.
 */
public final class UnusedTotpCodes {

	private static final long STEP_MILLIS = 30_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	public UnusedTotpCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public String codeFor(Login login) {
		long lastAccepted = jdbc.sql("select last_totp_step from identity_user where username = ?")
			.param(login.user())
			.query(Long.class)
			.single();
		byte[] secret = Secrets.decodeTotpSecret(login.totpSecret());
		while (true) {
			Instant now = clock.instant();
			long current = Totp.step(now);
			if (lastAccepted < current) {
				return codeOfStep(secret, current);
			}
			if (lastAccepted == current) {
				return codeOfStep(secret, current + 1);
			}
			// Both steps the node takes now are spent: the next one begins within 30 s.
			await().atMost(Duration.ofMillis(STEP_MILLIS + 1_000))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> Totp.step(clock.instant()) > current);
		}
	}

	private static String codeOfStep(byte[] secret, long step) {
		return Totp.code(secret, Instant.ofEpochMilli(step * STEP_MILLIS));
	}
}
