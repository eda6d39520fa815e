package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.waybill.application.port.in.SweepExceptions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Items of the exceptions queue made through the API: a carrier scan that needs a person, then a sweep. */
final class ExceptionsTestData {

    private ExceptionsTestData() {
    }

    /**
     * Posts a carrier scan of {@code milestone} (HELD, DELIVERY_ATTEMPT_FAILED, ...) at {@code at} with the integrator's
     * key, sweeps the queue at once (the scheduled sweep would within a second too), and answers the id of the item it
     * opened for the shipment, read with the operator's key.
     */
    static String itemFor(String integrator, String operator, String carrier, String number, String shipmentId, String milestone,
            OffsetDateTime at) {
        Map<String, Object> scan = ApiTestData.scan(carrier, number, "exc-" + UUID.randomUUID(), milestone, at, "Leipzig");
        scan.put("reason", "customs: commercial invoice missing");
        given().header("X-API-Key", integrator).contentType(ContentType.JSON).body(ApiTestData.batch(List.of(scan)))
                .post("/api/v1/tracking-events").then().statusCode(200);
        Arc.container().instance(SweepExceptions.class).get().sweep();
        List<Map<String, Object>> items = given().header("X-API-Key", operator)
                .queryParam("state", "OPEN,ACKNOWLEDGED,RESOLVED").queryParam("size", "200").get("/api/v1/exceptions")
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> shipmentId.equals(i.get("shipmentId"))).map(i -> (String) i.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no exception opened for shipment " + shipmentId + " after a " + milestone
                        + " scan: " + items));
    }
}
