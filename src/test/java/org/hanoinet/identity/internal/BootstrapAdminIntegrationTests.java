package org.hanoinet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hanoinet.NodeTest;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.SignIn;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The first node administrator of an authority, created from a setting with an initial password in an owner-only file. */
@NodeTest
class BootstrapAdminIntegrationTests {

	static final String GH_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000006";

	@Autowired
	NodeProperties node;

	@Autowired
	JdbcUsers users;

	@Autowired
	JdbcApiTokens tokens;

	@Autowired
	Provisioning provisioning;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	SignIn signIn;

	@Test
	void createsTheFirstAdministratorOnceWhoMustEnrolASecondFactorAtTheFirstSignIn() throws Exception {
		ProductionStart start = new ProductionStart(node, new IdentityProperties(5, Duration.ofMinutes(15), 20,
				Duration.ofMinutes(15), "gh-first-admin@" + GH_POINT_OF_CONTACT), users, tokens, provisioning, transaction);

		start.run(null);
		Path file = node.dataDir().resolve("bootstrap-admin.txt");
		String written = Files.readString(file);
		start.run(null);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(file)).isEqualTo(written);
		Matcher password = Pattern.compile("initial password: (\\S+)").matcher(written);
		assertThat(password.find()).isTrue();
		assertThat(users.credentialsOf("gh-first-admin")).hasValueSatisfying(admin -> {
			assertThat(admin.user().roles()).containsExactly(Role.NODE_ADMIN);
			assertThat(admin.user().state().value()).isEqualTo("GH");
		});
		assertThat(signIn.password("gh-first-admin", password.group(1), "bootstrap-test"))
			.isInstanceOf(SignIn.EnrolmentRequired.class);
	}
}
