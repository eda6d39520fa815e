package io.waybill.application.service;

import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devices whose positions this instance stored since the milestone sweep last looked, each with the earliest
 * position's time. Kept in memory by the readings path (no database work on it: the broker's pace depends on it) and
 * taken whole by the sweep. What an instance stored just before it stopped is not looked at (docs/telemetry.md).
 */
public final class RecentPositions {

    /** One device of one tenant. */
    public record Device(TenantId tenant, DeviceId device) {
    }

    private final ConcurrentHashMap<Device, Instant> earliest = new ConcurrentHashMap<>();

    /** Notes the positions among {@code readings} of a device of {@code tenant}. */
    public void stored(TenantId tenant, DeviceId device, List<Reading> readings) {
        Instant first = null;
        for (Reading r : readings) {
            if (r.position() != null && (first == null || r.at().isBefore(first))) {
                first = r.at();
            }
        }
        if (first != null) {
            earliest.merge(new Device(tenant, device), first, (a, b) -> a.isBefore(b) ? a : b);
        }
    }

    /** The devices noted since the last call, and forgets them. */
    public Map<Device, Instant> take() {
        Map<Device, Instant> taken = new HashMap<>();
        for (Device d : earliest.keySet()) {
            Instant at = earliest.remove(d);
            if (at != null) {
                taken.put(d, at);
            }
        }
        return taken;
    }

    /** Notes again what a failed look took, so that the next look sees it. */
    public void giveBack(Map<Device, Instant> taken) {
        taken.forEach((d, at) -> earliest.merge(d, at, (a, b) -> a.isBefore(b) ? a : b));
    }
}
