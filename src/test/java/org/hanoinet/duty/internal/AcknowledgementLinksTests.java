package org.hanoinet.duty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.hanoinet.TestNodeKeys;
import org.junit.jupiter.api.Test;

class AcknowledgementLinksTests {

	static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	final AcknowledgementLinks links = new AcknowledgementLinks(new TestNodeKeys());

	final UUID notice = UUID.randomUUID();

	@Test
	void aLinkLeadsToItsNoticeUntilItExpires() {
		String token = links.token(notice, NOW.plusSeconds(3600));

		assertThat(links.verify(token, NOW)).contains(notice);
		assertThat(links.verify(token, NOW.plusSeconds(3599))).contains(notice);
		assertThat(links.verify(token, NOW.plusSeconds(3600))).isEmpty();
	}

	@Test
	void aLinkWithAnotherNoticeOrALaterExpiryIsRefused() {
		String token = links.token(notice, NOW.plusSeconds(3600));
		String[] parts = token.split("\\.");

		String otherNotice = UUID.randomUUID() + "." + parts[1] + "." + parts[2];
		String extended = parts[0] + "." + (Long.parseLong(parts[1]) + 86400) + "." + parts[2];

		assertThat(links.verify(otherNotice, NOW)).isEmpty();
		assertThat(links.verify(extended, NOW)).isEmpty();
		assertThat(links.verify("not a token", NOW)).isEmpty();
		assertThat(links.verify(null, NOW)).isEmpty();
	}
}
