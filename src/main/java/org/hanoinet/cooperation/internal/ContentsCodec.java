package org.hanoinet.cooperation.internal;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.RequestContentsJson;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Request contents, event details and condition lists as the JSON columns of the case tables hold them. */
final class ContentsCodec {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ContentsCodec() {
	}

	static String write(RequestContents contents) {
		return JSON.writeValueAsString(RequestContentsJson.write(contents));
	}

	static RequestContents read(String text) {
		return RequestContentsJson.read(JSON.readValue(text, new TypeReference<Map<String, Object>>() {
		}));
	}

	static String writeDetails(SortedMap<String, String> details) {
		return JSON.writeValueAsString(details);
	}

	static SortedMap<String, String> readDetails(String text) {
		return new TreeMap<>(JSON.readValue(text, new TypeReference<Map<String, String>>() {
		}));
	}

	static String writeList(List<String> items) {
		return JSON.writeValueAsString(items);
	}

	static List<String> readList(String text) {
		return List.copyOf(JSON.readValue(text, new TypeReference<List<String>>() {
		}));
	}
}
