package io.waybill.application.port.out;

import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Load;
import io.waybill.domain.telemetry.VehicleBinding;
import io.waybill.domain.telemetry.VehicleId;
import java.util.List;

/**
 * The tenant's vehicles and containers: the devices mounted on each, the shipments each carried, and the device
 * bindings derived from both (of the tenant in scope; every tenant's in the platform's).
 */
public interface Vehicles {

    /** The devices mounted on the vehicle, the earliest first. */
    List<VehicleBinding> devicesOn(VehicleId vehicle);

    /** The vehicles the device was mounted on, the earliest first. */
    List<VehicleBinding> vehiclesOf(DeviceId device);

    /** Adds a mounting, or stores its new end (one of the same id). */
    void mount(VehicleBinding mounting);

    /** The shipments the vehicle carried, the earliest first. */
    List<Load> loadsOf(VehicleId vehicle);

    /** The vehicles the shipment travelled on, the earliest first. */
    List<Load> loadsOf(ShipmentId shipment);

    /** Adds a load, or stores its new end (one of the same id). */
    void load(Load load);

    /**
     * Replaces every device binding derived from this vehicle with {@code derived} (each with the vehicle set), in one
     * transaction: what the trail, the conditions and the positions of the shipments read.
     */
    void replaceDerived(VehicleId vehicle, List<Binding> derived);
}
