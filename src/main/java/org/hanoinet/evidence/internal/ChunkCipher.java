package org.hanoinet.evidence.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals one chunk of an item with AES-256-GCM under the item's data key, so that every chunk decrypts and
 * authenticates on its own. A sealed object is {@code nonce(12) || ciphertext || tag(16)}. The nonce of a complete
 * chunk is its index (8 bytes, big-endian) followed by 4 random bytes: derived from the chunk's place, yet not
 * repeated if a chunk is written again after a crash. The tail of an interrupted upload is rewritten at every
 * resume, so its nonce is 12 random bytes. The associated data is the item id, the chunk index and
 * the kind (a complete chunk, or the partial tail of an interrupted upload), so a sealed chunk cannot be moved
 * to another item or another place.
 */
public final class ChunkCipher {

	/** Bytes a sealed object adds to its plaintext. */
	public static final int OVERHEAD = 12 + 16;

	/** A complete chunk. */
	public static final int CHUNK = 0;

	/** The partial last chunk of an interrupted upload. */
	public static final int TAIL = 1;

	private static final int SLICE = 64 * 1024;

	private static final SecureRandom random = new SecureRandom();

	private ChunkCipher() {
	}

	/** Seals {@code length} bytes of {@code plain} into {@code sealed} (at least length + OVERHEAD long); returns the sealed length. */
	public static int seal(SecretKey key, UUID item, long index, int kind, byte[] plain, int length, byte[] sealed) {
		try {
			if (kind == TAIL) {
				byte[] nonce = new byte[12];
				random.nextBytes(nonce);
				System.arraycopy(nonce, 0, sealed, 0, 12);
			}
			else {
				ByteBuffer.wrap(sealed, 0, 12).putLong(index).putInt(random.nextInt());
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, 12));
			cipher.updateAAD(aad(item, index, kind));
			// Slices, not one call per chunk: the JIT compiles the AES-GCM intrinsic after many calls, not after few large ones.
			int written = 12;
			for (int offset = 0; offset < length; offset += SLICE) {
				written += cipher.update(plain, offset, Math.min(SLICE, length - offset), sealed, written);
			}
			return written + cipher.doFinal(sealed, written);
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("AES-GCM is not available", unavailable);
		}
	}

	/** The plaintext of a sealed object; refuses one that was altered, moved or sealed under another key. */
	public static byte[] open(SecretKey key, UUID item, long index, int kind, byte[] sealed) {
		try {
			if (sealed.length < OVERHEAD || (kind == CHUNK && ByteBuffer.wrap(sealed, 0, 8).getLong() != index)) {
				throw new TamperedChunk(item, index);
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, 12));
			cipher.updateAAD(aad(item, index, kind));
			return cipher.doFinal(sealed, 12, sealed.length - 12);
		}
		catch (javax.crypto.AEADBadTagException tampered) {
			throw new TamperedChunk(item, index);
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("AES-GCM is not available", unavailable);
		}
	}

	static byte[] uuid(UUID id) {
		return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
	}

	private static byte[] aad(UUID item, long index, int kind) {
		return ByteBuffer.allocate(28).put(uuid(item)).putLong(index).putInt(kind).array();
	}

	/** A stored chunk does not authenticate: it was altered or does not belong here. */
	public static final class TamperedChunk extends IllegalStateException {

		TamperedChunk(UUID item, long index) {
			super("Chunk " + index + " of evidence item " + item + " does not authenticate: it was altered or moved.");
		}
	}
}
