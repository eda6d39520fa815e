package io.waybill.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Stored text holds no control characters (PostgreSQL refuses NUL), and stored times are in plausible years. */
class TextRulesTest {

    @Test
    void namesAndCodesRefuseEveryControlCharacter() {
        for (String bad : new String[] {"a\u0000b", "\u0000", "a\u0001", "a\tb", "a\nb", "a\u007fb", "a\u001bb"}) {
            assertThatThrownBy(() -> InvalidValueException.optionalText(bad, "name", 100)).as(bad)
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("name: must not contain control characters");
            assertThatThrownBy(() -> InvalidValueException.requiredText(bad, "name", 100)).as(bad)
                    .isInstanceOf(InvalidValueException.class);
        }
        assertThat(InvalidValueException.requiredText("  Ada Lovelace ", "name", 100)).isEqualTo("Ada Lovelace");
    }

    @Test
    void proseMayBreakLinesButHoldsNoOtherControlCharacter() {
        assertThat(InvalidValueException.optionalFreeText("left at\tthe door\r\nsecond line", "reason", 100))
                .isEqualTo("left at\tthe door\r\nsecond line");
        assertThatThrownBy(() -> InvalidValueException.optionalFreeText("left\u0000", "reason", 100))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> InvalidValueException.requiredFreeText(" ", "reason", 100))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("required");
    }

    @Test
    void quotedValuesAreCut() {
        assertThat(InvalidValueException.quote("short")).isEqualTo("'short'");
        String quoted = InvalidValueException.quote("x".repeat(1_000_000));
        assertThat(quoted).hasSizeLessThan(120).contains("1000000 characters");
    }

    @Test
    void timesOutsideThePlausibleYearsAreRefused() {
        Instant now = Instant.parse("2026-11-02T10:00:00Z");
        assertThatThrownBy(() -> new DeliveryPromise(now, Instant.parse("+999999999-12-31T23:59:59Z")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("promisedDelivery.latest")
                .hasMessageContaining("1970 to 9999");
        assertThatThrownBy(() -> new DeliveryPromise(Instant.parse("-999999999-01-01T00:00:00Z"), now))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("promisedDelivery.earliest");
        EventKey key = new EventKey(new EventSource(SourceType.CARRIER, "ups"), "e-1");
        assertThatThrownBy(() -> new TrackingEvent(key, Milestone.IN_TRANSIT, null, null, null,
                OffsetDateTime.parse("+999999999-12-31T23:59:59+01:00"), now, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> new TrackingEvent(key, Milestone.IN_TRANSIT, null, "bad\u0000text", null,
                OffsetDateTime.parse("2026-11-02T10:00:00+01:00"), now, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("rawText");
    }
}
