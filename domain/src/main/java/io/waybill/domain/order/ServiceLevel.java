package io.waybill.domain.order;

import io.waybill.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/**
 * The carrier service a shipment was booked with, as the warehouse names it ({@code standard}, {@code express},
 * {@code economy}, {@code ups-saver}): lower case, 1-32 characters. Part of a lane, because an express parcel and a
 * standard one on the same road do not take the same time. A shipment booked without one is {@link #STANDARD}.
 */
public record ServiceLevel(String code) implements ValueObject {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}"); // before the constants that use it

    public static final ServiceLevel STANDARD = new ServiceLevel("standard");
    public static final ServiceLevel EXPRESS = new ServiceLevel("express");

    public ServiceLevel {
        code = InvalidValueException.requiredText(code, "service", 32).toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(code).matches()) {
            throw new InvalidValueException("service", "must be 1-32 characters of a-z, 0-9, '_' or '-' (got " + InvalidValueException.quote(code) + ")");
        }
    }

    /** The service named, or {@link #STANDARD} when none is. */
    public static ServiceLevel orStandard(String code) {
        return code == null || code.isBlank() ? STANDARD : new ServiceLevel(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
