package io.waybill.adapters.telemetry.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.GeoPoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TelemetryMessageTest {

    static TelemetryMessage parse(String tenant, String device, String payload) {
        return TelemetryMessage.of("waybill/" + tenant + "/devices/" + device + "/telemetry", payload.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aReadingOrAnArrayOfThemWithEveryField() {
        TelemetryMessage one = parse("acme", "IMEI-356938035643809", """
                {"at": "2026-12-01T09:00:00+01:00", "latitude": 52.52, "longitude": 13.40, "speedKmh": 61.5, "heading": 180,
                 "altitude": 34, "accuracy": 5, "temperature": 7.25, "humidity": 62, "shock": 2.5, "light": 0, "battery": 81}""");
        assertThat(one.tenant().value()).isEqualTo("acme");
        assertThat(one.device().value()).isEqualTo("IMEI-356938035643809");
        assertThat(one.readings()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
            assertThat(r.position()).isEqualTo(new GeoPoint(52.52, 13.40));
            assertThat(r.speedKmh()).isEqualTo(61.5);
            assertThat(r.shockG()).isEqualTo(2.5);
            assertThat(r.lightLux()).isZero();
        });
        assertThat(parse("acme", "logger-1", "[{\"at\": 1764576000000, \"temperature\": 4}, {\"at\": 1764576060000, \"temperature\": 5}]")
                .readings()).extracting(r -> r.at().toEpochMilli()).containsExactly(1764576000000L, 1764576060000L);
    }

    @Test
    void whatCanNeverBeStoredIsRefusedNamingWhat() {
        assertThatThrownBy(() -> TelemetryMessage.of("waybill/acme/trackers/x/telemetry", "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("topic");
        assertThatThrownBy(() -> parse("acme", "x", "{\"at\": \"today\", \"battery\": 5}")).hasMessageContaining("reading.at");
        assertThatThrownBy(() -> parse("acme", "x", "[{\"at\": 1764576000000, \"humidity\": \"wet\"}]"))
                .hasMessageContaining("readings[0].humidity");
        assertThatThrownBy(() -> parse("acme", "x", "{\"at\": 1764576000000, \"latitude\": 91, \"longitude\": 0}"))
                .hasMessageContaining("reading.latitude");
        assertThatThrownBy(() -> parse("acme", "x", "{\"at\": 1764576000000}")).hasMessageContaining("needs a position or a measurement");
        assertThatThrownBy(() -> parse("acme", "x", "[]")).hasMessageContaining("payload");
        assertThatThrownBy(() -> parse("Acme Corp", "x", "{}")).isInstanceOf(InvalidValueException.class);
    }
}
