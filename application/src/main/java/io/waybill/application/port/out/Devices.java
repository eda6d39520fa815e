package io.waybill.application.port.out;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.Device;
import io.waybill.domain.telemetry.DeviceId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The registered devices and their bindings to shipments, of the tenant in scope (every tenant's in the platform's). */
public interface Devices {

    Optional<Device> byId(DeviceId id);

    /** Those of {@code ids} the tenant in scope has registered: one look for a batch of messages from many devices. */
    Set<DeviceId> registered(Collection<DeviceId> ids);

    /** Stores a new device or its new kind and label. */
    void save(Device device);

    /** Adds a binding, or stores its new end (a binding of the same id); the caller has checked it overlaps no other. */
    void bind(Binding binding);

    /** The device's bindings, the earliest first. */
    List<Binding> bindingsOf(DeviceId device);

    /** The bindings of every device that travelled with the shipment, the earliest first. */
    List<Binding> bindingsOf(ShipmentId shipment);
}
