package org.hanoinet.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseFixtures;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;

/** Cases of the demo node to hold evidence, and files made up on the fly, never held in memory. */
public final class EvidenceFixtures {

	public static final AuthorityId VN_POINT_OF_CONTACT = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002");

	public static final AuthorityId BR_POINT_OF_CONTACT = AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000004");

	public static final Actor VN_OFFICER = new Actor(VN_POINT_OF_CONTACT, CountryCode.of("VN"), "vn-duty-officer", false);

	public static final Actor VN_SUPERVISOR = new Actor(AuthorityId.of("6f1c0d1e-5b0a-4c39-9d4e-0a0000000001"),
			CountryCode.of("VN"), "vn-supervisor", true);

	public static final Actor BR_OFFICER = new Actor(BR_POINT_OF_CONTACT, CountryCode.of("BR"), "br-duty-officer", false);

	private EvidenceFixtures() {
	}

	/** A preservation request from Viet Nam to Brazil, approved and delivered. */
	public static Case sentPreservation(CaseManagement cases) {
		Case draft = cases.draft(VN_OFFICER, CaseType.PRESERVATION, BR_POINT_OF_CONTACT, CaseFixtures.complete(CaseType.PRESERVATION));
		cases.submitForApproval(VN_OFFICER, draft.id());
		return cases.approve(VN_SUPERVISOR, draft.id());
	}

	/** {@code size} bytes of a repeatable pattern that depends on {@code seed}, made while read. */
	public static InputStream generated(long size, int seed) {
		return new InputStream() {

			private long position;

			@Override
			public int read() {
				byte[] one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] target, int offset, int length) {
				if (position == size) {
					return -1;
				}
				int count = (int) Math.min(length, size - position);
				for (int i = 0; i < count; i++) {
					long at = position + i;
					target[offset + i] = (byte) ((at * 31 + seed) ^ (at >>> 13));
				}
				position += count;
				return count;
			}
		};
	}

	/** The SHA-256 of the whole stream, in lower-case hex. */
	public static String sha256(InputStream bytes) throws IOException {
		try (bytes) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int read; (read = bytes.read(buffer)) >= 0;) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException(absent);
		}
	}

	/** The stream fails with an IOException after {@code limit} bytes, as a dropped connection does. */
	public static InputStream breakingAfter(InputStream bytes, long limit) {
		return new FilterInputStream(bytes) {

			private long read;

			@Override
			public int read(byte[] target, int offset, int length) throws IOException {
				if (read == limit) {
					throw new IOException("connection reset");
				}
				int count = super.read(target, offset, (int) Math.min(length, limit - read));
				read += Math.max(count, 0);
				return count;
			}
		};
	}
}
