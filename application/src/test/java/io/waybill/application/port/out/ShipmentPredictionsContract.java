package io.waybill.application.port.out;

import io.waybill.application.fakes.InDefaultTenant;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrier;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.application.shared.ShipmentPrediction.RiskChange;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ShipmentPredictions} store must do: keep the latest prediction per shipment (found one or many at a
 * time), record each change of risk level, search the shipments at risk, and name the orders whose predictions went
 * stale. Run against the in-memory fake and the PostgreSQL adapter; extend it and return the stores from
 * {@link #predictions()} and {@link #orders()}. Every carrier is fresh, so the tests share nothing in a shared database.
 */
public abstract class ShipmentPredictionsContract implements InDefaultTenant {

    private static final Duration HOUR = Duration.ofHours(1);

    protected abstract ShipmentPredictions predictions();

    /** Where the orders and shipments the predictions are of are stored. */
    protected abstract Orders orders();

    @Test
    void aSavedPredictionIsFoundByItsShipmentAloneOrAmongOthers() {
        CarrierCode carrier = uniqueCarrier();
        ShipmentPrediction one = prediction(storedOrder(carrier), "LOW", 30L, at(1));
        ShipmentPrediction two = prediction(storedOrder(carrier), "HIGH", 2L, at(1));

        predictions().save(List.of(one, two));

        assertThat(predictions().of(id(one))).contains(one);
        assertThat(predictions().of(new ShipmentId(UUID.randomUUID()))).isEmpty();
        assertThat(predictions().of(List.of(id(one), id(two), new ShipmentId(UUID.randomUUID()))))
                .containsOnly(Map.entry(id(one), one), Map.entry(id(two), two));
        assertThat(predictions().of(List.of())).isEmpty();
    }

    @Test
    void eachChangeOfRiskLevelIsRecordedAndTheSameLevelAgainIsNot() {
        Order order = storedOrder(uniqueCarrier());

        predictions().save(List.of(prediction(order, "LOW", 30L, at(1))));
        predictions().save(List.of(prediction(order, "LOW", 29L, at(2))));
        predictions().save(List.of(prediction(order, "HIGH", 28L, at(3))));
        ShipmentPrediction last = prediction(order, "NONE", null, at(4));
        predictions().save(List.of(last));

        assertThat(predictions().history(id(last))).extracting(RiskChange::at, RiskChange::level)
                .containsExactly(tuple(at(1), "LOW"), tuple(at(3), "HIGH"), tuple(at(4), "NONE"));
        assertThat(predictions().of(id(last))).as("the latest replaces the stored one").contains(last);
        assertThat(predictions().history(new ShipmentId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void theAtRiskSearchFiltersByLevelAndCarrierAndPagesInItsOrder() {
        CarrierCode carrier = uniqueCarrier();
        ShipmentPrediction high = prediction(storedOrder(carrier), "HIGH", 5L, at(1));
        ShipmentPrediction medium = prediction(storedOrder(carrier), "MEDIUM", 2L, at(1));
        ShipmentPrediction low = prediction(storedOrder(carrier), "LOW", 1L, at(1));
        predictions().save(List.of(high, medium, low));

        AtRiskSearch.Page atRisk = predictions().atRisk(query(DelayRisk.Level.MEDIUM, carrier, AtRiskSearch.Sort.LEAD_TIME, 0, 10));
        assertThat(atRisk.items()).as("the least lead time first").containsExactly(medium, high);
        assertThat(atRisk.total()).isEqualTo(2);

        AtRiskSearch.Page second = predictions().atRisk(query(DelayRisk.Level.MEDIUM, carrier, AtRiskSearch.Sort.LEAD_TIME, 1, 1));
        assertThat(second.items()).containsExactly(high);
        assertThat(second.total()).isEqualTo(2);
        assertThat(predictions().atRisk(query(DelayRisk.Level.LOW, carrier, AtRiskSearch.Sort.LEAD_TIME_DESCENDING, 0, 10)).items())
                .containsExactly(high, medium, low);
        assertThat(predictions().atRisk(query(DelayRisk.Level.LOW, uniqueCarrier(), AtRiskSearch.Sort.LEAD_TIME, 0, 10)).total())
                .as("another carrier's shipments").isZero();
    }

    @Test
    void staleOrdersAreThoseUnderWayLastPredictedBeforeTheCutOffOldestFirst() {
        // a past no other test predicts in (nor an earlier run, in a kept database, likely at the same hours)
        Instant base = Instant.parse("1900-01-01T00:00:00Z").plus(HOUR.multipliedBy(ThreadLocalRandom.current().nextLong(400_000)));
        CarrierCode carrier = uniqueCarrier();
        ShipmentPrediction older = prediction(storedOrder(carrier), "LOW", 30L, base);
        ShipmentPrediction newer = prediction(storedOrder(carrier), "LOW", 30L, base.plus(HOUR));
        ShipmentPrediction delivered = withStatus(prediction(storedOrder(carrier), "NONE", null, base), "DELIVERED");
        ShipmentPrediction fresh = prediction(storedOrder(carrier), "LOW", 30L, base.plus(HOUR.multipliedBy(3)));
        predictions().save(List.of(newer, fresh, older, delivered));

        List<OrderId> stale = predictions().staleOrders(base.plus(HOUR.multipliedBy(2)), 10_000);

        assertThat(stale).containsSubsequence(order(older), order(newer))
                .doesNotContain(order(delivered), order(fresh));
    }

    private Order storedOrder(CarrierCode carrier) {
        Order order = anOrder().confirmed();
        pack(order, manifest(carrier, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0);
        orders().save(List.of(order));
        return order;
    }

    /** A prediction of the order's one shipment, in transit, with the given risk level and lead time. */
    protected static ShipmentPrediction prediction(Order order, String level, Long leadTimeHours, Instant asOf) {
        Shipment shipment = order.shipments().getFirst();
        List<String> reasons = "NONE".equals(level) ? List.of() : List.of("may miss the promise (" + level + ")");
        return new ShipmentPrediction(shipment.getId().value(), order.getId().value(), order.orderNumber(), shipment.carrier().value(),
                shipment.carrierTrackingNumber().value(), "IN_TRANSIT", asOf.plus(HOUR.multipliedBy(20)),
                asOf.plus(HOUR.multipliedBy(26)), "a static transit time", level, reasons, "NONE".equals(level) ? null : asOf,
                leadTimeHours, asOf.plus(Duration.ofDays(3)), asOf, shipment.service().code());
    }

    protected static ShipmentPrediction withStatus(ShipmentPrediction p, String status) {
        return new ShipmentPrediction(p.shipmentId(), p.orderId(), p.orderNumber(), p.carrier(), p.carrierTrackingNumber(), status,
                p.p50(), p.p90(), p.basis(), p.riskLevel(), p.reasons(), p.firstDetectedAt(), p.leadTimeHours(), p.promisedLatest(),
                p.asOf(), p.service());
    }

    private static AtRiskSearch.Query query(DelayRisk.Level level, CarrierCode carrier, AtRiskSearch.Sort sort, int page, int size) {
        return new AtRiskSearch.Query(level, carrier, null, null, null, sort, page, size);
    }

    private static ShipmentId id(ShipmentPrediction prediction) {
        return new ShipmentId(prediction.shipmentId());
    }

    private static OrderId order(ShipmentPrediction prediction) {
        return new OrderId(prediction.orderId());
    }

    private static Instant at(int hours) {
        return T0.plus(HOUR.multipliedBy(hours));
    }
}
