package io.waybill.domain.tracking;

import io.waybill.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Where an event happened: a facility and/or a place and/or a position. At least one of them is
 * present; the country is an ISO 3166-1 alpha-2 code.
 */
public record Location(String facility, String city, String countryCode, GeoPoint position) implements ValueObject {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Location {
        facility = InvalidValueException.optionalText(facility, "location.facility", 128);
        city = InvalidValueException.optionalText(city, "location.city", 128);
        countryCode = InvalidValueException.optionalText(countryCode, "location.countryCode", 2);
        if (countryCode != null) {
            countryCode = countryCode.toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(countryCode).matches()) {
                throw new InvalidValueException("location.countryCode", "must be an ISO 3166-1 alpha-2 code such as DE or US");
            }
        }
        if (facility == null && city == null && countryCode == null && position == null) {
            throw new InvalidValueException("location", "needs a facility, a city, a country or a position");
        }
    }
}
