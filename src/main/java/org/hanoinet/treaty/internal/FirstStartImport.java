package org.hanoinet.treaty.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.EntryIntoForce;
import org.hanoinet.treaty.Participants;
import org.hanoinet.treaty.RegistryBases;
import org.hanoinet.treaty.RegistryBasis;
import org.hanoinet.treaty.TreatyActions;
import org.hanoinet.treaty.TreatyRegistryImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At the node's first start, fills the registry with the known signatures of the Convention (public reference
 * data, so in production mode too). A marker row makes it run once, even with several instances on one database;
 * afterwards the secretariat keeps the registry through its import and export.
 */
@Component
@Order(0)
class FirstStartImport implements ApplicationRunner {

	static final String SIGNATURES = "treaty/hanoi-convention-signatures.csv";

	static final String ACTOR = "system:first-start";

	private static final Logger log = LoggerFactory.getLogger(FirstStartImport.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TreatyActions actions;

	private final Participants participants;

	private final EntryIntoForce entryIntoForce;

	private final ApplicationEventPublisher events;

	private final RegistryBases bases;

	private final Clock clock;

	FirstStartImport(JdbcClient jdbc, TransactionTemplate transactions, TreatyActions actions, Participants participants,
			EntryIntoForce entryIntoForce, RegistryBases bases, ApplicationEventPublisher events, Clock clock) {
		this.bases = bases;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.actions = actions;
		this.participants = participants;
		this.entryIntoForce = entryIntoForce;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(transaction -> importOnce());
	}

	private void importOnce() {
		boolean first = jdbc.sql("insert into treaty_import (name, imported_at, actions) values (?, ?, 0) on conflict (name) do nothing")
			.params(SIGNATURES, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
			.update() == 1;
		if (!first) {
			log.debug("Treaty registry: {} was imported before", SIGNATURES);
			return;
		}
		byte[] content = read();
		List<Action> imported = RegistryCsv.read(new InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8),
				participants);
		List<Action> all = new ArrayList<>(actions.findAll());
		all.addAll(imported);
		entryIntoForce.check(all).ifPresent(refusal -> {
			throw new IllegalStateException("The shipped file " + SIGNATURES + " breaks the final clauses: " + refusal.reason());
		});
		long added = imported.stream().filter(action -> actions.addIfAbsent(action, ACTOR)).count();
		jdbc.sql("update treaty_import set actions = ? where name = ?").params(added, SIGNATURES).update();
		Instant now = Instant.now(clock);
		bases.record(new RegistryBasis(SIGNATURES, null, ACTOR, now), sha256(content), (int) added, 0, 0);
		events.publishEvent(new TreatyRegistryImported(SIGNATURES, sha256(content), (int) added, ACTOR, now));
		log.info("Treaty registry: {} actions imported from {}", added, SIGNATURES);
	}

	private static byte[] read() {
		try (InputStream stream = FirstStartImport.class.getClassLoader().getResourceAsStream(SIGNATURES)) {
			if (stream == null) {
				throw new IllegalStateException("The reference data " + SIGNATURES + " is missing from the build.");
			}
			return stream.readAllBytes();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
