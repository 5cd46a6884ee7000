package org.hanoinet.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UserId;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode only: one user and one API token per role for each demo State, with passwords, TOTP secrets and
 * tokens generated for this data directory on its first start, written to
 * {@code <data dir>/demo-credentials.json} (owner-only) and reused on every later start.
 */
@Component
@ConditionalOnBooleanProperty("hanoinet.demo")
@Order(10)
public class DemoIdentities implements ApplicationRunner {

	static final String FILE = "demo-credentials.json";

	private static final Logger log = LoggerFactory.getLogger(DemoIdentities.class);

	private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final NodeProperties node;

	private final Authorities authorities;

	private final JdbcUsers users;

	private final JdbcApiTokens tokens;

	private final Provisioning provisioning;

	private final TransactionTemplate transaction;

	private volatile List<DemoLogin> logins = List.of();

	DemoIdentities(NodeProperties node, Authorities authorities, JdbcUsers users, JdbcApiTokens tokens,
			Provisioning provisioning, TransactionTemplate transaction) {
		this.node = node;
		this.authorities = authorities;
		this.users = users;
		this.tokens = tokens;
		this.provisioning = provisioning;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		Path file = node.dataDir().resolve(FILE);
		List<DemoLogin> logins = Files.exists(file) ? read(file) : generate(file);
		int[] added = new int[1];
		transaction.executeWithoutResult(status -> {
			for (DemoLogin login : logins) {
				AuthorityId authority = AuthorityId.of(login.authority());
				Set<Role> roles = EnumSet.of(Role.valueOf(login.role()));
				if (!users.usernameTaken(login.user())) {
					provisioning.addUser(login.user(), authority, roles, login.password(), login.totpSecret(), true, "demo");
					added[0]++;
				}
				if (!tokens.existsByHash(Secrets.sha256(login.apiToken()))) {
					UserId holder = users.credentialsOf(login.user()).map(found -> found.user().id()).orElse(null);
					provisioning.addToken("demo " + login.role() + " " + login.state(), authority, roles, login.apiToken(), true,
							"demo", holder);
				}
			}
		});
		StringBuilder table = new StringBuilder();
		for (DemoLogin login : logins) {
			table.append(String.format("%n  %-22s %-26s TOTP %-34s token %s", login.user(), login.password(),
					login.totpSecret(), login.apiToken()));
		}
		log.info("Demo logins ({} users, {} new; same in {}):{}", logins.size(), added[0], file.toAbsolutePath().normalize(),
				table);
		this.logins = List.copyOf(logins);
	}

	/** The demo accounts of this node, for the sign-in page of a demo node: who they are, never their secrets. */
	public List<DemoAccount> accounts() {
		return logins.stream().map(login -> new DemoAccount(login.user(), login.role(), login.state())).toList();
	}

	/**
	 * What the one-click sign-in of a demo node types for {@code user}: the password and the code of the first time
	 * step not yet used (now, or the next one the second step still accepts); empty for an unknown user or when both
	 * steps were used, so that no attempt is wasted on a code the node would refuse as replayed.
	 */
	public Optional<Typed> typedFor(String user, Instant now) {
		Optional<DemoLogin> login = logins.stream().filter(candidate -> candidate.user().equals(user)).findFirst();
		if (login.isEmpty()) {
			return Optional.empty();
		}
		long last = users.credentialsOf(user).map(JdbcUsers.Credentials::lastTotpStep).orElse(-1L);
		byte[] secret = Secrets.decodeTotpSecret(login.get().totpSecret());
		for (long step = Totp.step(now); step <= Totp.step(now) + 1; step++) {
			if (step > last) {
				return Optional.of(new Typed(login.get().password(), Totp.code(secret, step, "HmacSHA1", Totp.DIGITS)));
			}
		}
		return Optional.empty();
	}

	/** A demo account as the sign-in page lists it. */
	public record DemoAccount(String user, String role, String state) {
	}

	/** The password and current code of a demo account. */
	public record Typed(String password, String code) {
	}

	private List<DemoLogin> generate(Path file) {
		List<DemoLogin> logins = new ArrayList<>();
		List<CountryCode> states = authorities.findAll().stream().map(Authority::state).distinct().sorted().toList();
		for (CountryCode state : states) {
			List<Authority> ofState = authorities.findByState(state);
			for (Role role : Role.values()) {
				AuthorityKind kind = role == Role.DUTY_OFFICER ? AuthorityKind.POINT_OF_CONTACT : AuthorityKind.CENTRAL_AUTHORITY;
				Authority authority = ofState.stream()
					.filter(candidate -> candidate.kind() == kind)
					.findFirst()
					.orElse(ofState.stream().min(Comparator.comparing(Authority::name)).orElseThrow());
				String user = state.value().toLowerCase(Locale.ROOT) + "-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
				logins.add(new DemoLogin(user, Secrets.newPassword(), Secrets.newTotpSecret(), Secrets.newApiToken(), role.name(),
						authority.id().toString(), state.value()));
			}
		}
		write(file, logins);
		return logins;
	}

	private List<DemoLogin> read(Path file) {
		try {
			return json.readValue(file.toFile(), new TypeReference<List<DemoLogin>>() {
			});
		}
		catch (RuntimeException unreadable) {
			throw new IllegalStateException("The demo credentials in " + file + " cannot be read; delete the file to start afresh",
					unreadable);
		}
	}

	private void write(Path file, List<DemoLogin> logins) {
		try {
			Files.createDirectories(file.getParent());
			Path temporary = Files.createTempFile(file.getParent(), ".demo-credentials", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(temporary, json.writeValueAsString(logins));
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException failed) {
			throw new UncheckedIOException("Cannot write " + file, failed);
		}
	}

	/** One demo login as written to {@code demo-credentials.json}. */
	record DemoLogin(String user, String password, String totpSecret, String apiToken, String role, String authority,
			String state) {
	}
}
