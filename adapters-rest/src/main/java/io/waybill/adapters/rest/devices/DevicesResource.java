package io.waybill.adapters.rest.devices;

import io.waybill.adapters.rest.devices.DeviceDocuments.BindingDocument;
import io.waybill.adapters.rest.devices.DeviceDocuments.BindingRequest;
import io.waybill.adapters.rest.devices.DeviceDocuments.DeviceDocument;
import io.waybill.adapters.rest.devices.DeviceDocuments.DeviceRequest;
import io.waybill.adapters.rest.devices.DeviceDocuments.ReadingDocument;
import io.waybill.adapters.rest.devices.DeviceDocuments.RecordedDocument;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ManageDevices;
import io.waybill.application.port.in.RecordReadings;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's devices: register one (its id is its own: an IMEI, a serial number), bind it to a shipment for a time,
 * send its readings in batches (a data logger's upload after the trip), and see where it was last.
 */
@TenantBound
@Path("/api/v1/devices/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
public class DevicesResource {

    /** The most readings one request may carry; a longer upload is sent in parts. */
    static final int MAX_READINGS = 10_000;

    private final ManageDevices devices;
    private final RecordReadings readings;

    DevicesResource(ManageDevices devices, RecordReadings readings) {
        this.devices = devices;
        this.readings = readings;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Register a device, or change its kind or label",
            description = "The id is the device's own (1 to 64 letters, digits, . _ : -), unique in the installation: an id"
                    + " another tenant registered answers 409.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = DeviceDocument.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = DeviceDocument.class)))
    @APIResponse(responseCode = "409", description = "Another tenant registered this id")
    public Response register(@PathParam("id") String id, DeviceRequest request) {
        if (request == null || request.kind() == null) {
            throw new InvalidValueException("kind", "is required: one of " + Arrays.toString(DeviceKind.values())
                    + ", like {\"kind\": \"GPS_TRACKER\", \"label\": \"Van 7\"}");
        }
        DeviceKind kind;
        try {
            kind = DeviceKind.valueOf(request.kind().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("kind", InvalidValueException.quote(request.kind()) + " is not one of "
                    + Arrays.toString(DeviceKind.values()));
        }
        DeviceId device = new DeviceId(id);
        ManageDevices.Registered registered = devices.register(device, kind, request.label());
        return Response.status(registered.created() ? 201 : 200).entity(DeviceDocument.of(devices.get(device))).build();
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "A device: what it is, the shipments it travelled with, and its last position")
    @APIResponse(responseCode = "200", description = "The device", content = @Content(schema = @Schema(implementation = DeviceDocument.class)))
    @APIResponse(responseCode = "404", description = "The tenant has no such device")
    public DeviceDocument get(@PathParam("id") String id) {
        return DeviceDocument.of(devices.get(new DeviceId(id)));
    }

    @POST
    @Path("/bindings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The device travels with a shipment from 'from' until 'until' (open without)",
            description = "Its readings of that time tell about the shipment, also those sent before the binding. A device"
                    + " travels with one shipment at a time: an open binding that began earlier ends at 'from'; another"
                    + " overlap answers 409. The same binding sent again answers the one stored.")
    @APIResponse(responseCode = "201", description = "Bound", content = @Content(schema = @Schema(implementation = BindingDocument.class)))
    @APIResponse(responseCode = "404", description = "The tenant has no such device or shipment")
    @APIResponse(responseCode = "409", description = "The device travels with another shipment then")
    public Response bind(@PathParam("id") String id, BindingRequest request) {
        if (request == null || request.shipmentId() == null) {
            throw new InvalidValueException("shipmentId", "is required, like {\"shipmentId\": \"…\", \"from\": \"2026-12-01T08:00:00Z\"}");
        }
        return Response.status(201).entity(BindingDocument.of(devices.bind(new DeviceId(id), new ShipmentId(request.shipmentId()),
                RequestValues.requiredInstant("from", request.from()), RequestValues.optionalInstant("until", request.until()))))
                .build();
    }

    @POST
    @Path("/readings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "The device's readings, up to 10,000 per request, in any order",
            description = "Idempotent on (device, at): a reading sent again is counted as a duplicate, not stored twice."
                    + " A reading from the future (beyond 5 minutes of clock skew) or older than the retention refuses the"
                    + " whole request with 400, and nothing of it is stored. Answered after the readings are stored.")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = RecordedDocument.class)))
    @APIResponse(responseCode = "404", description = "The tenant has no such device")
    public RecordedDocument record(@PathParam("id") String id, List<ReadingDocument> batch) {
        if (batch == null || batch.isEmpty()) {
            throw new InvalidValueException("body", "send a JSON array of readings, like [{\"at\": \"2026-12-01T08:00:00Z\","
                    + " \"latitude\": 52.52, \"longitude\": 13.40, \"temperature\": 4.5}]");
        }
        if (batch.size() > MAX_READINGS) {
            throw new InvalidValueException("body", batch.size() + " readings are more than " + MAX_READINGS
                    + " in one request; send them in parts");
        }
        List<Reading> parsed = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) == null) {
                throw new InvalidValueException("readings[" + i + "]", "is null");
            }
            parsed.add(batch.get(i).toReading(i));
        }
        RecordReadings.Recorded recorded = readings.record(new DeviceId(id), parsed);
        return new RecordedDocument(recorded.stored(), recorded.duplicates());
    }
}
