package io.waybill.domain.tracking;

import io.waybill.domain.shared.InvalidValueException;
import org.jmolecules.ddd.types.ValueObject;

/** A WGS84 position; latitude within [-90, 90], longitude within [-180, 180]. */
public record GeoPoint(double latitude, double longitude) implements ValueObject {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidValueException("latitude", "must be between -90 and 90 (got " + latitude + ")");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidValueException("longitude", "must be between -180 and 180 (got " + longitude + ")");
        }
    }
}
