package io.waybill.application.port.in;

import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;

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

    /** A broker message: the readings a device sent on its tenant's topic. */
    record Message(TenantId tenant, DeviceId device, List<Reading> readings) {
    }

    /** What became of a batch of messages: readings stored now and stored before, and each refused message's reason by its index. */
    record Messages(int stored, int duplicates, Map<Integer, String> refused) {
    }

    /**
     * Messages from the broker, stored together (one write per tenant, not one per message): each under the rules of
     * {@link #recordForTenant}, except that a message that can never be stored is refused alone, its reason kept by its
     * index, instead of refusing the others. Any other failure (the database away) fails the call; a tenant's readings
     * stored before it fail are duplicates when the messages come again.
     */
    Messages recordMessages(List<Message> messages);
}
