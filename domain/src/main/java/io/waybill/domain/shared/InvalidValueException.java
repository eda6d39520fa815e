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

    /**
     * Fails when {@code value} is null or blank, longer than {@code maxLength}, or holds a control character;
     * returns it stripped.
     */
    public static String requiredText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required and must not be blank");
        }
        return optionalText(value, field, maxLength);
    }

    /**
     * Returns null for null or blank text, else the stripped text, failing when it exceeds {@code maxLength} or holds
     * a control character (U+0000 to U+001F, U+007F): PostgreSQL refuses NUL outright, and the others have no business
     * in a name, a code or an identifier.
     */
    public static String optionalText(String value, String field, int maxLength) {
        return text(value, field, maxLength, false);
    }

    /** As {@link #optionalText}, but for prose (a reason, a comment), which may hold tabs and line breaks. */
    public static String optionalFreeText(String value, String field, int maxLength) {
        return text(value, field, maxLength, true);
    }

    /** As {@link #requiredText}, but for prose, which may hold tabs and line breaks. */
    public static String requiredFreeText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required and must not be blank");
        }
        return optionalFreeText(value, field, maxLength);
    }

    private static String text(String value, String field, int maxLength, boolean prose) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters (got " + stripped.length() + ")");
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean control = c < 0x20 || c == 0x7F;
            if (control && !(prose && (c == '\t' || c == '\n' || c == '\r'))) {
                throw new InvalidValueException(field, String.format("must not contain control characters (U+%04X at position %d)%s",
                        (int) c, i, prose ? "; tabs and line breaks are allowed" : ""));
            }
        }
        return stripped;
    }

    private static final int QUOTED_LENGTH = 80;

    /**
     * {@code value} in single quotes for a message, cut to 80 characters: an answer that echoes a megabyte of input
     * helps nobody and costs twice the bandwidth.
     */
    public static String quote(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= QUOTED_LENGTH) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, QUOTED_LENGTH) + "…' (" + text.length() + " characters)";
    }
}
