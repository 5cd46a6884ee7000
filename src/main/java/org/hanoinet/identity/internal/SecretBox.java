package org.hanoinet.identity.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.hanoinet.node.NodeProperties;
import org.hanoinet.node.NodeStartupFailure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts the TOTP secrets kept in the database (AES-256-GCM), with a key that lives in the data directory
 * ({@code keys/identity-secrets.key}, owner-only), so that a copy of the database alone does not let anyone
 * compute users' codes. Each value is {@code v1:} + base64(nonce || ciphertext), bound to the user it
 * belongs to as associated data, so a secret cannot be moved to another account.
 */
@Component
public class SecretBox {

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	@Autowired
	SecretBox(NodeProperties node) {
		this(node.dataDir().resolve("keys").resolve("identity-secrets.key"));
	}

	SecretBox(Path keyFile) {
		try {
			this.key = Files.exists(keyFile) ? new SecretKeySpec(Files.readAllBytes(keyFile), "AES") : generate(keyFile);
		}
		catch (IOException | GeneralSecurityException unusable) {
			throw new NodeStartupFailure("The key " + keyFile.toAbsolutePath() + " that protects second-factor secrets cannot be "
					+ "read or created: " + unusable.getMessage(), unusable);
		}
	}

	public String seal(String secret, String owner) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("AES-GCM is not available", unavailable);
		}
	}

	public String open(String sealed, String owner) {
		if (!sealed.startsWith(PREFIX)) {
			throw new IllegalStateException("A second-factor secret is not sealed in a known format");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException tampered) {
			throw new IllegalStateException("A second-factor secret cannot be opened with this node's key", tampered);
		}
	}

	private static SecretKey generate(Path keyFile) throws IOException, GeneralSecurityException {
		KeyGenerator generator = KeyGenerator.getInstance("AES");
		generator.init(256);
		SecretKey key = generator.generateKey();
		Files.createDirectories(keyFile.getParent());
		Path temporary = Files.createTempFile(keyFile.getParent(), ".identity-secrets", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.write(temporary, key.getEncoded());
		Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
		return key;
	}
}
