package io.waybill.adapters.rest.kpis;

import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryKpis;
import io.waybill.application.shared.Kpis;
import io.waybill.domain.kpi.Hours;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The KPI API adds up the stored days of the period asked (the fake keeps known daily sums, the service is the real
 * one): figures, carriers most shipments first, every day of the period, lanes worst first, CSV, and 400s that name
 * the parameter.
 */
@QuarkusTest
class KpisResourceTest {

    private static final String KPIS = "/api/v1/kpis";
    private static final LocalDate DAY = LocalDate.parse("2026-11-01");

    @Inject
    InMemoryKpis kpis;

    @BeforeEach
    void reset() {
        kpis.reset();
        // orders: 10 delivered on 1 Nov (8 of 9 with a promise on time), 4 on 2 Nov; one returned
        kpis.add(day(DAY, Kpis.Kind.ORDER, "dhl", "standard", "*", 11, 10, 1, 9, 8, hours(24, 10)));
        kpis.add(day(DAY.plusDays(1), Kpis.Kind.ORDER, "dhl", "standard", "*", 4, 4, 0, 4, 2, hours(48, 4)));
        kpis.add(day(DAY, Kpis.Kind.SHIPMENT, "dhl", "standard", "*", 11, 10, 1, 9, 8, hours(20, 10)));
        kpis.add(day(DAY, Kpis.Kind.SHIPMENT, "ups", "express", "*", 30, 30, 0, 30, 30, hours(10, 30)));
        kpis.add(day(DAY, Kpis.Kind.SHIPMENT, "ups", "express", "DE-FR", 20, 20, 0, 20, 20, hours(10, 20)));
        kpis.add(day(DAY, Kpis.Kind.SHIPMENT, "ups", "express", "DE-AT", 10, 10, 0, 10, 5, hours(10, 10)));
    }

    @Test
    void aPeriodAddsUpItsDays() {
        operator().queryParam("from", "2026-11-01").queryParam("to", "2026-11-03").get(KPIS).then().statusCode(200)
                .contentType("application/json")
                .body("period.zone", equalTo("UTC"))
                .body("period.carrier", nullValue())
                .body("orders.closed", equalTo(15))
                .body("orders.delivered", equalTo(14))
                .body("orders.returned", equalTo(1))
                .body("orders.onTime.count", equalTo(10))
                .body("orders.onTime.of", equalTo(13))
                .body("orders.orderToDelivery.count", equalTo(14))
                .body("orders.orderToDelivery.medianHours", equalTo(24))
                .body("orders.orderToDelivery.p95Hours", equalTo(48))
                .body("carriers.size()", equalTo(2))
                .body("carriers[0].carrier", equalTo("ups"))
                .body("carriers[0].shipments.onTime.rate", equalTo(1.0f))
                .body("days.size()", equalTo(3))
                .body("days[2].day", equalTo("2026-11-03"))
                .body("days[2].orders.closed", equalTo(0))
                .body("days[2].orders.onTime.rate", nullValue());
    }

    @Test
    void filtersNarrowIt() {
        operator().queryParam("from", "2026-11-01").queryParam("to", "2026-11-01").queryParam("carrier", "ups")
                .queryParam("lane", "de-fr").get(KPIS).then().statusCode(200)
                .body("period.lane", equalTo("DE-FR"))
                .body("shipments.closed", equalTo(20))
                .body("orders.closed", equalTo(0));
        operator().queryParam("from", "2026-11-01").queryParam("to", "2026-11-01").get(KPIS + "/lanes").then()
                .statusCode(200)
                .body("lanes.size()", equalTo(2))
                .body("lanes[0].lane", equalTo("DE-AT"))
                .body("lanes[0].shipments.onTime.rate", equalTo(0.5f));
    }

    @Test
    void csvHasALinePerScope() {
        String csv = operator().accept("text/csv").queryParam("from", "2026-11-01").queryParam("to", "2026-11-02")
                .get(KPIS).then().statusCode(200).contentType("text/csv").extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("scope,day,carrier,service,lane,closed,");
        assertThat(lines).hasSize(1 + 2 + 2 + 2);
        assertThat(lines[1]).startsWith("orders,,,,,15,14,1,0,10,13,0.7692,");
        assertThat(lines[3]).startsWith("carrier,,ups,express,,30,30,");
        assertThat(lines[6]).startsWith("day,2026-11-02,,,,4,4,0,0,2,4,0.5000,");
    }

    @Test
    void badQuestionsAre400sNamingTheParameter() {
        invalidField(operator().queryParam("from", "1 Nov").get(KPIS).then(), KPIS, "from");
        invalidField(operator().queryParam("from", "2026-11-05").queryParam("to", "2026-11-01").get(KPIS).then(), KPIS, "to");
        invalidField(operator().queryParam("from", "2024-01-01").queryParam("to", "2026-11-01").get(KPIS).then(), KPIS, "from");
        invalidField(operator().queryParam("lane", "Germany").get(KPIS).then(), KPIS, "lane");
        invalidField(operator().queryParam("carrier", "no such carrier!").get(KPIS).then(), KPIS, "carrier");
        forbidden(integrator().get(KPIS).then(), KPIS);
    }

    private static Hours hours(int hour, int times) {
        Hours h = Hours.none();
        for (int i = 0; i < times; i++) {
            h = h.plus(hour);
        }
        return h;
    }

    private static Kpis.Day day(LocalDate day, Kpis.Kind kind, String carrier, String service, String lane, long closed,
            long delivered, long returned, long withPromise, long onTime, Hours total) {
        return new Kpis.Day(day, kind, carrier, service, lane, closed, delivered, returned, 0, withPromise, onTime, delivered,
                0, delivered, total, total, total);
    }
}
