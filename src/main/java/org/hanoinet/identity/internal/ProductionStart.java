package org.hanoinet.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

import org.hanoinet.directory.Authority;
import org.hanoinet.identity.Role;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.node.NodeStartupFailure;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a production start (not demo) checks and prepares: it refuses a database or data directory that holds
 * demo logins, whose secrets are known, and it creates the first node administrator when
 * {@code hanoinet.identity.bootstrap-admin} asks for one.
 */
@Component
@Order(20)
class ProductionStart implements InitializingBean, ApplicationRunner {

	static final String BOOTSTRAP_FILE = "bootstrap-admin.txt";

	private static final Logger log = LoggerFactory.getLogger("org.hanoinet");

	private final NodeProperties node;

	private final IdentityProperties settings;

	private final JdbcUsers users;

	private final JdbcApiTokens tokens;

	private final Provisioning provisioning;

	private final TransactionTemplate transaction;

	ProductionStart(NodeProperties node, IdentityProperties settings, JdbcUsers users, JdbcApiTokens tokens,
			Provisioning provisioning, TransactionTemplate transaction) {
		this.node = node;
		this.settings = settings;
		this.users = users;
		this.tokens = tokens;
		this.provisioning = provisioning;
		this.transaction = transaction;
	}

	/** Before the node opens its port: a production node never serves a single request with demo logins. */
	@Override
	public void afterPropertiesSet() {
		if (!node.demo()) {
			refuseDemoSecrets();
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.bootstrapAdmin().isBlank()) {
			bootstrapAdmin(settings.bootstrapAdmin().trim());
		}
	}

	private void refuseDemoSecrets() {
		if (Files.exists(node.dataDir().resolve(DemoIdentities.FILE)) || users.countDemo() > 0 || tokens.countDemo() > 0) {
			throw new NodeStartupFailure("This node holds demo logins whose passwords, TOTP secrets and API tokens are known "
					+ "(" + DemoIdentities.FILE + "): a production node refuses them; start from a fresh data directory and database.");
		}
	}

	private void bootstrapAdmin(String setting) {
		int at = setting.lastIndexOf('@');
		if (at <= 0) {
			throw new NodeStartupFailure("hanoinet.identity.bootstrap-admin must be username@authority-id, not '" + setting + "'.");
		}
		String username = setting.substring(0, at);
		Authority authority;
		try {
			authority = provisioning.authority(AuthorityId.of(setting.substring(at + 1)));
		}
		catch (InvalidValue invalid) {
			throw new NodeStartupFailure("hanoinet.identity.bootstrap-admin names no registered authority: " + invalid.getMessage());
		}
		if (users.countAdministratorsOf(authority.id()) > 0) {
			return;
		}
		String password = Secrets.newPassword();
		// The file first: a user whose password was never written down would block the bootstrap for good.
		Path file = node.dataDir().resolve(BOOTSTRAP_FILE);
		try {
			Files.deleteIfExists(file);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, "username: " + username + "\ninitial password: " + password
					+ "\nSign in, enrol an authenticator app, then delete this file.\n");
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		try {
			transaction.executeWithoutResult(status -> provisioning.addUser(username, authority.id(), EnumSet.of(Role.NODE_ADMIN),
					password, null, false, "bootstrap"));
		}
		catch (InvalidValue invalid) {
			throw new NodeStartupFailure("hanoinet.identity.bootstrap-admin cannot be created: " + invalid.getMessage());
		}
		log.warn("Created the first node administrator '{}'; the initial password is in {} (readable by the owner only).",
				username, file.toAbsolutePath().normalize());
	}
}
