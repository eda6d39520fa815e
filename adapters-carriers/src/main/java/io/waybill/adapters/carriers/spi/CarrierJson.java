package io.waybill.adapters.carriers.spi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** What the JSON carrier adapters share: reading a payload and its text fields. */
public final class CarrierJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CarrierJson() {
    }

    /**
     * Reads a carrier's JSON payload; refuses an empty one, invalid JSON (saying where) and a document that
     * is not an object (or, with {@code arraysToo}, an array), naming the carrier in every message.
     */
    public static JsonNode read(byte[] payload, String carrier, boolean arraysToo) {
        if (payload == null || payload.length == 0) {
            throw new CarrierPayloadException(carrier + " payload is empty");
        }
        try {
            JsonNode root = JSON.readTree(payload);
            if (root == null || !(root.isObject() || (arraysToo && root.isArray()))) {
                throw new CarrierPayloadException(carrier + " payload is not a JSON object" + (arraysToo ? " or array" : ""));
            }
            return root;
        } catch (JacksonException e) {
            throw new CarrierPayloadException(carrier + " payload is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()), e);
        } catch (IOException e) {
            throw new CarrierPayloadException(carrier + " payload could not be read: " + e.getMessage(), e);
        }
    }

    /** A field's text, stripped; null when missing, null, empty or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * An ISO-8601 date-time with offset, kept as given; without offset, read in {@code zone} (the place's), and null when
     * that zone is unknown: a local time is never assumed to be UTC.
     *
     * @throws CarrierPayloadException naming {@code where} when the value is not a date-time at all
     */
    public static OffsetDateTime dateTime(String value, Optional<ZoneId> zone, String where) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeException withOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(value);
                return zone.map(z -> local.atZone(z).toOffsetDateTime()).orElse(null);
            } catch (DateTimeException e) {
                throw new CarrierPayloadException(where + ": '" + value + "' is not an ISO-8601 date-time", e);
            }
        }
    }
}
