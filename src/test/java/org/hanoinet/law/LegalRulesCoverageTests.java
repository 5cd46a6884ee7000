package org.hanoinet.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hanoinet.clocks.ClockKind;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.CooperationRules;
import org.hanoinet.treaty.TreatyRules;
import org.junit.jupiter.api.Test;

/**
 * Every rule the code enforces has a row in the rules table, and every row names a rule the code enforces. The
 * rules are found where the code keeps them: the forms and refusal grounds of {@link CaseType}, the kinds of
 * clock, the bars on acts ({@code new ActBarred(…, "code", …)}), the citations ({@code LegalRules.cite("id")}),
 * and the components of {@link TreatyRules} and {@link CooperationRules}.
 */
class LegalRulesCoverageTests {

	private static final Pattern BAR = Pattern.compile("new ActBarred\\(\\s*[^,;]+,\\s*[^,;]+,\\s*\"([^\"]+)\"");

	private static final Pattern CITE = Pattern.compile("LegalRules\\.cite\\(\"([^\"]+)\"\\)");

	private final LegalRules table = LegalRules.standard();

	@Test
	void everyRuleTheCodeEnforcesHasARow() {
		assertThat(enforced()).as("rules enforced in the code but missing from law/rules.csv")
			.allSatisfy(id -> assertThat(table.find(id)).as(id).isPresent());
	}

	@Test
	void everyRowNamesARuleTheCodeEnforces() {
		Set<String> enforced = enforced();
		assertThat(table.all()).extracting(LegalRule::id).as("rows of law/rules.csv that no code enforces")
			.allSatisfy(id -> assertThat(enforced).contains(id));
	}

	@Test
	void everySettingOfTheCooperationRulesIsNamedByARow() {
		Set<String> named = new TreeSet<>(table.all().stream().map(LegalRule::setting).toList());
		assertThat(Arrays.stream(CooperationRules.class.getRecordComponents()).map(RecordComponent::getName)
			.map(name -> "hanoinet.cooperation." + kebab(name)))
			.allSatisfy(setting -> assertThat(named).as("a row naming " + setting).contains(setting));
	}

	@Test
	void citationsLeaveOutParagraphsThatWereNotRead() {
		assertThat(table.all()).allSatisfy(rule -> {
			if (rule.confidence() != Confidence.VERIFIED) {
				assertThat(rule.citation()).isEqualTo("art. " + rule.article());
			}
		});
		assertThat(table.rule("registry.instruments-for-entry-into-force").citation()).isEqualTo("art. 65, para. 1");
		assertThat(table.rule("contents.PRESERVATION.NECESSITY").citation()).isEqualTo("art. 42");
	}

	/** Every rule the code enforces, by the id its row must have. */
	static Set<String> enforced() {
		Set<String> ids = new TreeSet<>();
		for (CaseType type : CaseType.values()) {
			type.form().forEach(requirement -> ids.add(type.contentsRule(requirement.element())));
			type.refusalGrounds().forEach(ground -> ids.add(type.groundRule(ground)));
			type.groundsByReservation().forEach(ground -> ids.add(type.groundRule(ground)));
		}
		for (ClockKind kind : ClockKind.values()) {
			ids.add("clock." + kind.name());
		}
		for (RecordComponent component : TreatyRules.class.getRecordComponents()) {
			String name = component.getName();
			ids.add(name.toLowerCase().contains("signature") ? "registry.signature-window" : "registry." + kebab(name));
		}
		mainSources().forEach(source -> {
			found(BAR, source).forEach(code -> ids.add("bar." + code));
			ids.addAll(found(CITE, source));
		});
		return ids;
	}

	private static Stream<String> mainSources() {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			return files.filter(file -> file.toString().endsWith(".java")).map(LegalRulesCoverageTests::read).toList().stream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Set<String> found(Pattern pattern, String source) {
		Set<String> codes = new TreeSet<>();
		Matcher matcher = pattern.matcher(source);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}
}
