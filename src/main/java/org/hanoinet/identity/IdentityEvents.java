package org.hanoinet.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hanoinet.shared.AuditableEvent;

/**
 * The security-relevant facts of the identity module, recorded by the audit log. They carry ids and SHA-256
 * hashes only: never a username, a password, a code or a client address in clear.
 */
public final class IdentityEvents {

	private IdentityEvents() {
	}

	/** A user completed sign-in (password and, when required, second factor). */
	public record LoginSucceeded(UserId user, String method, String clientAddressSha256, Instant occurredAt)
			implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.login-succeeded";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("user", user.toString(), "method", method, "clientAddressSha256", clientAddressSha256);
		}
	}

	/**
	 * A sign-in step was refused. The user is absent when the username is unknown; the hash of what was typed
	 * lets an auditor correlate attempts without the log holding the name.
	 */
	public record LoginFailed(UserId user, String usernameSha256, String step, String reason, String clientAddressSha256,
			Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.login-failed";
		}

		@Override
		public Map<String, String> auditFields() {
			Map<String, String> fields = new TreeMap<>();
			if (user != null) {
				fields.put("user", user.toString());
			}
			fields.put("usernameSha256", usernameSha256);
			fields.put("step", step);
			fields.put("reason", reason);
			fields.put("clientAddressSha256", clientAddressSha256);
			return fields;
		}
	}

	/** Repeated failures locked an account until the given instant. */
	public record AccountLocked(UserId user, Instant until, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.account-locked";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("user", user.toString(), "until", until.toString());
		}
	}

	/** A user was created with roles in an authority. */
	public record UserCreated(UserId user, String authority, Set<Role> roles, String actor, Instant occurredAt)
			implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.user-created";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("user", user.toString(), "authority", authority, "roles", names(roles), "actor", actor);
		}
	}

	/** A user's roles were changed. */
	public record RolesChanged(UserId user, Set<Role> before, Set<Role> after, String actor, Instant occurredAt)
			implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.roles-changed";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("user", user.toString(), "before", names(before), "after", names(after), "actor", actor);
		}
	}

	/** A user changed their own password (the hash is never recorded). */
	public record PasswordChanged(UserId user, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.password-changed";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("user", user.toString());
		}
	}

	/** A user enrolled an authenticator app and received new recovery codes. */
	public record SecondFactorEnrolled(UserId user, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.second-factor-enrolled";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("user", user.toString());
		}
	}

	/**
	 * An API token was issued, to a user ({@code holder}) or to a machine client of the authority (no holder); only its
	 * id and the SHA-256 of the token are recorded.
	 */
	public record ApiTokenIssued(ApiTokenId token, String tokenSha256, String authority, Set<Role> roles, UserId holder,
			String actor, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.token-issued";
		}

		@Override
		public Map<String, String> auditFields() {
			Map<String, String> fields = new TreeMap<>(Map.of("token", token.toString(), "tokenSha256", tokenSha256, "authority",
					authority, "roles", names(roles), "actor", actor));
			if (holder != null) {
				fields.put("holder", holder.toString());
			}
			return fields;
		}
	}

	/** An administrator locked a user's account until an administrator unlocks it. */
	public record UserLocked(UserId user, String actor, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.user-locked";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("user", user.toString(), "actor", actor);
		}
	}

	/** An administrator lifted the locks of a user's account (their own, or the one repeated failures set). */
	public record UserUnlocked(UserId user, String actor, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.user-unlocked";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("user", user.toString(), "actor", actor);
		}
	}

	/** An administrator reset a user's second factor: the user enrols an authenticator app again at the next sign-in. */
	public record SecondFactorReset(UserId user, String actor, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.second-factor-reset";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("user", user.toString(), "actor", actor);
		}
	}

	/** An administrator required a user to choose a new password before using any other page. */
	public record PasswordChangeRequested(UserId user, String actor, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.password-change-requested";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("user", user.toString(), "actor", actor);
		}
	}

	/** An administrator deactivated a user, who can no longer sign in; each token they held is revoked (its own event). */
	public record UserDeactivated(UserId user, String actor, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.user-deactivated";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("user", user.toString(), "actor", actor);
		}
	}

	/** An API token was revoked and is refused from now on. */
	public record ApiTokenRevoked(ApiTokenId token, String actor, Instant occurredAt) implements AuditableEvent {

		@Override
		public String auditType() {
			return "identity.token-revoked";
		}

		@Override
		public Map<String, String> auditFields() {
			return Map.of("token", token.toString(), "actor", actor);
		}
	}

	private static String names(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}
}
