package org.hanoinet.treaty.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.hanoinet.treaty.DepositaryNotification;
import org.hanoinet.treaty.RegistryBases;
import org.hanoinet.treaty.RegistryBasis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRegistryBases implements RegistryBases {

	private final JdbcClient jdbc;

	JdbcRegistryBases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(RegistryBasis basis, String sha256, int added, int changed, int unchanged) {
		DepositaryNotification notification = basis.notification();
		jdbc.sql("""
				insert into treaty_registry_update (id, source, sha256, notification, notification_date, added, changed, unchanged,
				    recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), basis.source(), sha256, notification == null ? null : notification.reference(),
					notification == null ? null : notification.date(), added, changed, unchanged, basis.recordedBy(),
					OffsetDateTime.ofInstant(basis.recordedAt(), ZoneOffset.UTC))
			.update();
	}

	@Override
	public Optional<RegistryBasis> latest() {
		return jdbc.sql("""
				select source, notification, notification_date, recorded_by, recorded_at from treaty_registry_update
				order by recorded_at desc, id limit 1""")
			.query((row, number) -> {
				String reference = row.getString("notification");
				return new RegistryBasis(row.getString("source"),
						reference == null ? null : new DepositaryNotification(reference, row.getObject("notification_date", LocalDate.class)),
						row.getString("recorded_by"), row.getObject("recorded_at", OffsetDateTime.class).toInstant());
			})
			.optional();
	}

	@Override
	public Optional<LocalDate> latestNotificationDate() {
		return jdbc.sql("""
				select notification_date from treaty_registry_update where notification_date is not null
				order by notification_date desc limit 1""").query(LocalDate.class).optional();
	}

	@Override
	public boolean knows(String reference) {
		return jdbc.sql("select count(*) from treaty_registry_update where notification = ?").param(reference).query(Integer.class).single() > 0;
	}
}
