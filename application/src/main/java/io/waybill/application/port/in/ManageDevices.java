package io.waybill.application.port.in;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.Device;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import java.time.Instant;
import java.util.List;

/** Registering the tenant's devices and binding them to its shipments for a time. */
public interface ManageDevices {

    /** What a device is, what it travelled with, and where it was last. */
    record DeviceView(Device device, List<Binding> bindings, Reading lastPosition) {
    }

    /** The outcome of a registration: the device, and whether it was new. */
    record Registered(Device device, boolean created) {
    }

    /**
     * Registers a device, or gives a registered one another kind or label. A device id registered by another tenant
     * is refused ({@link io.waybill.application.shared.NameTakenException}).
     */
    Registered register(DeviceId id, DeviceKind kind, String label);

    DeviceView get(DeviceId id);

    /**
     * Binds the device to the shipment from {@code from} until {@code until} (null: open, until the device is bound to
     * another shipment). A device travels with one shipment at a time: an open binding that began before {@code from}
     * ends at {@code from}; any other overlap is refused ({@link io.waybill.domain.shared.IllegalTransitionException}).
     * The shipment must be the tenant's ({@link OrderNotFoundException} otherwise).
     */
    Binding bind(DeviceId device, ShipmentId shipment, Instant from, Instant until);
}
