package io.waybill.application.port.out;

import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Reading;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readings of devices, kept for a retention period (then dropped whole, by month). A reading is keyed by its
 * device and its instant: sent twice, it is stored once.
 */
public interface DeviceReadings {

    /** Stores the readings of one device of the tenant in scope; answers how many were new (the rest were stored before). */
    int append(DeviceId device, List<Reading> readings, Instant receivedAt);

    /**
     * Stores the readings of several devices of the tenant in scope at once (a batch of broker messages), all or none;
     * answers how many were new. A store that can do it in one statement does (the broker's pace depends on it).
     */
    default int appendAll(Map<DeviceId, List<Reading>> byDevice, Instant receivedAt) {
        int added = 0;
        for (Map.Entry<DeviceId, List<Reading>> e : byDevice.entrySet()) {
            added += append(e.getKey(), e.getValue(), receivedAt);
        }
        return added;
    }

    /** The device's readings from {@code from} (included) until {@code until} (excluded; null: no end), oldest first, at most {@code limit}. */
    List<Reading> between(DeviceId device, Instant from, Instant until, int limit);

    /** The device's latest reading with a position, taken from {@code from} (included) until {@code until} (excluded; null: no end). */
    Optional<Reading> lastPosition(DeviceId device, Instant from, Instant until);

    /** The oldest instant a reading may have to be kept: older ones are refused (their month is dropped already). */
    Instant keptSince(Instant now);
}
