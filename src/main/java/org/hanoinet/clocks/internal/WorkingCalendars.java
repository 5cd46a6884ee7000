package org.hanoinet.clocks.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.hanoinet.node.NodeStartupFailure;
import org.springframework.stereotype.Component;

/**
 * The working days of each State: its days of rest from the settings and its public holidays from a file per
 * State. The mechanism ships without data: the calendars under {@code clocks/calendars/} hold no holiday, and
 * a node adds real ones by pointing {@code hanoinet.clocks.calendars.directory} at files of its own.
 */
@Component
class WorkingCalendars {

	static final String SHIPPED = "clocks/calendars/";

	private final ClocksProperties.Calendars settings;

	private final Map<String, Predicate<LocalDate>> byState = new ConcurrentHashMap<>();

	/** The node's own holiday files, read and checked at start-up so that a bad line never fails a case's act. */
	private final Map<String, Set<LocalDate>> own = new ConcurrentHashMap<>();

	WorkingCalendars(ClocksProperties settings) {
		this.settings = settings.calendars();
		if (this.settings.directory().isEmpty()) {
			return;
		}
		Path directory = Path.of(this.settings.directory());
		if (!Files.isDirectory(directory)) {
			throw new NodeStartupFailure("hanoinet.clocks.calendars.directory is '" + directory
					+ "', which is not a directory: create it or leave the setting empty.");
		}
		try (var files = Files.list(directory)) {
			for (Path file : files.filter(path -> path.getFileName().toString().matches("[A-Za-z]{2}\\.csv")).toList()) {
				Set<LocalDate> holidays = new TreeSet<>();
				try (InputStream in = Files.newInputStream(file)) {
					read(in, file.toString(), holidays);
				}
				catch (IllegalStateException bad) {
					throw new NodeStartupFailure(bad.getMessage());
				}
				own.put(file.getFileName().toString().substring(0, 2).toUpperCase(Locale.ROOT), holidays);
			}
		}
		catch (IOException failed) {
			throw new NodeStartupFailure("The holiday files in " + directory + " cannot be read: " + failed.getMessage());
		}
	}

	/** Whether a day is a working day in the State with this alpha-2 code (any State when it is unknown). */
	Predicate<LocalDate> of(String state) {
		String code = state == null || state.isBlank() ? "" : state.strip().toUpperCase(Locale.ROOT);
		return byState.computeIfAbsent(code, this::load);
	}

	private Predicate<LocalDate> load(String state) {
		EnumSet<DayOfWeek> rest = settings.weekendOf(state.isEmpty() ? null : state);
		Set<LocalDate> holidays = new TreeSet<>();
		if (!state.isEmpty()) {
			try (InputStream shipped = WorkingCalendars.class.getClassLoader().getResourceAsStream(SHIPPED + state + ".csv")) {
				if (shipped != null) {
					read(shipped, SHIPPED + state + ".csv", holidays);
				}
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
			holidays.addAll(own.getOrDefault(state, Set.of()));
		}
		Set<LocalDate> frozen = Set.copyOf(holidays);
		return day -> !rest.contains(day.getDayOfWeek()) && !frozen.contains(day);
	}

	/** Reads lines {@code YYYY-MM-DD,name}; blank lines and lines starting with # are skipped. */
	static void read(InputStream in, String name, Set<LocalDate> into) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		int number = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) {
				continue;
			}
			String date = text.split(",", 2)[0].strip();
			try {
				into.add(LocalDate.parse(date));
			}
			catch (DateTimeParseException notIso) {
				throw new IllegalStateException(name + ", line " + number + ": '" + date + "' is not a date; write holidays as YYYY-MM-DD,name.");
			}
		}
	}
}
