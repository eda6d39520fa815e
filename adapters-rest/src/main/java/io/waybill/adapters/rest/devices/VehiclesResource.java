package io.waybill.adapters.rest.devices;

import io.waybill.adapters.rest.devices.VehicleDocuments.LoadDocument;
import io.waybill.adapters.rest.devices.VehicleDocuments.LoadRequest;
import io.waybill.adapters.rest.devices.VehicleDocuments.MountingDocument;
import io.waybill.adapters.rest.devices.VehicleDocuments.MountingRequest;
import io.waybill.adapters.rest.devices.VehicleDocuments.UnloadRequest;
import io.waybill.adapters.rest.devices.VehicleDocuments.VehicleDocument;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.ManageVehicles;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.VehicleId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Vehicles and containers that carry many shipments: a device mounted on one tells about every shipment loaded onto it
 * (docs/telemetry.md, "Vehicles and containers"). The id is the tenant's own name for the vehicle.
 */
@TenantBound
@Path("/api/v1/vehicles/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
public class VehiclesResource {

    private final ManageVehicles vehicles;

    VehiclesResource(ManageVehicles vehicles) {
        this.vehicles = vehicles;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "A vehicle: the devices mounted on it and the shipments it carried")
    @APIResponse(responseCode = "200", description = "The vehicle", content = @Content(schema = @Schema(implementation = VehicleDocument.class)))
    @APIResponse(responseCode = "404", description = "The tenant has mounted nothing on it and loaded nothing onto it")
    public VehicleDocument get(@PathParam("id") String id) {
        return VehicleDocument.of(vehicles.get(new VehicleId(id)));
    }

    @POST
    @Path("/devices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Mount a device on the vehicle from 'from' until 'until' (open without)",
            description = "Its readings of that time tell about every shipment loaded onto the vehicle meanwhile. A device is in"
                    + " one place at a time: an open mounting that began earlier ends at 'from'; an overlap with another"
                    + " mounting or with a binding to a shipment answers 409. The same mounting sent again answers the one stored.")
    @APIResponse(responseCode = "201", description = "Mounted", content = @Content(schema = @Schema(implementation = MountingDocument.class)))
    @APIResponse(responseCode = "404", description = "The tenant has no such device")
    @APIResponse(responseCode = "409", description = "The device is elsewhere then")
    public Response mount(@PathParam("id") String id, MountingRequest request) {
        if (request == null || request.deviceId() == null) {
            throw new InvalidValueException("deviceId", "is required, like {\"deviceId\": \"TRK-3522\", \"from\": \"2026-12-01T06:00:00Z\"}");
        }
        return Response.status(201).entity(MountingDocument.of(vehicles.mount(new DeviceId(request.deviceId()), new VehicleId(id),
                RequestValues.requiredInstant("from", request.from()), RequestValues.optionalInstant("until", request.until()))))
                .build();
    }

    @POST
    @Path("/loads")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "A shipment is loaded onto the vehicle at 'from' (until 'until', or until unloaded)",
            description = "A shipment is on one vehicle at a time: an open load that began earlier ends at 'from' (cross-docked);"
                    + " another overlap answers 409. The same load sent again answers the one stored.")
    @APIResponse(responseCode = "201", description = "Loaded", content = @Content(schema = @Schema(implementation = LoadDocument.class)))
    @APIResponse(responseCode = "404", description = "The tenant has no such shipment")
    @APIResponse(responseCode = "409", description = "The shipment is on another vehicle then")
    public Response load(@PathParam("id") String id, LoadRequest request) {
        if (request == null || request.shipmentId() == null) {
            throw new InvalidValueException("shipmentId", "is required, like {\"shipmentId\": \"…\", \"from\": \"2026-12-01T08:00:00Z\"}");
        }
        return Response.status(201).entity(LoadDocument.of(vehicles.load(new VehicleId(id), new ShipmentId(request.shipmentId()),
                RequestValues.requiredInstant("from", request.from()), RequestValues.optionalInstant("until", request.until()))))
                .build();
    }

    @POST
    @Path("/unloads")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The shipment is unloaded from the vehicle at 'at'", description = "Sent again, it changes nothing.")
    @APIResponse(responseCode = "200", description = "The load, ended", content = @Content(schema = @Schema(implementation = LoadDocument.class)))
    @APIResponse(responseCode = "409", description = "The shipment is not on the vehicle at that time")
    public LoadDocument unload(@PathParam("id") String id, UnloadRequest request) {
        if (request == null || request.shipmentId() == null) {
            throw new InvalidValueException("shipmentId", "is required, like {\"shipmentId\": \"…\", \"at\": \"2026-12-01T11:00:00Z\"}");
        }
        return LoadDocument.of(vehicles.unload(new VehicleId(id), new ShipmentId(request.shipmentId()),
                RequestValues.requiredInstant("at", request.at())));
    }
}
