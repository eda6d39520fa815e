package io.waybill.adapters.rest.devices;

import com.fasterxml.jackson.databind.JsonNode;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.RecordReadings;
import io.waybill.domain.telemetry.DeviceId;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OsmAnd protocol, as tracker apps (OsmAnd's live tracking, Traccar Client) and many hardware trackers speak it:
 * one position per request, as query or form parameters, or (Traccar Client 9 and later) as JSON. Point the app at
 * {@code http(s)://<waybill>/osmand}. The device names only itself: its registration says whose it is, so an
 * unregistered id answers 404 and nothing is stored. Answers 200 with no body once the reading is stored (the apps
 * keep a reading and send it again until they get a 200). {@code waybill.devices.osmand.enabled=false} turns it off.
 */
@TenantBound // a no-op here (no key identity): the device's registration names the tenant
@Path("/osmand")
@Tag(name = "Devices")
public class OsmAndResource {

    private final RecordReadings readings;
    private final boolean enabled;

    OsmAndResource(RecordReadings readings, @ConfigProperty(name = "waybill.devices.osmand.enabled", defaultValue = "true") boolean enabled) {
        this.readings = readings;
        this.enabled = enabled;
    }

    @GET
    @PermitAll
    @Operation(summary = "One position of a tracker app, as query parameters (OsmAnd protocol)",
            description = "id (or deviceid), timestamp (Unix seconds or milliseconds, or ISO-8601), lat and lon (or"
                    + " location=lat,lon), speed (knots), bearing (or heading), altitude, accuracy (metres), batt (%),"
                    + " valid=false for a reading without a fix; unknown parameters are ignored, as the protocol wants.")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "404", description = "No device is registered with this id")
    public Response query(@Context UriInfo uri) {
        return store(OsmAndReading.fromParameters(uri.getQueryParameters()));
    }

    @POST
    @PermitAll
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    @Operation(summary = "One position of a tracker app, as query or form parameters (OsmAnd protocol)")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "404", description = "No device is registered with this id")
    public Response form(@Context UriInfo uri, MultivaluedMap<String, String> form) {
        MultivaluedMap<String, String> all = new MultivaluedHashMap<>(uri.getQueryParameters());
        if (form != null) {
            form.forEach((name, values) -> all.addAll(name, values));
        }
        return store(OsmAndReading.fromParameters(all));
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "One position of Traccar Client 9 or later (JSON: location.timestamp, location.coords, device_id)")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "404", description = "No device is registered with this id")
    public Response json(JsonNode body) {
        return store(OsmAndReading.fromJson(body));
    }

    private Response store(OsmAndReading reading) {
        if (!enabled) {
            throw new NotFoundException();
        }
        readings.recordAsDevice(new DeviceId(reading.device()), List.of(reading.reading()));
        return Response.ok().build();
    }
}
