package io.waybill.adapters.rest.events;

import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.adapters.rest.testing.RestTestData.BERLIN_MORNING;
import static io.waybill.adapters.rest.testing.RestTestData.batch;
import static io.waybill.adapters.rest.testing.RestTestData.packed;
import static io.waybill.adapters.rest.testing.RestTestData.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.RecordingEventIngestion;
import io.waybill.adapters.rest.fakes.TestClock;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.tracking.Milestone;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batch ingestion: each event read on its own, one outcome per event in request order, whole-batch refusals as problems. */
@QuarkusTest
class EventsResourceTest {

    private static final String WAREHOUSE = "/api/v1/warehouse-events";
    private static final String TRACKING = "/api/v1/tracking-events";

    @Inject
    RecordingEventIngestion ingestion;

    @BeforeEach
    void reset() {
        ingestion.reset();
    }

    @Test
    void aPackedEventBecomesACommandWithItsManifestAndLocalTime() {
        String order = UUID.randomUUID().toString();
        integrator().body(batch(List.of(packed("pack-1", order)))).post(WAREHOUSE).then().statusCode(200)
                .contentType("application/json")
                .body("accepted", equalTo(1)).body("duplicates", equalTo(0)).body("rejected", equalTo(0))
                .body("results[0].index", equalTo(0))
                .body("results[0].result", equalTo("ACCEPTED"))
                .body("results[0].orderId", equalTo(order));
        RecordWarehouseEvents.Event event = ingestion.warehouseEvents().getFirst();
        assertThat(event.order().value()).hasToString(order);
        assertThat(event.event().milestone()).isEqualTo(Milestone.PACKED);
        assertThat(event.event().occurredAt()).isEqualTo(BERLIN_MORNING);
        assertThat(event.event().occurredAt().getOffset()).isEqualTo(BERLIN_MORNING.getOffset());
        assertThat(event.event().receivedAt()).isEqualTo(TestClock.CLOCK.instant());
        assertThat(event.manifest().carrier()).isEqualTo(new CarrierCode("ups"));
        assertThat(event.manifest().service()).isEqualTo(new ServiceLevel("express"));
    }

    @Test
    void warehouseEventsThatCannotBeReadAreRejectedWithTheField() {
        Map<String, Object> noShipment = packed("pack-2", UUID.randomUUID().toString());
        noShipment.remove("shipment");
        Map<String, Object> badService = packed("pack-3", UUID.randomUUID().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> shipment = (Map<String, Object>) badService.get("shipment");
        shipment.put("service", "Next Day!");
        integrator().body(batch(List.of(noShipment, badService))).post(WAREHOUSE).then().statusCode(200)
                .body("rejected", equalTo(2))
                .body("results[0].reason", containsString("shipment"))
                .body("results[1].reason", containsString("shipment.service"));
        assertThat(ingestion.warehouseEvents()).isEmpty();
    }

    @Test
    void eachTrackingEventHasItsOutcomeInRequestOrder() {
        Map<String, Object> unknownMilestone = scan("s-2", "TELEPORTED");
        Map<String, Object> badTime = scan("s-3", "IN_TRANSIT");
        badTime.put("occurredAt", "yesterday");
        Map<String, Object> noOffset = scan("s-4", "IN_TRANSIT");
        noOffset.put("occurredAt", "2026-11-02T10:00:00");
        Map<String, Object> halfPosition = scan("s-5", "IN_TRANSIT");
        halfPosition.put("location", Map.of("city", "Berlin", "latitude", 52.5));
        List<Object> events = new ArrayList<>(List.of(scan("s-1", "HANDED_OVER"), unknownMilestone, badTime, noOffset,
                halfPosition, scan("s-1", "HANDED_OVER"), "not an object"));

        integrator().body(batch(events)).post(TRACKING).then().statusCode(200)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(1)).body("rejected", equalTo(5))
                .body("results.index", equalTo(List.of(0, 1, 2, 3, 4, 5, 6)))
                .body("results.result", equalTo(List.of("ACCEPTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "DUPLICATE",
                        "REJECTED")))
                .body("results[1].reason", containsString("TELEPORTED"))
                .body("results[2].reason", containsString("occurredAt"))
                .body("results[3].reason", containsString("occurredAt"))
                .body("results[4].reason", containsString("location"))
                .body("results[6].reason", containsString("events[6]"));
        List<RecordTrackingEvents.Event> recorded = ingestion.trackingEvents();
        assertThat(recorded).hasSize(2);
        assertThat(recorded.getFirst().carrierTrackingNumber().value()).isEqualTo("1ZTEST0001");
        assertThat(recorded.getFirst().event().location().position().latitude()).isEqualTo(52.5);
    }

    @Test
    void aTrackingEventMustComeFromACarrierOrDevice() {
        Map<String, Object> fromWms = scan("s-6", "IN_TRANSIT");
        fromWms.put("source", Map.of("type", "WMS", "name", "dc-berlin"));
        Map<String, Object> warehouseMilestone = scan("s-7", "PICKED");
        integrator().body(batch(List.of(fromWms, warehouseMilestone))).post(TRACKING).then().statusCode(200)
                .body("rejected", equalTo(2))
                .body("results[0].reason", containsString("source.type"))
                .body("results[1].reason", containsString("milestone"));
    }

    @Test
    void emptyOversizedAndMalformedBatchesAreRefusedWhole() {
        problem(integrator().body(batch(List.of())).post(TRACKING).then(), 400, TRACKING)
                .body("type", endsWith("/empty-batch"));
        problem(integrator().body("{}").post(WAREHOUSE).then(), 400, WAREHOUSE).body("type", endsWith("/empty-batch"));
        List<Object> events = new ArrayList<>();
        for (int i = 0; i <= EventsResource.MAX_BATCH; i++) {
            events.add(scan("big-" + i, "IN_TRANSIT"));
        }
        problem(integrator().body(batch(events)).post(TRACKING).then(), 413, TRACKING)
                .body("type", endsWith("/batch-too-large"))
                .body("detail", containsString("at most 1000"));
        problem(integrator().body("[1, 2]").post(TRACKING).then(), 400, TRACKING).body("type", endsWith("/malformed-json"));
        assertThat(ingestion.trackingEvents()).isEmpty();
        assertThat(ingestion.warehouseEvents()).isEmpty();
    }

    @Test
    void ingestionNeedsAnIntegratorKey() {
        unauthorized(anonymous().body(batch(List.of(scan("s-8", "IN_TRANSIT")))).post(TRACKING).then(), TRACKING);
        forbidden(operator().body(batch(List.of(scan("s-8", "IN_TRANSIT")))).post(TRACKING).then(), TRACKING);
        forbidden(operator().body(batch(List.of(packed("p-8", UUID.randomUUID().toString())))).post(WAREHOUSE).then(), WAREHOUSE);
        assertThat(ingestion.trackingEvents()).isEmpty();
    }

    @Test
    void anUnknownEventKindIsA404() {
        problem(integrator().body(batch(List.of(scan("s-9", "IN_TRANSIT")))).post("/api/v1/parcel-events").then(), 404,
                "/api/v1/parcel-events").body("type", endsWith("/http-404"));
    }
}
