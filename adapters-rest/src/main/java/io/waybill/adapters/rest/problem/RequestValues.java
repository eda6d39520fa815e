package io.waybill.adapters.rest.problem;

import io.waybill.domain.shared.InvalidValueException;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.TreeSet;
import java.util.UUID;

/** Reads query and body values, or refuses them with a 400 problem that names the field and says what is expected. */
public final class RequestValues {

    private RequestValues() {
    }

    /** An ISO-8601 instant with offset in a plausible year (1970-9999), or null when absent or blank. */
    public static Instant optionalInstant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return InvalidValueException.plausibleInstant(OffsetDateTime.parse(text.strip()).toInstant(), field);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, InvalidValueException.quote(text) + " is not an ISO-8601 instant with offset, like 2026-11-20T10:00:00Z"
                    + " (in a URL, write + as %2B)");
        }
    }

    /** As {@link #optionalInstant}, but required. */
    public static Instant requiredInstant(String field, String text) {
        Instant instant = optionalInstant(field, text);
        if (instant == null) {
            throw new InvalidValueException(field, "is required: an ISO-8601 instant with offset, like 2026-11-20T10:00:00Z");
        }
        return instant;
    }

    /**
     * Refuses a query parameter the operation does not know, naming it: an ignored misspelt filter ({@code stauts=HELD})
     * would answer every order and look like a result.
     */
    public static void onlyKnownParameters(UriInfo uri, Collection<String> known) {
        for (String name : new TreeSet<>(uri.getQueryParameters().keySet())) {
            if (!known.contains(name)) {
                throw new InvalidValueException(name, "is not a parameter of this operation; known: " + String.join(", ", known));
            }
        }
    }

    /** A whole number, or {@code fallback} when absent or blank. */
    public static int number(String field, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, InvalidValueException.quote(text) + " is not a whole number");
        }
    }

    /** A UUID, such as a shipment's or a capture's id; {@code what} names it in the refusal ("a shipment id"). */
    public static UUID uuid(String field, String text, String what) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, InvalidValueException.quote(text) + " is not " + what + " (a UUID)");
        }
    }
}
