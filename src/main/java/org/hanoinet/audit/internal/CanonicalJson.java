package org.hanoinet.audit.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the canonical JSON of RFC 8785 for the values a leaf holds (objects, strings, integers, null):
 * object members sorted by their keys' UTF-16 code units, no whitespace, strings escaped as ECMAScript's
 * JSON.stringify does. The same record therefore always gives the same bytes, and so the same leaf hash.
 */
final class CanonicalJson {

	private CanonicalJson() {
	}

	static String write(Map<String, ?> object) {
		StringBuilder out = new StringBuilder(256);
		value(object, out);
		return out.toString();
	}

	private static void value(Object value, StringBuilder out) {
		switch (value) {
			case null -> out.append("null");
			case String text -> string(text, out);
			case Long number -> integer(number, out);
			case Integer number -> integer(number.longValue(), out);
			case Map<?, ?> map -> object(map, out);
			default -> throw new IllegalArgumentException("A leaf holds text, integers and objects, not "
					+ value.getClass().getSimpleName());
		}
	}

	private static void integer(long number, StringBuilder out) {
		// RFC 8785 serialises numbers as IEEE 754 doubles; beyond 2^53 a long would silently change.
		if (Math.abs(number) > (1L << 53)) {
			throw new IllegalArgumentException("The integer " + number + " is too large for canonical JSON");
		}
		out.append(number);
	}

	private static void object(Map<?, ?> map, StringBuilder out) {
		TreeMap<String, Object> sorted = new TreeMap<>();
		map.forEach((key, member) -> {
			if (!(key instanceof String name)) {
				throw new IllegalArgumentException("A JSON object's keys are text, not " + key);
			}
			sorted.put(name, member);
		});
		out.append('{');
		boolean first = true;
		for (Map.Entry<String, Object> member : sorted.entrySet()) {
			if (!first) {
				out.append(',');
			}
			first = false;
			string(member.getKey(), out);
			out.append(':');
			value(member.getValue(), out);
		}
		out.append('}');
	}

	private static void string(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
						out.append(c).append(text.charAt(++i));
					}
					else if (Character.isSurrogate(c)) {
						throw new IllegalArgumentException("Text with an unpaired surrogate cannot be written as canonical JSON");
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}
}
