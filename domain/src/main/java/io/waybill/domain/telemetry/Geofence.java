package io.waybill.domain.telemetry;

import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.GeoPoint;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A circle around a place of a tenant (a hub, a depot, a customer's dock): {@code radiusMetres} from {@code centre},
 * between {@link #MIN_RADIUS_METRES} and {@link #MAX_RADIUS_METRES}. {@code locationCode} is the place's code in
 * carriers' scans (a GLN, a UN/LOCODE, a hub code), optional. {@code city} and {@code countryCode} (ISO 3166-1 alpha-2)
 * say which town the place serves, optional: a fence in an order's delivery town is that order's destination.
 */
public record Geofence(GeofenceId id, String name, GeoPoint centre, double radiusMetres, String locationCode, String city,
        String countryCode) implements ValueObject {

    /** Smaller than this, GPS jitter alone (tens of metres) would cross it. */
    public static final double MIN_RADIUS_METRES = 50;
    /** Larger than this it is a region, not a place. */
    public static final double MAX_RADIUS_METRES = 50_000;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Geofence {
        InvalidValueException.required(id, "geofenceId");
        name = InvalidValueException.requiredText(name, "name", 100);
        InvalidValueException.required(centre, "latitude");
        if (!(radiusMetres >= MIN_RADIUS_METRES && radiusMetres <= MAX_RADIUS_METRES)) { // NaN fails too
            throw new InvalidValueException("radiusMetres", "must be between " + (long) MIN_RADIUS_METRES + " and "
                    + (long) MAX_RADIUS_METRES + " (got " + radiusMetres + ")");
        }
        locationCode = InvalidValueException.optionalText(locationCode, "locationCode", 64);
        city = InvalidValueException.optionalText(city, "city", 128);
        countryCode = InvalidValueException.optionalText(countryCode, "countryCode", 2);
        if (countryCode != null) {
            countryCode = countryCode.toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(countryCode).matches()) {
                throw new InvalidValueException("countryCode", "must be an ISO 3166-1 alpha-2 code such as DE or US");
            }
        }
    }

    /** The distance of {@code p} from the centre, in metres. */
    public double metresFrom(GeoPoint p) {
        return Trail.metres(centre, p);
    }

    /** Whether the fence serves the town {@code city} in {@code country} (names compared ignoring case and spaces around). */
    public boolean serves(String townName, String country) {
        return city != null && countryCode != null && townName != null && countryCode.equals(country)
                && city.strip().toLowerCase(Locale.ROOT).equals(townName.strip().toLowerCase(Locale.ROOT));
    }
}
