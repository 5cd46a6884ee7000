package org.hanoinet.evidence.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

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
 * The node's key-encryption key for evidence ({@code keys/evidence-kek.key} in the data directory, owner-only,
 * written atomically) and the per-item data keys it wraps. A data key is a fresh AES-256 key; wrapped, it is
 * {@code nonce(12) || AES-256-GCM(kek, dataKey)} with the item id as associated data, so a wrapped key cannot be
 * moved to another item. Destroying the wrapped key makes the item's chunks unreadable (crypto-shredding).
 */
@Component
public class EvidenceKeys {

	private static final int NONCE_BYTES = 12;

	private final SecureRandom random = new SecureRandom();

	private final SecretKey kek;

	@Autowired
	EvidenceKeys(NodeProperties node) {
		this(node.dataDir().resolve("keys").resolve("evidence-kek.key"));
	}

	public EvidenceKeys(Path keyFile) {
		try {
			this.kek = Files.exists(keyFile) ? new SecretKeySpec(Files.readAllBytes(keyFile), "AES") : generate(keyFile);
		}
		catch (IOException | GeneralSecurityException unusable) {
			throw new NodeStartupFailure("The key " + keyFile.toAbsolutePath() + " that protects evidence cannot be read or "
					+ "created: " + unusable.getMessage(), unusable);
		}
	}

	/** A fresh data key for one item. */
	public SecretKey newDataKey() {
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256, random);
			return generator.generateKey();
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("AES is not available", unavailable);
		}
	}

	/** The data key sealed under the node's key, bound to the item. */
	public byte[] wrap(SecretKey dataKey, UUID item) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(ChunkCipher.uuid(item));
			byte[] sealed = cipher.doFinal(dataKey.getEncoded());
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("AES-GCM is not available", unavailable);
		}
	}

	/** The data key of the item. */
	public SecretKey unwrap(byte[] wrapped, UUID item) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(128, wrapped, 0, NONCE_BYTES));
			cipher.updateAAD(ChunkCipher.uuid(item));
			return new SecretKeySpec(cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES), "AES");
		}
		catch (GeneralSecurityException tampered) {
			throw new IllegalStateException("The data key of evidence item " + item + " cannot be opened with this node's key",
					tampered);
		}
	}

	private static SecretKey generate(Path keyFile) throws IOException, GeneralSecurityException {
		KeyGenerator generator = KeyGenerator.getInstance("AES");
		generator.init(256);
		SecretKey key = generator.generateKey();
		Files.createDirectories(keyFile.getParent());
		Path temporary = Files.createTempFile(keyFile.getParent(), ".evidence-kek", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.write(temporary, key.getEncoded());
		Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
		return key;
	}
}
