package io.waybill.adapters.rest.devices;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.application.port.in.ManageDevices.DeviceView;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.telemetry.Trail;
import io.waybill.domain.tracking.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of the devices API. Units are fixed: km/h, degrees, metres, °C, % relative humidity, g, lux, % battery. */
public final class DeviceDocuments {

    private DeviceDocuments() {
    }

    /** Registering a device: what it is and, optionally, what people call it. */
    public record DeviceRequest(@Schema(required = true, type = SchemaType.STRING, implementation = DeviceKind.class) String kind,
            @Schema(maxLength = 100) String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Device")
    public record DeviceDocument(@Schema(required = true) String id, @Schema(required = true) String kind, String label,
            @Schema(required = true) Instant registeredAt, @Schema(required = true) List<BindingDocument> bindings,
            PointDocument lastPosition) {

        static DeviceDocument of(DeviceView v) {
            return new DeviceDocument(v.device().getId().value(), v.device().kind().name(), v.device().label(),
                    v.device().registeredAt(), v.bindings().stream().map(BindingDocument::of).toList(),
                    v.lastPosition() == null ? null : new PointDocument(v.lastPosition().at(), v.lastPosition().position().latitude(),
                            v.lastPosition().position().longitude()));
        }
    }

    /** Binding a device to a shipment: from (required) until (optional: open until it is bound to another). */
    public record BindingRequest(@Schema(required = true) UUID shipmentId, @Schema(required = true, format = "date-time") String from,
            @Schema(format = "date-time") String until) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DeviceBinding")
    public record BindingDocument(@Schema(required = true) UUID id, @Schema(required = true) UUID shipmentId,
            @Schema(required = true) Instant from, Instant until,
            @Schema(description = "Set when the binding is derived: the device is on this vehicle and the shipment was loaded"
                    + " onto it (see /api/v1/vehicles)") String vehicleId) {

        static BindingDocument of(Binding b) {
            return new BindingDocument(b.id(), b.shipment().value(), b.from(), b.until(), b.viaVehicle() ? b.vehicle().value() : null);
        }
    }

    /** One reading; {@code at} is required, and a position (both coordinates) or at least one measurement. */
    @Schema(name = "DeviceReading")
    public record ReadingDocument(@Schema(required = true, format = "date-time") String at, Double latitude, Double longitude,
            Double speedKmh, Double heading, Double altitude, Double accuracy, Double temperature, Double humidity, Double shock,
            Double light, Double battery) {

        Reading toReading(int index) {
            String field = "readings[" + index + "]";
            Instant when = RequestValues.requiredInstant(field + ".at", at);
            if ((latitude == null) != (longitude == null)) {
                throw new InvalidValueException(field, "a position needs both latitude and longitude");
            }
            try {
                return new Reading(when, latitude == null ? null : new GeoPoint(latitude, longitude), speedKmh, heading, altitude,
                        accuracy, temperature, humidity, shock, light, battery);
            } catch (InvalidValueException e) {
                throw e.within(field);
            }
        }
    }

    @Schema(name = "ReadingsRecorded")
    public record RecordedDocument(@Schema(required = true, description = "Stored now") int stored,
            @Schema(required = true, description = "Stored before (sent again); not stored twice") int duplicates) {
    }

    public record PointDocument(@Schema(required = true) Instant at, @Schema(required = true) double latitude,
            @Schema(required = true) double longitude) {

        static PointDocument of(Trail.Point p) {
            return new PointDocument(p.at(), p.position().latitude(), p.position().longitude());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ShipmentTrail")
    public record TrailDocument(@Schema(required = true) UUID shipmentId,
            @Schema(required = true, description = "Positions reported by the shipment's devices") int reported,
            @Schema(required = true, description = "The route simplified at the tolerance asked, oldest first") List<PointDocument> points,
            PointDocument last) {
    }
}
