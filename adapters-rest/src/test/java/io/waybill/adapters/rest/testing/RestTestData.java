package io.waybill.adapters.rest.testing;

import static io.waybill.application.fakes.OrderTestData.CUSTOMER_EMAIL;
import static io.waybill.application.fakes.OrderTestData.CUSTOMER_NAME;
import static io.waybill.application.fakes.OrderTestData.CUSTOMER_PHONE;
import static io.waybill.application.fakes.OrderTestData.STREET;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents of the API as mutable maps, so a test can break exactly one field. Values are those of
 * {@link io.waybill.application.fakes.OrderTestData} where it has them.
 */
public final class RestTestData {

    /** Ten o'clock in Berlin on the test clock's day, as a scanner would write it. */
    public static final OffsetDateTime BERLIN_MORNING = OffsetDateTime.parse("2026-11-02T10:00:00+01:00");

    private RestTestData() {
    }

    /** An order of two mugs, promised for the 4th to the 5th of November. */
    public static Map<String, Object> order(String orderNumber) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderNumber", orderNumber);
        order.put("customer", map("name", CUSTOMER_NAME, "email", CUSTOMER_EMAIL, "phone", CUSTOMER_PHONE));
        order.put("address", map("line1", STREET, "postalCode", "SW1A 2AA", "city", "London", "countryCode", "GB"));
        order.put("lines", List.of(line("MUG-BLUE", 2)));
        order.put("promisedDelivery", map("earliest", "2026-11-04T08:00:00Z", "latest", "2026-11-05T08:00:00Z"));
        return order;
    }

    public static Map<String, Object> line(String sku, Object quantity) {
        return map("sku", sku, "quantity", quantity);
    }

    /** A carrier scan about a shipment named by carrier and tracking number. */
    public static Map<String, Object> scan(String sourceEventId, String milestone) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("source", map("type", "CARRIER", "name", "ups"));
        event.put("sourceEventId", sourceEventId);
        event.put("carrier", "ups");
        event.put("carrierTrackingNumber", "1ZTEST0001");
        event.put("milestone", milestone);
        event.put("occurredAt", BERLIN_MORNING.toString());
        event.put("location", map("facility", "Berlin hub", "city", "Berlin", "countryCode", "DE", "latitude", 52.5, "longitude", 13.4));
        return event;
    }

    /** A PACKED warehouse event packing one mug of the order into a UPS shipment. */
    public static Map<String, Object> packed(String sourceEventId, String orderId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("source", map("type", "WMS", "name", "dc-berlin"));
        event.put("sourceEventId", sourceEventId);
        event.put("orderId", orderId);
        event.put("milestone", "PACKED");
        event.put("occurredAt", BERLIN_MORNING.toString());
        event.put("shipment", map("carrier", "ups", "carrierTrackingNumber", "1ZTEST0001",
                "parcels", List.of(map("barcode", "PKG-1")), "lines", List.of(line("MUG-BLUE", 1)), "service", "express"));
        return event;
    }

    public static Map<String, Object> batch(List<?> events) {
        return map("events", events);
    }

    /** A map that keeps its order and takes nulls and changes, unlike {@link Map#of}. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
