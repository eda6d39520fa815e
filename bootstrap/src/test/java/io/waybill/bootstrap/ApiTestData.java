package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders for the JSON documents of the API, for end-to-end tests. */
final class ApiTestData {

    static final String INTEGRATOR = "test-integrator-key-0123456789";
    static final String OPERATOR = "test-operator-key-0123456789";
    static final String ADMIN = "test-admin-key-0123456789";
    static final String PLATFORM_ADMIN = "test-platform-admin-key-0123456789";

    private ApiTestData() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /**
     * A unique order number the simulated WMS leaves alone ({@code %test.waybill.warehouse.simulated.skip}): for a test
     * that confirms the order and then packs it itself.
     */
    static String ownWms(String prefix) {
        return unique("OWN-WMS-" + prefix);
    }

    /** Confirms the order (payment verified): only a confirmed order may be packed. */
    static void confirm(String orderId) {
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", orderId).then().statusCode(200);
    }

    static Map<String, Object> order(String orderNumber, Map<String, Object>... lines) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderNumber", orderNumber);
        order.put("customer", Map.of("name", "Ada Lovelace", "email", "ada.lovelace@example.org", "phone", "+49301234567"));
        order.put("address", Map.of("line1", "12 Analytical Way", "postalCode", "10115", "city", "Berlin", "countryCode", "DE"));
        order.put("lines", List.of(lines));
        Instant now = Instant.now();
        order.put("promisedDelivery", Map.of("earliest", now.plusSeconds(86400).toString(), "latest", now.plusSeconds(3 * 86400).toString()));
        return order;
    }

    static Map<String, Object> line(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    /** A carrier scan about a shipment named by carrier and tracking number. */
    static Map<String, Object> scan(String carrier, String trackingNumber, String id, String milestone, OffsetDateTime at,
            String city) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("source", Map.of("type", "CARRIER", "name", carrier));
        event.put("sourceEventId", id);
        event.put("carrier", carrier);
        event.put("carrierTrackingNumber", trackingNumber);
        event.put("milestone", milestone);
        event.put("rawCode", milestone.substring(0, 2));
        event.put("rawText", milestone.toLowerCase().replace('_', ' '));
        event.put("occurredAt", at.toString());
        event.put("location", Map.of("facility", city + " hub", "city", city, "countryCode", "DE", "latitude", 52.5, "longitude", 13.4));
        if (milestone.equals("DELIVERED")) {
            event.put("proofOfDelivery", Map.of("receivedBy", "A. Lovelace", "signatureRef", "sig://secret-signature",
                    "photoRef", "photo://doorstep", "latitude", 52.52001, "longitude", 13.40495));
        }
        return event;
    }

    /** A PACKED warehouse event that packs one order line into a shipment of {@code carrier} / {@code number}. */
    static Map<String, Object> packed(String orderId, String carrier, String number, String sku) {
        Map<String, Object> packed = new LinkedHashMap<>();
        packed.put("source", Map.of("type", "WMS", "name", "test-wms"));
        packed.put("sourceEventId", "pack-" + orderId);
        packed.put("orderId", orderId);
        packed.put("milestone", "PACKED");
        packed.put("occurredAt", at(0, 1).toString());
        packed.put("shipment", Map.of("carrier", carrier, "carrierTrackingNumber", number,
                "parcels", List.of(Map.of("barcode", "BC-" + number)), "lines", List.of(Map.of("sku", sku, "quantity", 1))));
        return packed;
    }

    static Map<String, Object> batch(List<Map<String, Object>> events) {
        return Map.of("events", new ArrayList<>(events));
    }

    static OffsetDateTime at(int hoursFromNow, int offsetHours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(offsetHours)).plusHours(hoursFromNow).withNano(0);
    }
}
