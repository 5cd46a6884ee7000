package org.hanoinet.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.hanoinet.audit.TestAuditEvent;
import org.hanoinet.audit.TreeHashes;
import org.junit.jupiter.api.Test;

/**
 * A leaf's hash is what auditors recompute from an export: it must not move when the code that writes the
 * canonical JSON changes. The expected value was computed by the hand-written RFC 8785 writer the log used
 * before it took the JCS library (a4813ee), and agrees with an independent writer.
 */
class LeafHashTests {

	@Test
	void aLeafWithNonAsciiTextAndNumbersHashesAsItDidBeforeTheJcsLibrary() {
		Map<String, String> fields = new HashMap<>();
		fields.put("note", "Việt Nam – “quoted” \"and\" back\\slash, tab\t, unit\u001f, del\u007f, line\u2028 €");
		fields.put("size", "1048576");
		fields.put("ratio", "-0.5e3");
		fields.put("é", "accent");
		fields.put("\uD83D\uDE00", "emoji, sorted by its UTF-16 code units");
		fields.put("\uFF21", "fullwidth A, sorted after the emoji");
		byte[] previous = TreeHashes.leafHash("previous".getBytes(StandardCharsets.UTF_8));
		TestAuditEvent event = new TestAuditEvent("evidence.received", Instant.parse("2026-11-23T08:15:30.123456Z"), fields);

		byte[] leaf = JdbcAuditLog.leafData(4_503_599_627_370_497L, previous, event);

		assertThat(TreeHashes.hex(TreeHashes.leafHash(leaf))).isEqualTo("3849fa26f8b1e20e4178309222c553d29dfb68a7074207174787f6d7bd9020ce");
	}
}
