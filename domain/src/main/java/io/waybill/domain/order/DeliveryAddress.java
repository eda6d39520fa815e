package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/** Where the order goes. Personal data: only the country may appear in the public tracking view. */
public record DeliveryAddress(String line1, String line2, String postalCode, String city, String region, String countryCode)
        implements ValueObject {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public DeliveryAddress {
        line1 = InvalidValueException.requiredText(line1, "address.line1", 200);
        line2 = InvalidValueException.optionalText(line2, "address.line2", 200);
        postalCode = InvalidValueException.optionalText(postalCode, "address.postalCode", 16);
        city = InvalidValueException.requiredText(city, "address.city", 128);
        region = InvalidValueException.optionalText(region, "address.region", 128);
        countryCode = InvalidValueException.requiredText(countryCode, "address.countryCode", 2).toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(countryCode).matches()) {
            throw new InvalidValueException("address.countryCode", "must be an ISO 3166-1 alpha-2 code such as DE or US");
        }
    }
}
