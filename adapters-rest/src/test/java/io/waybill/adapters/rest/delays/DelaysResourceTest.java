package io.waybill.adapters.rest.delays;

import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.application.fakes.OrderTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryDelayWatch;
import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.ServiceLevel;
import io.waybill.domain.order.ShipmentStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operations' at-risk list (paged, with total and links) and a shipment's prediction with its risk history. */
@QuarkusTest
class DelaysResourceTest {

    private static final String AT_RISK = "/api/v1/shipments/at-risk";

    @Inject
    InMemoryDelayWatch delays;

    @BeforeEach
    void reset() {
        delays.reset();
    }

    @Test
    void theAtRiskListIsPagedWithTotalAndLinks() {
        for (int i = 0; i < 5; i++) {
            delays.add(prediction(UUID.randomUUID(), "HIGH"), List.of());
        }
        operator().queryParam("level", "high").queryParam("carrier", "ups").queryParam("service", "express")
                .queryParam("status", "in_transit").queryParam("promisedBefore", "2026-11-06T00:00:00Z")
                .queryParam("sort", "-firstDetected").queryParam("page", "1").queryParam("size", "2")
                .get(AT_RISK).then().statusCode(200).contentType("application/json")
                .header("X-Total-Count", "5")
                .header("Link", allOf(containsString("page=2"), containsString("rel=\"next\""), containsString("page=0"),
                        containsString("rel=\"prev\"")))
                .body("size()", equalTo(2))
                .body("[0].riskLevel", equalTo("HIGH"))
                .body("[0].carrier", equalTo("ups"));
        AtRiskSearch.Query query = delays.lastQuery();
        assertThat(query.minimumLevel()).isEqualTo(DelayRisk.Level.HIGH);
        assertThat(query.carrier()).isEqualTo(new CarrierCode("ups"));
        assertThat(query.service()).isEqualTo(ServiceLevel.EXPRESS);
        assertThat(query.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(query.promisedBefore()).isEqualTo(Instant.parse("2026-11-06T00:00:00Z"));
        assertThat(query.sort()).isEqualTo(AtRiskSearch.Sort.FIRST_DETECTED_DESCENDING);
        assertThat(query.page()).isEqualTo(1);

        operator().get(AT_RISK).then().statusCode(200).header("X-Total-Count", "5").header("Link", nullValue());
        assertThat(delays.lastQuery().minimumLevel()).isEqualTo(DelayRisk.Level.MEDIUM);
        assertThat(delays.lastQuery().size()).isEqualTo(50);
    }

    @Test
    void badFiltersAre400sNamingTheParameter() {
        invalidField(operator().queryParam("level", "NONE").get(AT_RISK).then(), AT_RISK, "level");
        invalidField(operator().queryParam("sort", "random").get(AT_RISK).then(), AT_RISK, "sort");
        invalidField(operator().queryParam("status", "FLYING").get(AT_RISK).then(), AT_RISK, "status");
        invalidField(operator().queryParam("promisedBefore", "soon").get(AT_RISK).then(), AT_RISK, "promisedBefore");
        invalidField(operator().queryParam("page", "one").get(AT_RISK).then(), AT_RISK, "page");
        invalidField(operator().queryParam("size", "501").get(AT_RISK).then(), AT_RISK, "size");
    }

    @Test
    void aPredictionComesWithItsRiskHistory() {
        UUID shipment = UUID.randomUUID();
        delays.add(prediction(shipment, "MEDIUM"), List.of(
                new ShipmentPrediction.RiskChange(T0.minus(Duration.ofHours(3)), "LOW", List.of("slow lane")),
                new ShipmentPrediction.RiskChange(T0.minus(Duration.ofHours(1)), "MEDIUM", List.of("held at customs"))));
        String path = "/api/v1/shipments/" + shipment + "/prediction";
        integrator().get(path).then().statusCode(200)
                .body("prediction.shipmentId", equalTo(shipment.toString()))
                .body("prediction.riskLevel", equalTo("MEDIUM"))
                .body("prediction.reasons", equalTo(List.of("held at customs")))
                .body("history.level", equalTo(List.of("LOW", "MEDIUM")));
        operator().queryParam("asOf", T0.minus(Duration.ofHours(2)).toString()).get(path).then().statusCode(200)
                .body("history.level", equalTo(List.of("LOW")));
    }

    @Test
    void aShipmentWithoutPredictionIsA404AndAMalformedIdA400() {
        String path = "/api/v1/shipments/" + UUID.randomUUID() + "/prediction";
        problem(operator().get(path).then(), 404, path).body("type", endsWith("/not-found"))
                .body("detail", containsString("packed"));
        problem(operator().queryParam("asOf", T0.toString()).get(path).then(), 404, path);
        invalidField(operator().get("/api/v1/shipments/42/prediction").then(), "/api/v1/shipments/42/prediction", "id");
        invalidField(operator().queryParam("asOf", T0.plusSeconds(60).toString()).get(path).then(), path, "asOf");
    }

    @Test
    void theAtRiskListIsForOperations() {
        unauthorized(anonymous().get(AT_RISK).then(), AT_RISK);
        forbidden(integrator().get(AT_RISK).then(), AT_RISK);
        assertThat(delays.lastQuery()).isNull();
    }

    private static ShipmentPrediction prediction(UUID shipment, String level) {
        Instant p50 = T0.plus(Duration.ofDays(2));
        return new ShipmentPrediction(shipment, UUID.randomUUID(), "SO-1", "ups", "1Z1", "IN_TRANSIT", p50, p50.plus(Duration.ofDays(1)),
                "lane ups DE->GB", level, List.of("held at customs"), T0.minus(Duration.ofHours(1)), 30L,
                T0.plus(Duration.ofDays(3)), T0, "express");
    }
}
