package org.hanoinet.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The same record always gives the same bytes, written as RFC 8785 says. */
class CanonicalJsonTests {

	@Test
	void membersAreSortedByUtf16CodeUnitsWhateverTheInsertionOrder() {
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("z", "1");
		first.put("é", "2");
		first.put("\uD83D\uDE00", "3");
		first.put("a", Map.of("b", 2L, "a", 1L));
		Map<String, Object> second = new HashMap<>();
		second.put("a", Map.of("a", 1L, "b", 2L));
		second.put("\uD83D\uDE00", "3");
		second.put("é", "2");
		second.put("z", "1");

		assertThat(CanonicalJson.write(first)).isEqualTo("{\"a\":{\"a\":1,\"b\":2},\"z\":\"1\",\"é\":\"2\",\"\uD83D\uDE00\":\"3\"}")
			.isEqualTo(CanonicalJson.write(second));
	}

	@Test
	void stringsAreEscapedAsJsonStringifyDoesAndNothingElseIs() {
		Map<String, Object> value = new HashMap<>();
		value.put("text", "quote\" backslash\\ slash/ tab\t newline\n bell\u0007 Việt €");
		value.put("empty", null);

		assertThat(CanonicalJson.write(value)).isEqualTo(
				"{\"empty\":null,\"text\":\"quote\\\" backslash\\\\ slash/ tab\\t newline\\n bell\\u0007 Việt €\"}");
	}

	@Test
	void textThatHasNoUtf8FormIsRefused() {
		assertThatThrownBy(() -> CanonicalJson.write(Map.of("broken", "\uD83D")))
			.hasMessage("Text with an unpaired surrogate cannot be written as canonical JSON");
	}
}
