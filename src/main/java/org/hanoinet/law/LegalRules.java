package org.hanoinet.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The rules table, read once from {@code law/rules.csv} on the class path. It is part of the code, not a setting:
 * a rule changes by a reviewed change to the file, and a setting named in a row changes how a node applies it.
 * A module that enforces a rule cites it with {@link #cite(String)}, which fails at once for a rule with no row.
 */
public final class LegalRules {

	static final String RESOURCE = "law/rules.csv";

	private static final String[] COLUMNS = { "id", "article", "paragraph", "confidence", "source", "setting" };

	private static final LegalRules STANDARD = read(RESOURCE);

	private final Map<String, LegalRule> rules;

	LegalRules(List<LegalRule> rows) {
		Map<String, LegalRule> byId = new LinkedHashMap<>();
		for (LegalRule rule : rows) {
			if (byId.putIfAbsent(rule.id(), rule) != null) {
				throw new IllegalStateException("The rules table has two rows for " + rule.id() + ".");
			}
		}
		this.rules = Collections.unmodifiableMap(byId);
	}

	/** The table shipped with the node. */
	public static LegalRules standard() {
		return STANDARD;
	}

	/** How to cite the rule {@code id} (see {@link LegalRule#citation()}); an id with no row is a defect of the code. */
	public static String cite(String id) {
		return STANDARD.rule(id).citation();
	}

	/** The rule {@code id}, which must have a row. */
	public LegalRule rule(String id) {
		LegalRule rule = rules.get(id);
		if (rule == null) {
			throw new IllegalStateException("The code enforces rule " + id + ", which has no row in " + RESOURCE + ".");
		}
		return rule;
	}

	/** The rule {@code id}, if the table has it. */
	public Optional<LegalRule> find(String id) {
		return Optional.ofNullable(rules.get(id));
	}

	/** Every rule, in the order of the table. */
	public List<LegalRule> all() {
		return List.copyOf(rules.values());
	}

	static LegalRules read(String resource) {
		try (InputStream in = LegalRules.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The rules table " + resource + " is missing from the class path.");
			}
			return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the rules table " + resource, e);
		}
	}

	static LegalRules parse(Reader csv, String name) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).setSkipHeaderRecord(true).setCommentMarker('#')
			.setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
		List<LegalRule> rows = new ArrayList<>();
		for (CSVRecord record : format.parse(csv)) {
			try {
				if (record.size() != COLUMNS.length) {
					throw new IllegalArgumentException("it has " + record.size() + " columns, not " + COLUMNS.length);
				}
				rows.add(new LegalRule(record.get("id"), Integer.parseInt(record.get("article")), record.get("paragraph"),
						Confidence.valueOf(record.get("confidence").toUpperCase(Locale.ROOT)), record.get("source"),
						record.get("setting")));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalStateException(name + ", line " + record.getParser().getCurrentLineNumber() + ": "
						+ e.getMessage(), e);
			}
		}
		return new LegalRules(rows);
	}
}
