package org.hanoinet.directory.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import org.hanoinet.directory.DirectoryDocument;
import org.hanoinet.directory.SignedDirectory;

/** Signs a directory document with the secretariat key: compact JWS, EdDSA, over its canonical JSON. */
final class DirectorySigner {

	static final JOSEObjectType TYPE = new JOSEObjectType("hanoinet-directory+jws");

	private DirectorySigner() {
	}

	static SignedDirectory sign(DirectoryDocument document, SecretariatKey key) {
		try {
			JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.keyId()).type(TYPE).build();
			JWSObject jws = new JWSObject(header, new Payload(DirectoryCodec.canonicalJson(document)));
			jws.sign(new Ed25519Signer(key.privateKey()));
			return new SignedDirectory(document.version(), document.issuedAt(), document.expiresAt(), key.keyId(),
					jws.serialize());
		}
		catch (JOSEException failed) {
			throw new IllegalStateException("Signing the directory failed", failed);
		}
	}
}
