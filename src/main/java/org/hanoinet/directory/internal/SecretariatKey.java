package org.hanoinet.directory.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import org.hanoinet.directory.NodeKey;
import org.hanoinet.node.NodeStartupFailure;

/**
 * The secretariat's Ed25519 signing key, which signs the directory. It is not the node key: whoever holds it
 * vouches for every State's authorities and keys. Kept as a private JWK in {@code keys/secretariat-signing.jwk}
 * in the data directory, readable by the node's user only (mode 600), written atomically.
 */
final class SecretariatKey {

	private final OctetKeyPair key;

	private SecretariatKey(OctetKeyPair key) {
		this.key = key;
	}

	static SecretariatKey loadOrGenerate(Path file) {
		try {
			if (Files.exists(file)) {
				return new SecretariatKey(OctetKeyPair.parse(Files.readString(file)));
			}
			OctetKeyPair generated = new OctetKeyPairGenerator(Curve.Ed25519).generate();
			String keyId = NodeKey.keyIdOf(generated.getX().decode());
			OctetKeyPair withId = new OctetKeyPair.Builder(generated).keyID(keyId).build();
			Files.createDirectories(file.getParent());
			writeAtomically(file, withId.toJSONString().getBytes(StandardCharsets.UTF_8));
			return new SecretariatKey(withId);
		}
		catch (IOException | ParseException | JOSEException unusable) {
			throw new NodeStartupFailure("The secretariat key " + file.toAbsolutePath() + " cannot be read or created: "
					+ unusable.getMessage() + ". Restore it from backup or fix the permissions of the data directory.",
					unusable);
		}
	}

	static SecretariatKey of(OctetKeyPair key) {
		return new SecretariatKey(key);
	}

	OctetKeyPair privateKey() {
		return key;
	}

	OctetKeyPair publicKey() {
		return key.toPublicJWK();
	}

	String keyId() {
		return key.getKeyID();
	}

	static void writeAtomically(Path target, byte[] content) throws IOException {
		Path temporary = Files.createTempFile(target.getParent(), ".directory", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			channel.write(ByteBuffer.wrap(content));
			channel.force(true);
		}
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}
}
