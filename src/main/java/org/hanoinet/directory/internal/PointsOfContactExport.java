package org.hanoinet.directory.internal;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.springframework.stereotype.Component;

/**
 * The yearly list of 24/7 points of contact that the Secretary-General circulates (art. 41): every point of
 * contact designated at any time in the year, as CSV (RFC 4180, UTF-8, CRLF line ends).
 */
@Component
class PointsOfContactExport {

	static final String HEADER = "state,state_name,authority_id,name,local_name,phone,email,languages,time_zone,valid_from,valid_to";

	private final Authorities authorities;

	PointsOfContactExport(Authorities authorities) {
		this.authorities = authorities;
	}

	List<Authority> listed(Year year) {
		Instant start = year.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant end = year.plusYears(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		return authorities.findAll()
			.stream()
			.filter(authority -> authority.kind() == AuthorityKind.POINT_OF_CONTACT)
			.filter(authority -> authority.designation().validFrom().isBefore(end)
					&& (authority.designation().validTo() == null || authority.designation().validTo().isAfter(start)))
			.toList();
	}

	String csv(Year year) {
		List<Authority> listed = listed(year);
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		for (Authority authority : listed) {
			csv.append(List.of(authority.state().value(), authority.state().displayName(Locale.ENGLISH),
					authority.id().toString(), authority.name(), nullToEmpty(authority.localName()), authority.phone(),
					authority.email(), String.join(" ", authority.languages()), authority.timeZone().getId(),
					authority.designation().validFrom().toString(),
					authority.designation().validTo() == null ? "" : authority.designation().validTo().toString())
				.stream()
				.map(PointsOfContactExport::field)
				.collect(Collectors.joining(","))).append("\r\n");
		}
		return csv.toString();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String field(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}
}
