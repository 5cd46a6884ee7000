package org.hanoinet.node.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNodeKeysTests {

	@TempDir
	Path dataDir;

	@Test
	void theKeyIsCreatedOnceKeptPrivateAndReusedAfterARestart() throws Exception {
		Path keyFile = dataDir.resolve("keys/node-signing.key");
		FileNodeKeys first = new FileNodeKeys(keyFile);
		byte[] message = "preservation request 42".getBytes(StandardCharsets.UTF_8);
		byte[] signature = first.sign(message);

		FileNodeKeys afterRestart = new FileNodeKeys(keyFile);

		assertThat(afterRestart.keyId()).isEqualTo(first.keyId());
		assertThat(afterRestart.verify(message, signature)).isTrue();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		assertThat(first.rawPublicKey()).hasSize(32);
		assertThat(signature).hasSize(64);
	}

	@Test
	void aSignatureDoesNotVerifyForChangedDataOrAnotherNodesKey() {
		FileNodeKeys ours = new FileNodeKeys(dataDir.resolve("a/node-signing.key"));
		FileNodeKeys theirs = new FileNodeKeys(dataDir.resolve("b/node-signing.key"));
		byte[] message = "tree size 10".getBytes(StandardCharsets.UTF_8);
		byte[] signature = ours.sign(message);

		assertThat(ours.verify("tree size 11".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
		assertThat(theirs.verify(message, signature)).isFalse();
		assertThat(theirs.keyId()).isNotEqualTo(ours.keyId());
	}

	@Test
	void anyStandardEd25519VerifierAcceptsTheNodesSignatures() throws Exception {
		FileNodeKeys keys = new FileNodeKeys(dataDir.resolve("c/node-signing.key"));
		byte[] message = "checkpoint 7".getBytes(StandardCharsets.UTF_8);

		java.security.Signature jdk = java.security.Signature.getInstance("Ed25519");
		jdk.initVerify(keys.publicKey());
		jdk.update(message);

		assertThat(jdk.verify(keys.sign(message))).isTrue();
	}
}
