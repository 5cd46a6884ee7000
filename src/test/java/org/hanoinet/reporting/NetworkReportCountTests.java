package org.hanoinet.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hanoinet.reporting.NetworkReport.Count;
import org.junit.jupiter.api.Test;

class NetworkReportCountTests {

	@Test
	void aTotalThatAddsACountGivenAsBelowTheThresholdIsARange() {
		Count total = Count.exactly(7).plus(Count.below(5)).plus(Count.below(5));

		assertThat(total.exact()).isFalse();
		assertThat(total).isEqualTo(new Count(9, 15));
		assertThat(total.toString()).isEqualTo("9\u201315");
	}

	@Test
	void exactCountsAddUpToAnExactCount() {
		Count total = Count.exactly(7).plus(Count.exactly(5)).plus(Count.ZERO);

		assertThat(total.exact()).isTrue();
		assertThat(total.toString()).isEqualTo("12");
	}

	@Test
	void aThresholdOfTwoLeavesOnlyOneAsTheMaskedValue() {
		assertThat(Count.below(2)).isEqualTo(new Count(1, 1));
	}

	@Test
	void refusesARangeThatEndsBelowItsStart() {
		assertThatThrownBy(() -> new Count(5, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 and 4");
	}
}
