package org.hanoinet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The TOTP codes are those of RFC 6238, so every authenticator app shows the same code as the node expects. */
class TotpTests {

	static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234"
		.getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238 appendix B: time, algorithm, expected 8-digit code. */
	static final List<Object[]> RFC_6238_VECTORS = List.of(
			new Object[] { 59L, "HmacSHA1", "94287082" }, new Object[] { 59L, "HmacSHA256", "46119246" },
			new Object[] { 59L, "HmacSHA512", "90693936" }, new Object[] { 1111111109L, "HmacSHA1", "07081804" },
			new Object[] { 1111111109L, "HmacSHA256", "68084774" }, new Object[] { 1111111109L, "HmacSHA512", "25091201" },
			new Object[] { 1111111111L, "HmacSHA1", "14050471" }, new Object[] { 1111111111L, "HmacSHA256", "67062674" },
			new Object[] { 1111111111L, "HmacSHA512", "99943326" }, new Object[] { 1234567890L, "HmacSHA1", "89005924" },
			new Object[] { 1234567890L, "HmacSHA256", "91819424" }, new Object[] { 1234567890L, "HmacSHA512", "93441116" },
			new Object[] { 2000000000L, "HmacSHA1", "69279037" }, new Object[] { 2000000000L, "HmacSHA256", "90698825" },
			new Object[] { 2000000000L, "HmacSHA512", "38618901" }, new Object[] { 20000000000L, "HmacSHA1", "65353130" },
			new Object[] { 20000000000L, "HmacSHA256", "77737706" }, new Object[] { 20000000000L, "HmacSHA512", "47863826" });

	@ParameterizedTest
	@FieldSource("RFC_6238_VECTORS")
	void computesTheCodesOfTheRfcTestVectors(long time, String algorithm, String expected) {
		byte[] seed = switch (algorithm) {
			case "HmacSHA1" -> SHA1_SEED;
			case "HmacSHA256" -> SHA256_SEED;
			default -> SHA512_SEED;
		};

		assertThat(Totp.code(seed, Totp.step(Instant.ofEpochSecond(time)), algorithm, 8)).isEqualTo(expected);
	}

	@Test
	void theSixDigitCodeIsTheLastSixDigitsOfTheRfcCode() {
		assertThat(Totp.code(SHA1_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(Totp.code(SHA1_SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
	}

	@Test
	void acceptsACodeFromOneStepBeforeOrAfterForClockDriftButNotTwo() {
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		String previous = Totp.code(SHA1_SEED, now.minusSeconds(30));
		String next = Totp.code(SHA1_SEED, now.plusSeconds(30));
		String tooOld = Totp.code(SHA1_SEED, now.minusSeconds(60));

		assertThat(Totp.matchingStep(SHA1_SEED, previous, now)).hasValue(Totp.step(now) - 1);
		assertThat(Totp.matchingStep(SHA1_SEED, next, now)).hasValue(Totp.step(now) + 1);
		assertThat(Totp.matchingStep(SHA1_SEED, tooOld, now)).isEmpty();
	}

	@Test
	void refusesWhatIsNotASixDigitCode() {
		Instant now = Instant.ofEpochSecond(59);

		assertThat(Totp.matchingStep(SHA1_SEED, "94287082", now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_SEED, "", now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_SEED, null, now)).isEmpty();
	}

	@Test
	void aGeneratedSecretRoundTripsThroughBase32() {
		String secret = Secrets.newTotpSecret();

		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(Secrets.decodeTotpSecret(secret)).hasSize(20);
	}
}
