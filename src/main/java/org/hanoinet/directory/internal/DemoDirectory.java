package org.hanoinet.directory.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.AuthorityKind;
import org.hanoinet.directory.Availability;
import org.hanoinet.directory.Designation;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: three signatories of the Convention (Viet Nam, Brazil and Ghana), each with a central
 * authority and a 24/7 point of contact. The names are those of the kind of body States designate; the
 * mailboxes and telephone numbers are fictitious. Seeding is idempotent, so restarts add nothing twice.
 */
@Component
@ConditionalOnBooleanProperty("hanoinet.demo")
@Order(0)
class DemoDirectory implements ApplicationRunner {

	/** The day the Convention opened for signature in Hanoi. */
	private static final Instant DESIGNATED = Instant.parse("2025-10-25T00:00:00Z");

	private static final Map<String, String> LOCAL_NAMES = Map.of(
			"6f1c0d1e-5b0a-4c39-9d4e-0a0000000001", "Viện Kiểm sát nhân dân tối cao (demo)",
			"6f1c0d1e-5b0a-4c39-9d4e-0a0000000002",
			"Bộ Công an, Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (demo)",
			"6f1c0d1e-5b0a-4c39-9d4e-0a0000000003",
			"Ministério da Justiça e Segurança Pública, Recuperação de Ativos e Cooperação Internacional (demo)",
			"6f1c0d1e-5b0a-4c39-9d4e-0a0000000004", "Polícia Federal, Unidade de Crimes Cibernéticos (demo)");

	static final List<Authority> AUTHORITIES = List.of(
			authority("6f1c0d1e-5b0a-4c39-9d4e-0a0000000001", "VN", AuthorityKind.CENTRAL_AUTHORITY,
					"Supreme People's Procuracy (demo)", "mla@vn.demo.hanoinet.invalid", "+84 24 0000 0001"),
			authority("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002", "VN", AuthorityKind.POINT_OF_CONTACT,
					"Ministry of Public Security, Cybersecurity and High-Tech Crime Prevention (demo)",
					"24x7@vn.demo.hanoinet.invalid", "+84 24 0000 0002"),
			authority("6f1c0d1e-5b0a-4c39-9d4e-0a0000000003", "BR", AuthorityKind.CENTRAL_AUTHORITY,
					"Ministry of Justice and Public Security, Asset Recovery and International Cooperation (demo)",
					"mla@br.demo.hanoinet.invalid", "+55 61 0000 0003"),
			authority("6f1c0d1e-5b0a-4c39-9d4e-0a0000000004", "BR", AuthorityKind.POINT_OF_CONTACT,
					"Federal Police, Cybercrime Unit (demo)", "24x7@br.demo.hanoinet.invalid", "+55 61 0000 0004"),
			authority("6f1c0d1e-5b0a-4c39-9d4e-0a0000000005", "GH", AuthorityKind.CENTRAL_AUTHORITY,
					"Office of the Attorney-General and Ministry of Justice (demo)", "mla@gh.demo.hanoinet.invalid",
					"+233 30 000 0005"),
			authority("6f1c0d1e-5b0a-4c39-9d4e-0a0000000006", "GH", AuthorityKind.POINT_OF_CONTACT,
					"Cyber Security Authority, 24/7 desk (demo)", "24x7@gh.demo.hanoinet.invalid", "+233 30 000 0006"));

	private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

	private final Authorities authorities;

	DemoDirectory(Authorities authorities) {
		this.authorities = authorities;
	}

	@Override
	public void run(ApplicationArguments args) {
		long added = AUTHORITIES.stream().filter(authorities::addIfAbsent).count();
		log.info("Demo directory: {} authorities added, {} already present", added, AUTHORITIES.size() - added);
	}

	private static Authority authority(String id, String state, AuthorityKind kind, String name, String email,
			String phone) {
		String zone = switch (state) {
			case "VN" -> "Asia/Ho_Chi_Minh";
			case "BR" -> "America/Sao_Paulo";
			default -> "Africa/Accra";
		};
		List<String> languages = switch (state) {
			case "VN" -> List.of("vi", "en");
			case "BR" -> List.of("pt", "en", "es");
			default -> List.of("en");
		};
		String localName = LOCAL_NAMES.get(id);
		return new Authority(new AuthorityId(UUID.fromString(id)), CountryCode.of(state), kind, name, localName, email,
				phone, languages, ZoneId.of(zone), Availability.ROUND_THE_CLOCK, null, new Designation(DESIGNATED, null));
	}
}
