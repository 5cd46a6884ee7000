package org.hanoinet.treaty;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hanoinet.shared.CountryCode;
import org.hanoinet.shared.InvalidValue;

/**
 * Everyone who may sign and join the Convention (art. 64): the 193 UN Member States (from
 * {@code treaty/un-member-states.csv}, ODbL, see its PROVENANCE file), the State of Palestine and the European
 * Union, with the 27 member States of the European Union ({@code treaty/eu-member-states.csv}) for the rules
 * that tie an REIO to its members.
 */
public final class Participants {

	private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

	private final Map<ParticipantCode, Participant> byCode = new LinkedHashMap<>();

	private final Map<ParticipantCode, Set<ParticipantCode>> members = new LinkedHashMap<>();

	public Participants(Collection<Participant> participants, Map<ParticipantCode, Set<ParticipantCode>> reioMembers) {
		for (Participant participant : participants) {
			if (byCode.put(participant.code(), participant) != null) {
				throw new IllegalArgumentException("Participant " + participant.code() + " is listed twice.");
			}
		}
		reioMembers.forEach((reio, states) -> members.put(reio, Set.copyOf(states)));
	}

	/** The participants of the Convention as this release ships them. */
	public static Participants ofTheConvention() {
		List<Participant> participants = new ArrayList<>();
		for (CSVRecord row : read("treaty/un-member-states.csv")) {
			participants.add(new Participant(ParticipantCode.of(row.get("iso_alpha3")), CountryCode.of(row.get("iso_alpha2")),
					row.get("name_common"), row.get("name_official"), ParticipantKind.UN_MEMBER_STATE,
					RegionalGroup.valueOf(row.get("un_regional_group_code"))));
		}
		participants.add(new Participant(ParticipantCode.of("PSE"), CountryCode.of("PS"), "State of Palestine", "State of Palestine",
				ParticipantKind.NON_MEMBER_STATE, RegionalGroup.NON_MEMBER));
		participants.add(new Participant(ParticipantCode.EUROPEAN_UNION, CountryCode.of("EU"), "European Union", "European Union",
				ParticipantKind.REIO, RegionalGroup.REIO));
		Set<ParticipantCode> euMembers = new LinkedHashSet<>();
		for (CSVRecord row : read("treaty/eu-member-states.csv")) {
			euMembers.add(ParticipantCode.of(row.get("iso_alpha3")));
		}
		return new Participants(participants, Map.of(ParticipantCode.EUROPEAN_UNION, euMembers));
	}

	public List<Participant> all() {
		return List.copyOf(byCode.values());
	}

	public Optional<Participant> find(ParticipantCode code) {
		return Optional.ofNullable(byCode.get(code));
	}

	/** The participant with this code; an {@link InvalidValue} when there is none. */
	public Participant get(ParticipantCode code) {
		return find(code).orElseThrow(() -> new InvalidValue("participant", "'" + code
				+ "' is not a participant of the Convention: give the ISO 3166-1 alpha-3 code of a UN Member State, PSE for the State of Palestine or EUU for the European Union."));
	}

	/** Finds a participant by its three-letter code, or its two-letter one ("VN", "EU"), as a caller may type either. */
	public Participant byAnyCode(String code) {
		String wanted = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
		if (wanted.length() == 2) {
			return byCode.values().stream().filter(participant -> participant.alpha2().value().equals(wanted)).findFirst()
				.orElseThrow(() -> new InvalidValue("participant", "'" + code + "' is not a participant of the Convention."));
		}
		return get(ParticipantCode.of(wanted));
	}

	/** The member States of an REIO; empty for a State. */
	public Set<ParticipantCode> membersOf(ParticipantCode reio) {
		return members.getOrDefault(reio, Set.of());
	}

	public boolean isReio(ParticipantCode code) {
		return find(code).map(Participant::isReio).orElse(false);
	}

	private static List<CSVRecord> read(String resource) {
		InputStream stream = Participants.class.getClassLoader().getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalStateException("The reference data " + resource + " is missing from the build.");
		}
		try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			return WITH_HEADER.parse(reader).getRecords();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}
}
