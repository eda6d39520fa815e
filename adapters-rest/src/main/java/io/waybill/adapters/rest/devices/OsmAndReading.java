package io.waybill.adapters.rest.devices;

import com.fasterxml.jackson.databind.JsonNode;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tracking.GeoPoint;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * One reading in the OsmAnd protocol's words, read into Waybill's units: speed in knots (the protocol's unit, as
 * Traccar reads it) or m/s in the JSON form, to km/h; battery 0–100 (or 0–1 in the JSON form) to %. A reading without a
 * time is stamped when it arrives; {@code valid=false} keeps the measurements but not the position.
 */
record OsmAndReading(String device, Reading reading) {

    private static final double KNOT_KMH = 1.852;
    private static final double MS_KMH = 3.6;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static OsmAndReading fromParameters(MultivaluedMap<String, String> p) {
        String device = first(p, "id", "deviceid");
        if (device == null) {
            throw new InvalidValueException("id", "is required: the device's id, as registered (PUT /api/v1/devices/{id})");
        }
        Double lat = number(p, "lat");
        Double lon = number(p, "lon");
        String location = first(p, "location");
        if (location != null && lat == null) {
            String[] parts = location.split(",");
            if (parts.length != 2) {
                throw new InvalidValueException("location", InvalidValueException.quote(location) + " is not lat,lon");
            }
            lat = parse("location", parts[0]);
            lon = parse("location", parts[1]);
        }
        boolean valid = !"false".equalsIgnoreCase(first(p, "valid")) && !"0".equals(first(p, "valid"));
        Double speed = number(p, "speed");
        return new OsmAndReading(device, reading(time(first(p, "timestamp")), valid ? position(lat, lon) : null,
                speed == null ? null : speed * KNOT_KMH, firstNumber(p, "bearing", "heading"), number(p, "altitude"),
                number(p, "accuracy"), firstNumber(p, "batt", "battery", "batterylevel")));
    }

    static OsmAndReading fromJson(JsonNode body) {
        if (body == null || !body.path("location").isObject()) {
            throw new InvalidValueException("location", "is required: {\"location\": {\"timestamp\": …, \"coords\": {…}}, \"device_id\": …}");
        }
        String device = body.path("device_id").asText(null);
        if (device == null || device.isBlank()) {
            throw new InvalidValueException("device_id", "is required: the device's id, as registered (PUT /api/v1/devices/{id})");
        }
        JsonNode location = body.path("location");
        JsonNode coords = location.path("coords");
        Double speed = json(coords, "speed");
        Double level = json(location.path("battery"), "level");
        return new OsmAndReading(device, reading(time(location.path("timestamp").asText(null)),
                position(json(coords, "latitude"), json(coords, "longitude")), speed == null || speed < 0 ? null : speed * MS_KMH,
                nonNegative(json(coords, "heading")), json(coords, "altitude"), nonNegative(json(coords, "accuracy")),
                level == null || level < 0 ? null : level * 100));
    }

    private static Reading reading(Instant at, GeoPoint position, Double speedKmh, Double heading, Double altitude,
            Double accuracy, Double battery) {
        return new Reading(at, position, speedKmh, heading, altitude, accuracy, null, null, null, null, battery);
    }

    /** Unix seconds, milliseconds (a number past 10^11), ISO-8601 with offset, or "yyyy-MM-dd HH:mm:ss" in UTC. */
    static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return Instant.now();
        }
        String t = text.strip();
        try {
            if (t.chars().allMatch(Character::isDigit)) {
                long n = Long.parseLong(t);
                return n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            }
            if (t.length() == 19 && t.charAt(10) == ' ') {
                return LocalDateTime.parse(t, LOCAL).toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidValueException("timestamp", InvalidValueException.quote(text)
                    + " is neither Unix seconds or milliseconds nor an ISO-8601 time with offset");
        }
    }

    private static GeoPoint position(Double lat, Double lon) {
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lon == null) {
            throw new InvalidValueException(lat == null ? "lat" : "lon", "is required with " + (lat == null ? "lon" : "lat"));
        }
        return new GeoPoint(lat, lon);
    }

    private static Double nonNegative(Double value) {
        return value == null || value < 0 ? null : value; // the JSON form says -1 for "not known"
    }

    private static String first(MultivaluedMap<String, String> p, String... names) {
        for (String name : names) {
            String value = p.getFirst(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static Double firstNumber(MultivaluedMap<String, String> p, String... names) {
        for (String name : names) {
            Double value = number(p, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Double number(MultivaluedMap<String, String> p, String name) {
        String value = first(p, name);
        return value == null ? null : parse(name, value);
    }

    private static Double parse(String field, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, InvalidValueException.quote(text) + " is not a number");
        }
    }

    private static Double json(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : null;
    }
}
