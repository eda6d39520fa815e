package io.waybill.domain.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.ConditionProfile.Band;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConditionProfileTest {

    @Test
    void thePresetsAreTheCommonStorageBands() {
        assertThat(ConditionProfile.chilled().temperature()).isEqualTo(new Band(2.0, 8.0, Duration.ofMinutes(30), null));
        assertThat(ConditionProfile.frozen().temperature()).isEqualTo(new Band(null, -15.0, Duration.ZERO, null));
        assertThat(ConditionProfile.controlledRoom().temperature()).isEqualTo(new Band(15.0, 25.0, Duration.ZERO, null));
        assertThat(ConditionProfile.chilled().humidity()).isNull();
    }

    @Test
    void aProfileConstrainsSomethingAndItsBandsMakeSense() {
        assertThatThrownBy(() -> new ConditionProfile(null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one");
        assertThat(new ConditionProfile(null, null, 5.0, null).maxShockG()).isEqualTo(5.0);
        assertThatThrownBy(() -> Band.between(8, 2, Duration.ZERO)).hasMessageContaining("min must be below max");
        assertThatThrownBy(() -> Band.between(8, 8, Duration.ZERO)).hasMessageContaining("min must be below max");
        assertThatThrownBy(() -> new Band(null, null, null, null)).hasMessageContaining("needs a min, a max or both");
        assertThatThrownBy(() -> Band.between(2, 8, Duration.ofMinutes(-1))).hasMessageContaining("allowedInTotal");
        assertThatThrownBy(() -> Band.between(2, 8, Duration.ZERO).inOneGoAtMost(Duration.ofMinutes(-1)))
                .hasMessageContaining("allowedInOneGo");
        assertThatThrownBy(() -> new Band(Double.NaN, 8.0, null, null)).hasMessageContaining("must be numbers");
        assertThat(new Band(2.0, 8.0, null, null).allowedInTotal()).as("no tolerance given: none").isZero();
        assertThatThrownBy(() -> new ConditionProfile(null, Band.between(30, 120, Duration.ZERO), null, null))
                .hasMessageContaining("humidity");
        assertThatThrownBy(() -> ConditionProfile.chilled().withShockLimit(0)).hasMessageContaining("maxShockG");
        assertThatThrownBy(() -> ConditionProfile.chilled().withLightLimit(-1)).hasMessageContaining("maxLightLux");
    }
}
