package org.hanoinet.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings, under {@code hanoinet.identity}.
 *
 * @param maxFailures failed sign-in steps in a row after which an account is locked
 * @param lockout how long an account stays locked
 * @param addressMaxFailures failed sign-in steps from one client address within {@code addressWindow} after
 *        which that address is refused
 * @param addressWindow the sliding window of the per-address limit
 * @param bootstrapAdmin {@code username@authority-id}: when that (registered) authority has no NODE_ADMIN yet,
 *        creates this first administrator with an initial password written to
 *        {@code <data dir>/bootstrap-admin.txt} (owner-only); the administrator enrols an authenticator app at
 *        the first sign-in. Empty for none
 */
@ConfigurationProperties("hanoinet.identity")
public record IdentityProperties(
		@DefaultValue("5") int maxFailures,
		@DefaultValue("15m") Duration lockout,
		@DefaultValue("20") int addressMaxFailures,
		@DefaultValue("15m") Duration addressWindow,
		@DefaultValue("") String bootstrapAdmin) {
}
