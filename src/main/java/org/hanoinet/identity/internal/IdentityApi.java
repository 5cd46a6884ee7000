package org.hanoinet.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.identity.ApiToken;
import org.hanoinet.identity.ApiTokenId;
import org.hanoinet.identity.Caller;
import org.hanoinet.identity.CurrentCaller;
import org.hanoinet.identity.IdentityManagement;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.User;
import org.hanoinet.identity.UserId;
import org.hanoinet.identity.UserNotFound;
import org.hanoinet.identity.Users;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and API tokens over the API; every answer is limited to the caller's State. */
@RestController
@RequestMapping("/api/v1/identity")
@Tag(name = "Identity", description = "Who is calling; users and API tokens of the caller's State")
class IdentityApi {

	private final CurrentCaller currentCaller;

	private final Users users;

	private final IdentityManagement management;

	IdentityApi(CurrentCaller currentCaller, Users users, IdentityManagement management) {
		this.currentCaller = currentCaller;
		this.users = users;
		this.management = management;
	}

	@GetMapping("/me")
	@Operation(summary = "The caller: user or token, authority, State and roles")
	CallerView me() {
		Caller caller = currentCaller.require();
		return new CallerView(caller.kind().name(), caller.id().toString(), caller.name(), caller.authority().toString(),
				caller.state().value(), sorted(caller.roles()));
	}

	@GetMapping("/users")
	@Operation(summary = "The users of the caller's State (NODE_ADMIN, SUPERVISOR, AUDITOR)")
	List<UserView> users() {
		return users.visibleTo(currentCaller.require()).stream().map(UserView::of).toList();
	}

	@GetMapping("/users/{id}")
	@Operation(summary = "One user of the caller's State")
	UserView user(@PathVariable String id) {
		UserId userId = UserId.of(id);
		return users.findVisible(userId, currentCaller.require()).map(UserView::of).orElseThrow(() -> new UserNotFound(userId));
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a user of an authority of the caller's State (NODE_ADMIN); the password is shown once")
	CreatedUserView createUser(@RequestBody NewUser request) {
		var created = management.createUser(currentCaller.require(), request.username(), authority(request.authority()),
				roles(request.roles()));
		return new CreatedUserView(UserView.of(created.user()), created.initialPassword());
	}

	@PutMapping("/users/{id}/roles")
	@Operation(summary = "Replace a user's roles (NODE_ADMIN)")
	UserView changeRoles(@PathVariable String id, @RequestBody RolesChange request) {
		return UserView.of(management.changeRoles(currentCaller.require(), UserId.of(id), roles(request.roles())));
	}

	@GetMapping("/tokens")
	@Operation(summary = "The API tokens of the caller's State, without their secrets (NODE_ADMIN)")
	List<TokenView> tokens() {
		return management.tokens(currentCaller.require()).stream().map(TokenView::of).toList();
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue an API token for an authority of the caller's State (NODE_ADMIN); the token is shown once")
	IssuedTokenView issueToken(@RequestBody NewToken request) {
		var issued = management.issueToken(currentCaller.require(), request.label(), authority(request.authority()),
				roles(request.roles()));
		return new IssuedTokenView(TokenView.of(issued.token()), issued.secret());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke an API token (NODE_ADMIN)")
	void revokeToken(@PathVariable String id) {
		management.revokeToken(currentCaller.require(), ApiTokenId.of(id));
	}

	private static AuthorityId authority(String value) {
		if (value == null) {
			throw new InvalidValue("authority", "An authority id is required.");
		}
		return AuthorityId.of(value);
	}

	private static Set<Role> roles(List<String> names) {
		if (names == null || names.isEmpty()) {
			throw new InvalidValue("roles", "At least one role is required.");
		}
		try {
			return Set.copyOf(names.stream().map(Role::valueOf).toList());
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidValue("roles", "Roles are among " + List.of(Role.values()) + ".");
		}
	}

	private static List<String> sorted(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toList();
	}

	record CallerView(String kind, String id, String name, String authority, String state, List<String> roles) {
	}

	record UserView(String id, String username, String authority, String state, List<String> roles,
			boolean secondFactorEnrolled, Instant lockedUntil, boolean lockedByAdministrator, int failedAttempts,
			Instant lastSignInAt, boolean passwordChangeRequired, boolean active) {

		static UserView of(User user) {
			return new UserView(user.id().toString(), user.username(), user.authority().toString(), user.state().value(),
					sorted(user.roles()), user.secondFactorEnrolled(), user.lockedUntil(), user.access().lockedByAdministrator(),
					user.access().failedAttempts(), user.access().lastSignInAt(), user.access().passwordChangeRequired(),
					user.active());
		}
	}

	record NewUser(String username, String authority, List<String> roles) {
	}

	record CreatedUserView(UserView user, String initialPassword) {
	}

	record RolesChange(List<String> roles) {
	}

	record TokenView(String id, String label, String authority, String state, List<String> roles, Instant createdAt,
			Instant lastUsedAt, Instant revokedAt, String holder) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.id().toString(), token.label(), token.authority().toString(), token.state().value(),
					sorted(token.roles()), token.createdAt(), token.lastUsedAt(), token.revokedAt(),
					token.holder() == null ? null : token.holder().toString());
		}
	}

	record NewToken(String label, String authority, List<String> roles) {
	}

	record IssuedTokenView(TokenView token, String secret) {
	}
}
