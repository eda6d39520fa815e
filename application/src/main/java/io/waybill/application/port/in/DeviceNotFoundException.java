package io.waybill.application.port.in;

import io.waybill.domain.telemetry.DeviceId;

/** No device of the tenant has the id given (or none at all, for a device that names itself). */
public class DeviceNotFoundException extends RuntimeException {

    public DeviceNotFoundException(DeviceId id) {
        super("no device " + id.value() + " is registered; register it first with PUT /api/v1/devices/" + id.value());
    }
}
