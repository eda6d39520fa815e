package io.waybill.application.port.in;

import io.waybill.domain.telemetry.VehicleId;

/** The tenant has mounted no device on the vehicle and loaded no shipment onto it. */
public class VehicleNotFoundException extends RuntimeException {

    public VehicleNotFoundException(VehicleId id) {
        super("no vehicle " + id.value() + ": mount a device on it or load a shipment onto it first");
    }
}
