package org.hanoinet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Second-factor secrets are unreadable in the database without the node's key, and bound to their user. */
class SecretBoxTests {

	@TempDir
	Path dataDir;

	@Test
	void aSealedSecretOpensAfterARestartForItsOwnerOnly() throws Exception {
		Path keyFile = dataDir.resolve("keys/identity-secrets.key");
		String sealed = new SecretBox(keyFile).seal("JBSWY3DPEHPK3PXP", "user-1");

		SecretBox afterRestart = new SecretBox(keyFile);

		assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
		assertThat(afterRestart.open(sealed, "user-1")).isEqualTo("JBSWY3DPEHPK3PXP");
		assertThatIllegalStateException().isThrownBy(() -> afterRestart.open(sealed, "user-2"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
	}

	@Test
	void anotherNodesKeyCannotOpenIt() {
		String sealed = new SecretBox(dataDir.resolve("a.key")).seal("JBSWY3DPEHPK3PXP", "user-1");

		assertThatIllegalStateException().isThrownBy(() -> new SecretBox(dataDir.resolve("b.key")).open(sealed, "user-1"));
	}
}
