package io.waybill.application.shared;

import io.waybill.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a carrier, or the aggregator speaking for it, signs its pushes. The REST adapter knows how to check each one
 * (header, algorithm, encoding); the application only keeps which one a secret is for.
 */
public enum PushScheme {
    /** Waybill's own: {@code X-Waybill-Signature: sha256=<hex HMAC-SHA256 of the body>}. */
    WAYBILL,
    /** EasyPost's webhooks: {@code X-Hmac-Signature: hmac-sha256-hex=<hex>}, the secret NFKD-normalised. */
    EASYPOST,
    /** AfterShip Tracking's webhooks: {@code aftership-hmac-sha256: <base64 HMAC-SHA256 of the body>}. */
    AFTERSHIP;

    /** The scheme named {@code value} in any case; an unknown name is an {@link InvalidValueException} listing the known ones. */
    public static PushScheme parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("scheme", "is required: one of " + names());
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("scheme", "unknown scheme " + InvalidValueException.quote(value) + ": one of " + names());
        }
    }

    /** The name as it travels in the API. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String names() {
        return Arrays.stream(values()).map(PushScheme::wire).collect(Collectors.joining(", "));
    }
}
