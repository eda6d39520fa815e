package io.waybill.adapters.rest.devices;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.waybill.adapters.rest.problem.RequestValues;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.WatchConditions;
import io.waybill.application.port.in.WatchConditions.Bucket;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.ConditionProfile;
import io.waybill.domain.telemetry.ConditionReport;
import io.waybill.domain.telemetry.Excursion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A shipment's conditions: the profile it must stay within (a preset, or bands of its own) and, against it, what the
 * devices bound to it measured: excursions with durations, mean kinetic temperature, battery and silence, and the
 * readings downsampled for a chart.
 */
@TenantBound
@Path("/api/v1/shipments/{id}/conditions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
public class ConditionsResource {

    /** A band: °C or %, minutes outside allowed in total and in one go (0 or absent: none). */
    public record BandRequest(Double min, Double max, Integer allowedMinutes, Integer allowedMinutesInOneGo) {
    }

    /** A preset ({@code chilled} 2–8 °C with 30 min, {@code frozen} at most −15 °C, {@code controlled-room} 15–25 °C), or bands. */
    public record ProfileRequest(@Schema(enumeration = {"chilled", "frozen", "controlled-room"}) String preset,
            BandRequest temperature, BandRequest humidity, Double maxShock, Double maxLight) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExcursionDocument(@Schema(required = true) String kind, @Schema(required = true) Instant from,
            @Schema(required = true) Instant until, @Schema(required = true) long minutes, @Schema(required = true) double worst,
            @Schema(required = true) boolean ongoing) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ShipmentConditions")
    public record ConditionsDocument(@Schema(required = true) UUID shipmentId, @Schema(required = true) boolean profiled,
            @Schema(required = true) boolean breached, @Schema(required = true) List<String> reasons,
            @Schema(required = true) List<ExcursionDocument> excursions, Double mktCelsius, Double lastBatteryPercent,
            @Schema(required = true) boolean lowBattery, Instant silentSince, @Schema(required = true) int readings,
            @Schema(required = true) List<Bucket> series) {
    }

    private final WatchConditions conditions;

    ConditionsResource(WatchConditions conditions) {
        this.conditions = conditions;
    }

    @PUT
    @Path("/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "What the shipment must stay within: a preset, or bands of its own")
    @APIResponse(responseCode = "200", description = "Set; the shipment's conditions against it",
            content = @Content(schema = @Schema(implementation = ConditionsDocument.class)))
    @APIResponse(responseCode = "404", description = "The tenant has no such shipment")
    public ConditionsDocument profile(@PathParam("id") String id, ProfileRequest request) {
        ShipmentId shipment = shipment(id);
        conditions.setProfile(shipment, profile(request));
        return document(shipment, conditions.conditions(shipment, 100));
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The shipment's conditions as its devices measured them, against its profile",
            description = "points: at most this many time buckets in the series (1 to 2000, default 200).")
    @APIResponse(responseCode = "200", description = "The conditions", content = @Content(schema = @Schema(implementation = ConditionsDocument.class)))
    @APIResponse(responseCode = "404", description = "The tenant has no such shipment")
    public ConditionsDocument get(@PathParam("id") String id, @QueryParam("points") String points) {
        int buckets = RequestValues.number("points", points, 200);
        if (buckets < 1 || buckets > 2_000) {
            throw new InvalidValueException("points", "must be between 1 and 2000 (got " + buckets + ")");
        }
        ShipmentId shipment = shipment(id);
        return document(shipment, conditions.conditions(shipment, buckets));
    }

    private static ConditionsDocument document(ShipmentId shipment, WatchConditions.ShipmentConditions c) {
        ConditionReport r = c.report();
        return new ConditionsDocument(shipment.value(), c.profile() != null, r != null && r.breached(),
                r == null ? List.of() : r.reasons(), r == null ? List.of() : r.excursions().stream().map(ConditionsResource::excursion).toList(),
                r == null ? null : r.mktCelsius(), r == null ? null : r.lastBatteryPercent(), r != null && r.lowBattery(),
                r == null ? null : r.silentSince(), c.readings(), c.series());
    }

    private static ExcursionDocument excursion(Excursion e) {
        return new ExcursionDocument(e.kind().name(), e.from(), e.until(), (e.duration().toSeconds() + 59) / 60, e.worst(), e.ongoing());
    }

    private static ConditionProfile profile(ProfileRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "send {\"preset\": \"chilled\"} or bands, like {\"temperature\": {\"min\": 2,"
                    + " \"max\": 8, \"allowedMinutes\": 30}}");
        }
        if (request.preset() != null) {
            return switch (request.preset().strip()) {
                case "chilled" -> ConditionProfile.chilled();
                case "frozen" -> ConditionProfile.frozen();
                case "controlled-room" -> ConditionProfile.controlledRoom();
                default -> throw new InvalidValueException("preset", InvalidValueException.quote(request.preset())
                        + " is not chilled, frozen or controlled-room");
            };
        }
        return new ConditionProfile(band("temperature", request.temperature()), band("humidity", request.humidity()),
                request.maxShock(), request.maxLight());
    }

    private static ConditionProfile.Band band(String field, BandRequest b) {
        if (b == null) {
            return null;
        }
        try {
            return new ConditionProfile.Band(b.min(), b.max(), minutes(b.allowedMinutes()), b.allowedMinutesInOneGo() == null ? null
                    : minutes(b.allowedMinutesInOneGo()));
        } catch (InvalidValueException e) {
            throw e.within(field);
        }
    }

    private static Duration minutes(Integer minutes) {
        return minutes == null ? Duration.ZERO : Duration.ofMinutes(minutes);
    }

    private static ShipmentId shipment(String id) {
        return new ShipmentId(RequestValues.uuid("id", id, "a shipment id"));
    }
}
