package org.hanoinet.treaty.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The world map of the status page: Natural Earth shapes shipped as {@code treaty/world-map.svg} (see its
 * PROVENANCE file), each country coloured by a CSS class that names its status.
 */
@Component
class WorldMap {

	private static final Pattern COUNTRY = Pattern.compile("<path data-country=\"([A-Z]{2})\"");

	private final String svg;

	WorldMap() {
		try (InputStream stream = WorldMap.class.getClassLoader().getResourceAsStream("treaty/world-map.svg")) {
			if (stream == null) {
				throw new IllegalStateException("The map treaty/world-map.svg is missing from the build.");
			}
			this.svg = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** The SVG with each country's path given the class {@code standing-<STATUS>} of its status by alpha-2 code. */
	String coloured(Map<String, String> statusByCountry) {
		Matcher country = COUNTRY.matcher(svg);
		return country.replaceAll(match -> {
			String status = statusByCountry.getOrDefault(match.group(1), "NONE");
			return Matcher.quoteReplacement("<path class=\"standing-" + status + "\" data-country=\"" + match.group(1) + "\"");
		});
	}
}
