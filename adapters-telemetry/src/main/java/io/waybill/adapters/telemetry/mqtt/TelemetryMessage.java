package io.waybill.adapters.telemetry.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.GeoPoint;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One message on a telemetry topic: whose and which device (from the topic), and its readings (from the payload, a
 * JSON object or an array of them). A reading's {@code at} is an ISO-8601 time with offset or Unix milliseconds;
 * its fields are those of the HTTP API ({@code latitude}, {@code longitude}, {@code speedKmh}, {@code heading},
 * {@code altitude}, {@code accuracy}, {@code temperature}, {@code humidity}, {@code shock}, {@code light},
 * {@code battery}).
 */
record TelemetryMessage(TenantId tenant, DeviceId device, List<Reading> readings) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tenant and device of a topic {@code waybill/{tenant}/devices/{device}/telemetry}, or an error naming what is wrong. */
    static TelemetryMessage of(String topic, byte[] payload) {
        String[] levels = topic.split("/", -1);
        if (levels.length != 5 || !levels[2].equals("devices") || !levels[4].equals("telemetry")) {
            throw new InvalidValueException("topic", InvalidValueException.quote(topic)
                    + " is not waybill/{tenant}/devices/{device}/telemetry");
        }
        TenantId tenant = new TenantId(levels[1]);
        DeviceId device = new DeviceId(levels[3]);
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new InvalidValueException("payload", "is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidValueException("payload", "could not be read: " + e.getMessage());
        }
        if (root == null || !(root.isObject() || root.isArray()) || root.isEmpty()) {
            throw new InvalidValueException("payload", "must be a reading {\"at\": …} or an array of them");
        }
        List<Reading> readings = new ArrayList<>();
        if (root.isObject()) {
            readings.add(reading(root, "reading"));
        } else {
            for (int i = 0; i < root.size(); i++) {
                readings.add(reading(root.get(i), "readings[" + i + "]"));
            }
        }
        return new TelemetryMessage(tenant, device, readings);
    }

    private static Reading reading(JsonNode r, String field) {
        if (!r.isObject()) {
            throw new InvalidValueException(field, "must be a JSON object");
        }
        Double lat = number(r, "latitude", field);
        Double lon = number(r, "longitude", field);
        if ((lat == null) != (lon == null)) {
            throw new InvalidValueException(field, "a position needs both latitude and longitude");
        }
        try {
            return new Reading(at(r.get("at"), field), lat == null ? null : new GeoPoint(lat, lon), number(r, "speedKmh", field),
                    number(r, "heading", field), number(r, "altitude", field), number(r, "accuracy", field),
                    number(r, "temperature", field), number(r, "humidity", field), number(r, "shock", field),
                    number(r, "light", field), number(r, "battery", field));
        } catch (InvalidValueException e) {
            throw e.field().startsWith(field) ? e : e.within(field);
        }
    }

    private static Instant at(JsonNode at, String field) {
        if (at == null || at.isNull()) {
            throw new InvalidValueException(field + ".at", "is required: an ISO-8601 time with offset or Unix milliseconds");
        }
        if (at.isIntegralNumber()) {
            return Instant.ofEpochMilli(at.asLong());
        }
        try {
            return OffsetDateTime.parse(at.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field + ".at", InvalidValueException.quote(at.asText())
                    + " is not an ISO-8601 time with offset, like 2026-12-01T08:00:00Z");
        }
    }

    private static Double number(JsonNode r, String name, String field) {
        JsonNode value = r.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new InvalidValueException(field + "." + name, "must be a number (got " + value + ")");
        }
        return value.asDouble();
    }
}
