package io.waybill.application.port.in;

import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import java.util.List;

/**
 * Readings from devices: a tracker app over HTTP, a data logger's upload after the trip, a message from the MQTT
 * broker. Idempotent on (device, reading time); late and out-of-order readings are fine. Answered only after the
 * readings are stored.
 */
public interface RecordReadings {

    /** How many readings were stored now, and how many had been stored before (sent again). */
    record Recorded(int stored, int duplicates) {
    }

    /**
     * Readings of a device of the tenant in scope. {@link DeviceNotFoundException} when the tenant has no such device;
     * {@link io.waybill.domain.shared.InvalidValueException} for a reading from the future or older than the
     * retention, and nothing of the batch is stored.
     */
    Recorded record(DeviceId device, List<Reading> readings);

    /**
     * Readings of a device that names only itself (the OsmAnd protocol): its registration says whose it is. Same rules
     * as {@link #record}.
     */
    Recorded recordAsDevice(DeviceId device, List<Reading> readings);

    /**
     * Readings that came on the topic of {@code tenant}: refused ({@link DeviceNotFoundException}) unless that tenant
     * registered the device, so that one tenant's topic cannot write another's readings.
     */
    Recorded recordForTenant(TenantId tenant, DeviceId device, List<Reading> readings);
}
