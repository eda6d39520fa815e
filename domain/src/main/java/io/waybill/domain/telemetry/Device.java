package io.waybill.domain.telemetry;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import org.jmolecules.ddd.types.AggregateRoot;

/** A device of a tenant, registered before its readings are accepted. {@code label}: what people call it, optional. */
public final class Device implements AggregateRoot<Device, DeviceId> {

    private final DeviceId id;
    private final TenantId tenant;
    private final DeviceKind kind;
    private final String label;
    private final Instant registeredAt;

    public Device(DeviceId id, TenantId tenant, DeviceKind kind, String label, Instant registeredAt) {
        this.id = InvalidValueException.required(id, "deviceId");
        this.tenant = InvalidValueException.required(tenant, "tenant");
        this.kind = InvalidValueException.required(kind, "kind");
        this.label = InvalidValueException.optionalFreeText(label, "label", 100);
        this.registeredAt = InvalidValueException.required(registeredAt, "registeredAt");
    }

    @Override
    public DeviceId getId() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public DeviceKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** The same device with another kind and label (registering it again); when it was first registered stays. */
    public Device relabelled(DeviceKind newKind, String newLabel) {
        return new Device(id, tenant, newKind, newLabel, registeredAt);
    }
}
