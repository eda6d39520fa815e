package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static io.waybill.application.service.DelayWatchRig.PROMISED_LATEST;
import static io.waybill.application.service.DelayWatchRig.at;
import static io.waybill.application.service.DelayWatchRig.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryShipmentPredictions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.application.shared.ShipmentPrediction.RiskChange;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.eta.EtaEstimator;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.Milestone;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Replaying a shipment as of a past instant: the status, checkpoint and risk of that instant, from the same computation
 * as the live prediction. The model starts empty, so every estimate is the static transit time
 * ({@link EtaEstimator#STATIC_TRANSIT} from the latest checkpoint, {@link EtaEstimator#STATIC_SPREAD} more for the P90).
 */
class PredictionReplayTest {

    private final DelayWatchRig rig = new DelayWatchRig();
    private final InMemoryOrders orders = rig.orders;
    private final MutableClock clock = rig.clock;
    private final InMemoryShipmentPredictions predictions = rig.predictions;
    private final DelayWatchService watch = rig.watch;
    private final CarrierEstimateService carrierEstimates = rig.carrierEstimates;

    @Test
    void asOfAnInstantTheShipmentHasTheStatusAndEstimateOfThatInstant() {
        Order order = rig.orderWithJourney();
        ShipmentId shipment = order.shipments().getFirst().getId();

        ShipmentPrediction shipped = watch.predictionAsOf(shipment, at(5)).orElseThrow();
        assertThat(shipped.status()).as("handed over at +2 h, in transit only at +10 h").isEqualTo("SHIPPED");
        assertThat(shipped.asOf()).isEqualTo(at(5));
        assertThat(shipped.p50()).isEqualTo(at(2).plus(EtaEstimator.STATIC_TRANSIT));
        assertThat(shipped.p90()).isEqualTo(at(2).plus(EtaEstimator.STATIC_TRANSIT).plus(EtaEstimator.STATIC_SPREAD));
        assertThat(shipped.basis()).startsWith("a static transit time");
        assertThat(shipped.riskLevel()).as("one in ten similar shipments comes after the promise").isEqualTo("LOW");
        assertThat(shipped.reasons()).singleElement().asString().startsWith("may miss the promised");
        assertThat(shipped.firstDetectedAt()).as("no risk recorded before").isEqualTo(at(5));
        assertThat(shipped.leadTimeHours()).isEqualTo(Duration.between(at(5), PROMISED_LATEST).toHours());
        assertThat(shipped.promisedLatest()).isEqualTo(PROMISED_LATEST);

        ShipmentPrediction inTransit = watch.predictionAsOf(shipment, at(12)).orElseThrow();
        assertThat(inTransit.status()).isEqualTo("IN_TRANSIT");
        assertThat(inTransit.p50()).isEqualTo(at(10).plus(EtaEstimator.STATIC_TRANSIT));

        ShipmentPrediction outForDelivery = watch.predictionAsOf(shipment, at(20)).orElseThrow();
        assertThat(outForDelivery.status()).as("an event at exactly asOf counts").isEqualTo("OUT_FOR_DELIVERY");
        assertThat(outForDelivery.p50()).isEqualTo(at(20).plus(EtaEstimator.STATIC_TRANSIT));
        assertThat(predictions.all()).as("a replay stores nothing").isEmpty();
    }

    @Test
    void beforePackingThereIsNoPredictionAsOfAndFromPackingThereIs() {
        Order order = rig.orderWithJourney();
        ShipmentId shipment = order.shipments().getFirst().getId();

        ShipmentPrediction waiting = watch.predictionAsOf(shipment, at(1).plus(Duration.ofMinutes(30))).orElseThrow();
        assertThat(waiting.status()).as("packed, not yet scanned: waiting for pickup, as the live prediction").isEqualTo("PACKED");
        assertThat(waiting.p50()).isEqualTo(at(1).plus(EtaEstimator.STATIC_TRANSIT));
        assertThat(watch.predictionAsOf(shipment, T0)).as("not even packed").isEmpty();
        assertThat(watch.predictionAsOf(new ShipmentId(UUID.randomUUID()), at(5))).as("no such shipment").isEmpty();
    }

    @Test
    void asOfNowTheReplayIsTheLivePrediction() {
        Order order = rig.orderWithJourney();
        ShipmentId shipment = order.shipments().getFirst().getId();

        watch.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        ShipmentPrediction live = predictions.of(shipment).orElseThrow();

        assertThat(live.status()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(live.riskLevel()).isEqualTo("LOW");
        assertThat(watch.predictionAsOf(shipment, clock.instant())).contains(live);
    }

    @Test
    void theRiskFirstDetectedBeforeAsOfIsKeptFromTheRecordedHistory() {
        Order order = rig.orderWithJourney();
        ShipmentId shipment = order.shipments().getFirst().getId();
        clock.set(at(3));
        watch.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        clock.set(at(22));
        assertThat(predictions.history(shipment)).extracting(RiskChange::at, RiskChange::level).singleElement()
                .isEqualTo(tuple(at(3), "LOW"));

        ShipmentPrediction replayed = watch.predictionAsOf(shipment, at(12)).orElseThrow();

        assertThat(replayed.riskLevel()).isEqualTo("LOW");
        assertThat(replayed.firstDetectedAt()).isEqualTo(at(3));
        assertThat(replayed.leadTimeHours()).isEqualTo(Duration.between(at(3), PROMISED_LATEST).toHours());
    }

    @Test
    void anExceptionAsOfAnInstantCarriesTheReasonTheCarrierGaveThen() {
        Order order = anOrder().placedAt(T0).promise(new DeliveryPromise(T0.plus(Duration.ofDays(2)), PROMISED_LATEST)).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), at(1));
        scan(order, shipment, Milestone.HANDED_OVER, at(2));
        scan(order, shipment, Milestone.HELD, at(8));
        scan(order, shipment, Milestone.IN_TRANSIT, at(16));
        orders.save(List.of(order));

        ShipmentPrediction held = watch.predictionAsOf(shipment, at(10)).orElseThrow();

        assertThat(held.status()).isEqualTo("HELD");
        assertThat(held.reasons()).contains("held by the carrier: customs inspection");
        assertThat(watch.predictionAsOf(shipment, at(17)).orElseThrow().reasons()).as("released")
                .noneMatch(r -> r.startsWith("held"));
    }

    @Test
    void aFutureAsOfIsRefused() {
        Order order = rig.orderWithJourney();
        ShipmentId shipment = order.shipments().getFirst().getId();

        assertThatThrownBy(() -> watch.predictionAsOf(shipment, clock.instant().plusSeconds(1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("asOf"))
                .hasMessageContaining("in the future");
        assertThat(watch.predictionAsOf(shipment, clock.instant())).as("now is not the future").isPresent();
    }

    @Test
    void theRecordedRiskAsOfAnInstantStartsWhereItsRunAboveNoneBegan() {
        List<RiskChange> history = List.of(new RiskChange(at(1), "LOW", List.of("a")), new RiskChange(at(2), "HIGH", List.of("b")),
                new RiskChange(at(3), "NONE", List.of()), new RiskChange(at(4), "MEDIUM", List.of("c")));

        assertThat(PredictionReplay.riskAsRecorded(history, at(0))).isEqualTo(DelayRisk.NONE);
        assertThat(PredictionReplay.riskAsRecorded(history, at(2))).isEqualTo(new DelayRisk(DelayRisk.Level.HIGH, List.of("b"), at(1), null));
        assertThat(PredictionReplay.riskAsRecorded(history, at(3))).isEqualTo(DelayRisk.NONE);
        assertThat(PredictionReplay.riskAsRecorded(history.reversed(), at(5)))
                .isEqualTo(new DelayRisk(DelayRisk.Level.MEDIUM, List.of("c"), at(4), null));
    }

    @Test
    void aReplayKnowsTheCarrierEstimateOnlyFromWhenItWasReported() {
        Order order = rig.orderWithJourney();
        Shipment shipment = order.shipments().getFirst();
        carrierEstimates.recordEstimates(List.of(estimate(shipment, at(26), at(30), at(21))));

        ShipmentPrediction before = watch.predictionAsOf(shipment.getId(), at(20)).orElseThrow();
        assertThat(before.basis()).as("not reported yet at +20 h").startsWith("a static transit time");
        assertThat(before.p50()).isEqualTo(at(20).plus(EtaEstimator.STATIC_TRANSIT));

        ShipmentPrediction after = watch.predictionAsOf(shipment.getId(), at(21)).orElseThrow();
        assertThat(after.basis()).startsWith("the carrier's own estimate");
        assertThat(after.p50()).isEqualTo(at(30));
        assertThat(predictions.all()).as("a replay stores nothing").isEmpty();
    }
}
