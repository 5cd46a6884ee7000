package org.hanoinet.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class LegalRulesTests {

	private static final String HEADER = "id,article,paragraph,confidence,source,setting\n";

	@Test
	void readsARowWithItsConfidenceAndSetting() throws Exception {
		LegalRules rules = LegalRules.parse(new StringReader(HEADER + "# a comment\n"
				+ "clock.PRESERVATION_PERIOD,42,para. 6,model,Budapest 29(7),hanoinet.clocks.preservation.period\n"), "test");
		LegalRule rule = rules.rule("clock.PRESERVATION_PERIOD");
		assertThat(rule.kind()).isEqualTo(RuleKind.CLOCK);
		assertThat(rule.confidence()).isEqualTo(Confidence.MODEL);
		assertThat(rule.citation()).isEqualTo("art. 42");
		assertThat(rule.anchor()).isEqualTo("rule-clock-PRESERVATION_PERIOD");
		assertThat(rule.setting()).isEqualTo("hanoinet.clocks.preservation.period");
	}

	@Test
	void refusesTwoRowsForOneRule() {
		assertThatThrownBy(() -> LegalRules.parse(new StringReader(HEADER + "bar.x,40,,model,UNTOC 18,\nbar.x,41,,model,UNTOC 18,\n"),
				"test")).hasMessageContaining("two rows for bar.x");
	}

	@Test
	void namesTheLineOfABadRow() {
		assertThatThrownBy(() -> LegalRules.parse(new StringReader(HEADER + "bar.x,40,,model,UNTOC 18,\nbar.y,70,,model,UNTOC 18,\n"),
				"rules.csv")).hasMessageContaining("rules.csv, line 3").hasMessageContaining("articles 1 to 68, not 70");
		assertThatThrownBy(() -> LegalRules.parse(new StringReader(HEADER + "bar.y,40,,setting,a choice,\n"), "rules.csv"))
			.hasMessageContaining("is a setting but names none");
		assertThatThrownBy(() -> LegalRules.parse(new StringReader(HEADER + "rule.y,40,,model,UNTOC 18,\n"), "rules.csv"))
			.hasMessageContaining("does not start with a kind of rule");
		assertThatThrownBy(() -> LegalRules.parse(new StringReader(HEADER + "bar.y,40,,sure,UNTOC 18,\n"), "rules.csv"))
			.hasMessageContaining("line 2");
	}

	@Test
	void anIdWithoutARowIsADefectNamedAsSuch() {
		assertThatThrownBy(() -> LegalRules.cite("bar.nothing-like-this"))
			.hasMessageContaining("bar.nothing-like-this, which has no row in law/rules.csv");
	}
}
