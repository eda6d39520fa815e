package io.waybill.adapters.rest.devices;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.GeofenceId;
import io.waybill.domain.tracking.GeoPoint;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of the geofences API: a circle of {@code radiusMetres} around a WGS84 position. */
public final class GeofenceDocuments {

    private GeofenceDocuments() {
    }

    /** A fence as sent: name, centre and radius required; the place's code in carriers' scans and its town optional. */
    @Schema(name = "GeofenceRequest")
    public record GeofenceRequest(@Schema(required = true, maxLength = 100) String name,
            @Schema(required = true, minimum = "-90", maximum = "90") Double latitude,
            @Schema(required = true, minimum = "-180", maximum = "180") Double longitude,
            @Schema(required = true, minimum = "50", maximum = "50000") Double radiusMetres,
            @Schema(maxLength = 64, description = "The place's code in carriers' scans: a GLN, a UN/LOCODE, a hub code") String locationCode,
            @Schema(maxLength = 128, description = "The town the place is in or serves: orders delivered there arrive at it") String city,
            @Schema(maxLength = 2, description = "ISO 3166-1 alpha-2") String countryCode) {

        Geofence toGeofence(String id) {
            GeofenceId fence = new GeofenceId(id);
            if (latitude == null) {
                throw new InvalidValueException("latitude", "is required, like {\"name\": \"Hub Kassel\", \"latitude\": 51.31,"
                        + " \"longitude\": 9.48, \"radiusMetres\": 500}");
            }
            if (longitude == null) {
                throw new InvalidValueException("longitude", "is required");
            }
            if (radiusMetres == null) {
                throw new InvalidValueException("radiusMetres", "is required: between " + (long) Geofence.MIN_RADIUS_METRES + " and "
                        + (long) Geofence.MAX_RADIUS_METRES);
            }
            return new Geofence(fence, name, new GeoPoint(latitude, longitude), radiusMetres, locationCode, city, countryCode);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Geofence")
    public record GeofenceDocument(@Schema(required = true) String id, @Schema(required = true) String name,
            @Schema(required = true) double latitude, @Schema(required = true) double longitude,
            @Schema(required = true) double radiusMetres, String locationCode, String city, String countryCode) {

        static GeofenceDocument of(Geofence f) {
            return new GeofenceDocument(f.id().value(), f.name(), f.centre().latitude(), f.centre().longitude(), f.radiusMetres(),
                    f.locationCode(), f.city(), f.countryCode());
        }
    }
}
