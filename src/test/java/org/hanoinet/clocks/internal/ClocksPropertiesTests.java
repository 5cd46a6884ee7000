package org.hanoinet.clocks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.hanoinet.node.NodeStartupFailure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ClocksPropertiesTests {

	/** Binds the settings as the node does from its properties. */
	static ClocksProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("hanoinet.clocks", Bindable.of(ClocksProperties.class));
	}

	@Test
	void defaultsFollowTheConvention() {
		ClocksProperties defaults = bind(Map.of());

		assertThat(defaults.preservation().period()).isEqualTo(Duration.ofDays(60));
		assertThat(defaults.preservation().reminderBefore()).isEqualTo(Duration.ofDays(7));
		assertThat(defaults.acknowledgement().urgent()).isEqualTo(Duration.ofHours(1));
		assertThat(defaults.acknowledgement().emergency()).isEqualTo(Duration.ofMinutes(15));
		assertThat(defaults.statusResponse().target()).isEqualTo(Duration.ofDays(7));
		assertThat(defaults.worker().maxSleep()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aPairOfStatesMayAgreeItsOwnAcknowledgementTarget() {
		ClocksProperties settings = bind(Map.of("hanoinet.clocks.acknowledgement.pairs.VN-BR", "PT30M"));

		assertThat(settings.acknowledgement().target(false, "VN", "BR")).isEqualTo(Duration.ofMinutes(30));
		assertThat(settings.acknowledgement().target(false, "BR", "VN")).isEqualTo(Duration.ofHours(1));
		assertThat(settings.acknowledgement().target(true, "VN", "BR")).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void refusesAPreservationPeriodShorterThanSixtyDays() {
		assertThatThrownBy(() -> bind(Map.of("hanoinet.clocks.preservation.period", "P30D")))
			.rootCause()
			.isInstanceOf(NodeStartupFailure.class)
			.hasMessage("hanoinet.clocks.preservation.period is 30 days, but article 42 of the Convention requires preservation"
					+ " for at least 60 days: set P60D or more.");
	}

	@Test
	void acceptsALongerPreservationPeriod() {
		assertThat(bind(Map.of("hanoinet.clocks.preservation.period", "P90D")).preservation().period())
			.isEqualTo(Duration.ofDays(90));
	}

	@Test
	void refusesAPairThatIsNotTwoStates() {
		assertThatThrownBy(() -> bind(Map.of("hanoinet.clocks.acknowledgement.pairs.VIETNAM", "PT30M")))
			.rootCause()
			.isInstanceOf(NodeStartupFailure.class)
			.hasMessageContaining("keyed by a requesting and a requested State such as VN-BR");
	}
}
