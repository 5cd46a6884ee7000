package org.hanoinet.audit.internal;

import java.util.Map;

import org.erdtman.jcs.JsonCanonicalizer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical JSON of RFC 8785 for the values a leaf holds (objects, strings, integers, null), written by the
 * same JCS library that canonicalises envelopes and the directory: members sorted by their keys' UTF-16 code units,
 * no whitespace, strings escaped as ECMAScript's JSON.stringify does. The same record therefore always gives the
 * same bytes, and so the same leaf hash. Values JCS would silently change are refused first: integers beyond
 * 2<sup>53</sup> (JCS numbers are IEEE 754 doubles) and text with an unpaired surrogate (it has no UTF-8 form).
 */
final class CanonicalJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CanonicalJson() {
	}

	static String write(Map<String, ?> object) {
		check(object);
		try {
			return new JsonCanonicalizer(JSON.writeValueAsString(object)).getEncodedString();
		}
		catch (java.io.IOException unparsable) {
			throw new IllegalArgumentException("The leaf could not be written as canonical JSON: " + unparsable.getMessage(),
					unparsable);
		}
	}

	private static void check(Object value) {
		switch (value) {
			case null -> {
			}
			case String text -> {
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
						i++;
					}
					else if (Character.isSurrogate(c)) {
						throw new IllegalArgumentException("Text with an unpaired surrogate cannot be written as canonical JSON");
					}
				}
			}
			case Long number -> checkRange(number);
			case Integer number -> checkRange(number);
			case Map<?, ?> map -> map.forEach((key, member) -> {
				if (!(key instanceof String name)) {
					throw new IllegalArgumentException("A JSON object's keys are text, not " + key);
				}
				check(name);
				check(member);
			});
			default -> throw new IllegalArgumentException("A leaf holds text, integers and objects, not "
					+ value.getClass().getSimpleName());
		}
	}

	private static void checkRange(long number) {
		if (Math.abs(number) > (1L << 53)) {
			throw new IllegalArgumentException("The integer " + number + " is too large for canonical JSON");
		}
	}
}
