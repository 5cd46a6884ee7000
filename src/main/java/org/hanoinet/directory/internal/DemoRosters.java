package org.hanoinet.directory.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.hanoinet.directory.Authorities;
import org.hanoinet.directory.Authority;
import org.hanoinet.directory.Shift;
import org.hanoinet.directory.Shifts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: duty rosters for the demo points of contact from yesterday to tomorrow, in their local
 * time. Viet Nam is covered around the clock in three shifts; Brazil leaves the early morning uncovered, so
 * the roster page has a gap to show. Officers' names are fictitious. Seeding is idempotent.
 */
@Component
@ConditionalOnBooleanProperty("hanoinet.demo")
@Order(1)
class DemoRosters implements ApplicationRunner {

	private record Plan(String authority, String officer, LocalTime from, int hours) {
	}

	private static final List<Plan> PLANS = List.of(
			new Plan("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002", "Nguyễn Văn An", LocalTime.of(6, 0), 8),
			new Plan("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002", "Trần Thị Bình", LocalTime.of(14, 0), 8),
			new Plan("6f1c0d1e-5b0a-4c39-9d4e-0a0000000002", "Lê Văn Cường", LocalTime.of(22, 0), 8),
			new Plan("6f1c0d1e-5b0a-4c39-9d4e-0a0000000004", "Ana Souza", LocalTime.of(8, 0), 12),
			new Plan("6f1c0d1e-5b0a-4c39-9d4e-0a0000000004", "Bruno Lima", LocalTime.of(20, 0), 6));

	private final Authorities authorities;

	private final Shifts shifts;

	private final Clock clock;

	DemoRosters(Authorities authorities, Shifts shifts, Clock clock) {
		this.authorities = authorities;
		this.shifts = shifts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Plan plan : PLANS) {
			Authority authority = authorities.findById(org.hanoinet.shared.AuthorityId.of(plan.authority())).orElse(null);
			if (authority == null) {
				continue;
			}
			LocalDate today = clock.instant().atZone(authority.timeZone()).toLocalDate();
			for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(1)); day = day.plusDays(1)) {
				LocalDateTime start = day.atTime(plan.from());
				UUID id = UUID.nameUUIDFromBytes((plan.authority() + start).getBytes(StandardCharsets.UTF_8));
				shifts.add(new Shift(id, authority.id(), plan.officer(), start, start.plusHours(plan.hours())));
			}
		}
	}
}
