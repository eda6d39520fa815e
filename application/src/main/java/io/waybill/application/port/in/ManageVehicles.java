package io.waybill.application.port.in;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Load;
import io.waybill.domain.telemetry.VehicleBinding;
import io.waybill.domain.telemetry.VehicleId;
import java.time.Instant;
import java.util.List;

/**
 * Vehicles and containers that carry many shipments: a device mounted on one tells about every shipment loaded onto
 * it, for the time both were on it, without a binding per shipment.
 */
public interface ManageVehicles {

    /** What is mounted on a vehicle and what it carried. */
    record VehicleView(VehicleId vehicle, List<VehicleBinding> devices, List<Load> loads) {
    }

    /** @throws VehicleNotFoundException when the tenant has mounted nothing on it and loaded nothing onto it */
    VehicleView get(VehicleId vehicle);

    /**
     * Mounts the device on the vehicle from {@code from} until {@code until} (null: until it is mounted elsewhere). A
     * device is in one place at a time: an open mounting that began before {@code from} ends at {@code from}; an overlap
     * with another mounting, or with a binding of the device to a shipment, is refused
     * ({@link io.waybill.domain.shared.IllegalTransitionException}).
     */
    VehicleBinding mount(DeviceId device, VehicleId vehicle, Instant from, Instant until);

    /**
     * Loads the shipment onto the vehicle at {@code from} (until {@code until}, or null: until unloaded). A shipment is on
     * one vehicle at a time: an open load that began before ends at {@code from}; other overlaps are refused. The
     * shipment must be the tenant's ({@link OrderNotFoundException} otherwise).
     */
    Load load(VehicleId vehicle, ShipmentId shipment, Instant from, Instant until);

    /**
     * Unloads the shipment at {@code at}: its load onto the vehicle that is open at that instant ends then. Unloading it
     * again at the same instant changes nothing.
     *
     * @throws io.waybill.domain.shared.IllegalTransitionException when the shipment is not on the vehicle at {@code at}
     */
    Load unload(VehicleId vehicle, ShipmentId shipment, Instant at);
}
