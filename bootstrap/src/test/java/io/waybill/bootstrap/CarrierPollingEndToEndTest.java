package io.waybill.bootstrap;

import io.waybill.application.shared.TenantScope;
import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.batch;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.order;
import static io.waybill.bootstrap.ApiTestData.ownWms;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.carriers.poll.HttpCarrierTracking;
import io.waybill.adapters.carriers.spi.CarrierAdapter;
import io.waybill.adapters.persistence.polls.JdbcTrackingPolls;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.fakes.Await;
import io.waybill.application.port.in.PollCarriers;
import io.waybill.application.port.in.RecordCarrierReports;
import io.waybill.application.service.CarrierPollingService;
import io.waybill.application.service.PollingPolicy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Waybill pollers on one database against a UPS API that fails, times out and rate-limits on purpose: the
 * application's own poller and a second one built here from its own parts (its own HTTP client, rate limiter and
 * circuit breaker, its own schedule adapter), as a second instance would have. Every shipment still reaches
 * DELIVERED, no tracking number is ever asked about by both at once, and a 429's Retry-After is honoured.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = FlakyUpsApi.class, restrictToAnnotatedClass = true)
class CarrierPollingEndToEndTest {

    private static final int SHIPMENTS = 12;

    @Inject
    DataSource dataSource;

    @Inject
    RecordCarrierReports reports;

    @Inject
    @Named("ups")
    CarrierAdapter ups;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void twoInstancesPollAFlakyCarrierToTheEndWithoutEverAskingAboutOneShipmentTwiceAtOnce() throws Exception {
        String endpoint = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("waybill.carriers.ups.poll.endpoint", String.class);
        PollingPolicy policy = PollingPolicy.DEFAULT.accelerated(7200);
        ExecutorService requests = Executors.newFixedThreadPool(4);
        HttpCarrierTracking secondClient = new HttpCarrierTracking(List.of(new HttpCarrierTracking.Endpoint(ups,
                () -> URI.create(endpoint), null, 200, Duration.ofMillis(400), 1, Duration.ofMillis(500))),
                HttpClient.newHttpClient(), clock, meters);
        CarrierPollingService second = new CarrierPollingService(new JdbcTrackingPolls(dataSource), secondClient, reports, c -> policy,
                clock, requests, 50, Duration.ofMinutes(2));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger secondAccepted = new AtomicInteger();
        Thread secondInstance = new Thread(() -> {
            while (running.get()) {
                PollCarriers.Round round = TenantScope.platform(second::pollDue); // as the poller does
                secondAccepted.addAndGet(round.accepted());
                if (round.shipments() == 0) {
                    Await.pause(Duration.ofMillis(50));
                }
            }
        }, "second-instance-poller");
        secondInstance.start();
        try {
            Map<String, String> orders = new HashMap<>();
            for (int i = 0; i < SHIPMENTS; i++) {
                String number = "1ZPOLL" + unique("").replaceAll("[^0-9A-Z]", "").toUpperCase();
                number = number.substring(0, Math.min(number.length(), 30));
                FlakyUpsApi.REVEALED.put(number, new AtomicInteger());
                orders.put(number, packedOrder(number));
            }

            Await.until(Duration.ofSeconds(90), "every shipment is delivered", () -> orders.values().stream()
                    .allMatch(id -> "DELIVERED".equals(given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/" + id)
                            .then().statusCode(200).extract().path("shipments[0].status"))));

            for (String id : orders.values()) {
                given().header("X-API-Key", INTEGRATOR).get("/api/v1/orders/" + id).then().statusCode(200)
                        .body("shipments[0].status", equalTo("DELIVERED"))
                        .body("timeline.findAll { it.source.type == 'CARRIER' }.size()", equalTo(FlakyUpsApi.JOURNEY.size()));
            }
        } finally {
            running.set(false);
            secondInstance.join(10_000);
            requests.shutdownNow();
        }

        List<FlakyUpsApi.Seen> seen = FlakyUpsApi.REQUESTS.stream().filter(s -> FlakyUpsApi.REVEALED.containsKey(s.number())).toList();
        assertThat(FlakyUpsApi.MOST_IN_FLIGHT_FOR_ONE_NUMBER.get()).as("requests in flight for one tracking number at once").isOne();
        assertThat(seen).extracting(FlakyUpsApi.Seen::status).as("the carrier failed in every way").contains(200, 429, 503);
        assertThat(secondAccepted.get()).as("the second instance did part of the work").isPositive()
                .as("and the first the rest").isLessThan(SHIPMENTS * FlakyUpsApi.JOURNEY.size());
        Map<String, List<FlakyUpsApi.Seen>> byNumber = new HashMap<>();
        seen.forEach(s -> byNumber.computeIfAbsent(s.number(), n -> new ArrayList<>()).add(s));
        byNumber.values().forEach(answered -> {
            List<FlakyUpsApi.Seen> asked = answered.stream().sorted(java.util.Comparator.comparing(FlakyUpsApi.Seen::at)).toList();
            for (int i = 0; i + 1 < asked.size(); i++) {
                if (asked.get(i).status() == 429) {
                    Instant retryAfter = asked.get(i).at().plusSeconds(1).minusMillis(50);
                    assertThat(asked.get(i + 1).at()).as("next request for %s after its 429 Retry-After", asked.get(i).number())
                            .isAfterOrEqualTo(retryAfter);
                }
            }
        });
        given().header("X-API-Key", ApiTestData.PLATFORM_ADMIN).get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("waybill_carrier_polls_total{carrier=\"ups\",outcome=\"ok\"}"));
        // the polled answers' delivery estimate (the whole day, Berlin time) is kept for each shipment
        Instant dueFrom = FlakyUpsApi.DUE.atStartOfDay(FlakyUpsApi.BERLIN).toInstant();
        Instant dueBy = FlakyUpsApi.DUE.atTime(java.time.LocalTime.MAX).atZone(FlakyUpsApi.BERLIN).toInstant()
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "select earliest, latest from carrier_estimates where carrier = 'ups' and carrier_tracking_number = any(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", FlakyUpsApi.REVEALED.keySet().toArray()));
            List<Instant[]> windows = new ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    windows.add(new Instant[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()});
                }
            }
            assertThat(windows).hasSize(SHIPMENTS).allSatisfy(w -> assertThat(w).containsExactly(dueFrom, dueBy));
        }
    }

    private static String packedOrder(String number) {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(ownWms("POLL"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201).extract().path("id");
        ApiTestData.confirm(id);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(id, "ups", number, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        return id;
    }
}
