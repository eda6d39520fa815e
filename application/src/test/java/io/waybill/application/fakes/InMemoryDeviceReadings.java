package io.waybill.application.fakes;

import io.waybill.application.port.out.DeviceReadings;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Reading;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Readings in memory, keyed by device and instant like the real store; kept for {@code retention}. Thread-safe. */
public class InMemoryDeviceReadings implements DeviceReadings {

    private final Map<DeviceId, TreeMap<Instant, Reading>> byDevice = new ConcurrentHashMap<>();
    private final Duration retention;

    public InMemoryDeviceReadings(Duration retention) {
        this.retention = retention;
    }

    @Override
    public synchronized int append(DeviceId device, List<Reading> readings, Instant receivedAt) {
        TreeMap<Instant, Reading> stored = byDevice.computeIfAbsent(device, d -> new TreeMap<>());
        int added = 0;
        for (Reading r : readings) {
            if (stored.putIfAbsent(r.at(), r) == null) {
                added++;
            }
        }
        return added;
    }

    @Override
    public synchronized List<Reading> between(DeviceId device, Instant from, Instant until, int limit) {
        TreeMap<Instant, Reading> stored = byDevice.getOrDefault(device, new TreeMap<>());
        List<Reading> found = new ArrayList<>((until == null ? stored.tailMap(from, true) : stored.subMap(from, true, until, false)).values());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    @Override
    public synchronized Optional<Reading> lastPosition(DeviceId device, Instant from, Instant until) {
        return between(device, from, until, Integer.MAX_VALUE).reversed().stream().filter(r -> r.position() != null).findFirst();
    }

    @Override
    public Instant keptSince(Instant now) {
        return now.minus(retention);
    }
}
