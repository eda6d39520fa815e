package io.waybill.domain.shared;

import java.time.Instant;

/**
 * A value that can never be valid, whatever the state of the system: a malformed tracking ID, a
 * negative quantity, a latitude out of range. The message names the field and the rule.
 */
public class InvalidValueException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.rule = message;
    }

    public String field() {
        return field;
    }

    /** The same failure for a field read inside {@code parent} ({@code service} of {@code shipment}: {@code shipment.service}). */
    public InvalidValueException within(String parent) {
        return new InvalidValueException(parent + "." + field, rule);
    }

    /** Fails with an {@link InvalidValueException} when {@code value} is null. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * Fails when {@code value} is null or outside the years 1970 to 9999 (no shipment happens elsewhere, and the
     * database would refuse some of them); returns it.
     */
    public static Instant plausibleInstant(Instant value, String field) {
        required(value, field);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new InvalidValueException(field, value + " is not a plausible time (years 1970 to 9999)");
        }
        return value;
    }

    /** Fails when {@code value} is null or blank, or longer than {@code maxLength}; returns it stripped. */
    public static String requiredText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required and must not be blank");
        }
        return optionalText(value, field, maxLength);
    }

    /** Returns null for null or blank text, else the stripped text, failing when it exceeds {@code maxLength}. */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters (got " + stripped.length() + ")");
        }
        return stripped;
    }
}
