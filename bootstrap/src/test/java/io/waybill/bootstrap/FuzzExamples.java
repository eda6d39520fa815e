package io.waybill.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid values for every parameter and body of the API, built from the OpenAPI schema with hints by name (an e-mail
 * field gets an e-mail address), so that a request with one value made bad reaches the code that judges that value.
 */
final class FuzzExamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Resources the fuzz suite created first, so that paths can name things that exist. */
    record Known(String orderId, String trackingId, String shipmentId, String trackingNumber, String subscriptionId,
            String feedbackToken, String exceptionId, String deviceId, String geofenceId) {
    }

    private final FuzzOperations operations;
    private final Known known;
    private final AtomicLong serial = new AtomicLong();

    FuzzExamples(FuzzOperations operations, Known known) {
        this.operations = operations;
        this.known = known;
    }

    /** The vehicle the known device is mounted on (OpenApiFuzzTest's setup). */
    static String vehicleOf(Known known) {
        return "VAN-" + known.deviceId();
    }

    String parameter(FuzzOperations.Operation operation, FuzzOperations.Parameter parameter) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return switch (parameter.name()) {
            case "id" -> operation.path().contains("/vehicles/") ? vehicleOf(known)
                    : operation.path().contains("/orders/") ? known.orderId()
                    : operation.path().contains("/shipments/") ? known.shipmentId()
                    : operation.path().contains("/exceptions/") ? known.exceptionId()
                    : operation.path().contains("/devices/") ? known.deviceId()
                    : operation.path().contains("/geofences/") ? known.geofenceId()
                    : operation.path().contains("/dead-letters/") ? "1" : known.subscriptionId();
            case "trackingId" -> known.trackingId();
            case "email" -> "ada.lovelace@example.org";
            case "conditionEmail" -> "quality@shipper.example";
            case "token" -> known.feedbackToken();
            case "carrier" -> operation.path().endsWith("/interchanges") ? "x12" : "ups";
            // a valid push is signed with the installation's secret (FuzzClient), which is the push without ?tenant=
            case "tenant" -> operation.path().endsWith("/carriers/{carrier}/events") ? null : text(parameter.schema());
            case "status" -> operation.path().contains("/shipments") ? "IN_TRANSIT" : "CONFIRMED";
            case "state" -> "OPEN";
            case "kind" -> "HELD";
            case "level" -> "MEDIUM";
            case "sort" -> "leadTime";
            case "page" -> "0";
            case "size", "limit" -> "10";
            case "before" -> "1000000000";
            case "service" -> "standard";
            case "placedFrom" -> "2020-01-01T00:00:00Z";
            case "placedTo", "promisedBefore", "asOf" -> now;
            default -> text(parameter.schema());
        };
    }

    JsonNode body(FuzzOperations.Operation operation) {
        if (operation.path().endsWith("/push-secrets")) {
            return JSON.valueToTree(Map.of("scheme", "aftership", "generate", true));
        }
        if (operation.path().endsWith("/tracking-events")) {
            return JSON.valueToTree(Map.of("events", List.of(trackingEvent())));
        }
        if (operation.path().endsWith("/warehouse-events")) {
            return JSON.valueToTree(Map.of("events", List.of(warehouseEvent())));
        }
        if (operation.path().endsWith("/exceptions/{id}/actions")) {
            return JSON.valueToTree(Map.of("action", "NOTE", "text", "fuzz note")); // the one action valid in every state
        }
        return operation.body() == null ? null : value(operation.body(), "", 0);
    }

    private JsonNode value(JsonNode schema, String name, int depth) {
        JsonNode hint = hint(name);
        if (hint != null) {
            return hint;
        }
        JsonNode resolved = operations.resolve(schema);
        String type = type(resolved);
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        return switch (type) {
            case "array" -> NODES.arrayNode().add(value(resolved.path("items"), singular(name), depth + 1));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.25);
            case "boolean" -> NODES.booleanNode(false);
            case "string" -> NODES.textNode(text(resolved));
            default -> object(resolved, depth);
        };
    }

    /** The schema's type; of a nullable one (OpenAPI 3.1: {@code ["string", "null"]}) the type that is not null. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText("object");
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > 6) {
            return object;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            object.set(field.getKey(), value(field.getValue(), field.getKey(), depth + 1));
        }
        return object;
    }

    private static String text(JsonNode schema) {
        return switch (schema.path("format").asText("")) {
            case "date-time" -> Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            case "uuid" -> UUID.randomUUID().toString();
            default -> "fuzz";
        };
    }

    private JsonNode hint(String name) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Object value = switch (name) {
            case "orderNumber" -> "FUZZ-" + serial.incrementAndGet();
            case "shipmentId" -> known.shipmentId();
            case "deviceId" -> known.deviceId();
            case "at" -> now.minus(1, ChronoUnit.MINUTES).plusMillis(serial.incrementAndGet()).toString();
            case "name" -> "Ada Lovelace";
            case "email" -> "ada.lovelace@example.org";
            case "conditionEmail" -> "quality@shipper.example";
            case "phone" -> "+49301234567";
            case "line1" -> "12 Analytical Way";
            case "postalCode" -> "10115";
            case "city" -> "Berlin";
            case "countryCode" -> "DE";
            case "sku" -> "MUG-WHITE";
            case "quantity" -> 1;
            case "earliest", "from" -> now.plus(1, ChronoUnit.DAYS).toString();
            case "latest", "until" -> now.plus(3, ChronoUnit.DAYS).toString();
            case "url" -> "http://127.0.0.1:9/fuzz-hook";
            case "eventTypes" -> List.of("shipment.delay_cleared");
            case "channels" -> List.of("EMAIL");
            case "language" -> "de";
            case "quietFrom" -> "22:00";
            case "quietUntil" -> "07:00";
            case "zone" -> "Europe/Berlin";
            case "rating" -> 4;
            case "comment", "what", "reason" -> "fuzz text";
            case "paymentReference" -> "PAY-FUZZ";
            case "role" -> "operator";
            case "region" -> "DE-Hamburg";
            default -> null;
        };
        return value == null ? null : JSON.valueToTree(value);
    }

    private Map<String, Object> trackingEvent() {
        Map<String, Object> event = new LinkedHashMap<>(ApiTestData.scan("ups", known.trackingNumber(),
                "fuzz-" + serial.incrementAndGet(), "IN_TRANSIT", ApiTestData.at(0, 1), "Berlin"));
        event.put("source", Map.of("type", "CARRIER", "name", "fuzz-carrier"));
        return event;
    }

    private Map<String, Object> warehouseEvent() {
        Map<String, Object> event = new LinkedHashMap<>(ApiTestData.packed(known.orderId(), "ups",
                known.trackingNumber(), "MUG-WHITE"));
        event.put("source", Map.of("type", "WMS", "name", "fuzz-wms"));
        event.put("sourceEventId", "fuzz-" + serial.incrementAndGet());
        event.put("milestone", "PICKED");
        event.remove("shipment");
        return event;
    }

    private static String singular(String name) {
        return switch (name) {
            case "lines" -> "line";
            case "parcels" -> "parcel";
            case "events" -> "event";
            default -> name;
        };
    }
}
