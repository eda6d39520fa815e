package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.DHL;
import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryPredictions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.application.shared.ShipmentPrediction.RiskChange;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.eta.EtaEstimator;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import io.waybill.application.port.out.DisruptionSignals;
import io.waybill.domain.eta.DelayRules;
import io.waybill.domain.eta.PickupSchedule;
import io.waybill.domain.eta.Stage;
import io.waybill.domain.eta.Lane;
import io.waybill.domain.eta.TransitStatistics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The delay watch replaying a shipment as of a past instant: the status, checkpoint and risk of that instant, from the
 * same computation as the live prediction. The model starts empty, so every estimate is the static transit time
 * ({@link EtaEstimator#STATIC_TRANSIT} from the latest checkpoint, {@link EtaEstimator#STATIC_SPREAD} more for the P90).
 */
class DelayWatchServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant PROMISED_LATEST = T0.plus(Duration.ofDays(3));

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryPredictions predictions = new InMemoryPredictions(orders);
    private final MutableClock clock = new MutableClock(T0.plus(HOUR.multipliedBy(22)));
    private final DelayWatchService service = new DelayWatchService(predictions, orders, clock);

    @Test
    void asOfAnInstantTheShipmentHasTheStatusAndEstimateOfThatInstant() {
        Order order = orderWithJourney();
        UUID shipment = order.shipments().getFirst().getId().value();

        ShipmentPrediction shipped = service.predictionAsOf(shipment, at(5)).orElseThrow();
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

        ShipmentPrediction inTransit = service.predictionAsOf(shipment, at(12)).orElseThrow();
        assertThat(inTransit.status()).isEqualTo("IN_TRANSIT");
        assertThat(inTransit.p50()).isEqualTo(at(10).plus(EtaEstimator.STATIC_TRANSIT));

        ShipmentPrediction outForDelivery = service.predictionAsOf(shipment, at(20)).orElseThrow();
        assertThat(outForDelivery.status()).as("an event at exactly asOf counts").isEqualTo("OUT_FOR_DELIVERY");
        assertThat(outForDelivery.p50()).isEqualTo(at(20).plus(EtaEstimator.STATIC_TRANSIT));
        assertThat(predictions.all()).as("a replay stores nothing").isEmpty();
    }

    @Test
    void beforePackingThereIsNoPredictionAsOfAndFromPackingThereIs() {
        Order order = orderWithJourney();
        UUID shipment = order.shipments().getFirst().getId().value();

        ShipmentPrediction waiting = service.predictionAsOf(shipment, at(1).plus(Duration.ofMinutes(30))).orElseThrow();
        assertThat(waiting.status()).as("packed, not yet scanned: waiting for pickup, as the live prediction").isEqualTo("PACKED");
        assertThat(waiting.p50()).isEqualTo(at(1).plus(EtaEstimator.STATIC_TRANSIT));
        assertThat(service.predictionAsOf(shipment, T0)).as("not even packed").isEmpty();
        assertThat(service.predictionAsOf(UUID.randomUUID(), at(5))).as("no such shipment").isEmpty();
    }

    @Test
    void asOfNowTheReplayIsTheLivePrediction() {
        Order order = orderWithJourney();
        ShipmentId shipment = order.shipments().getFirst().getId();

        service.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        ShipmentPrediction live = predictions.of(shipment).orElseThrow();

        assertThat(live.status()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(live.riskLevel()).isEqualTo("LOW");
        assertThat(service.predictionAsOf(shipment.value(), clock.instant())).contains(live);
    }

    @Test
    void theRiskFirstDetectedBeforeAsOfIsKeptFromTheRecordedHistory() {
        Order order = orderWithJourney();
        ShipmentId shipment = order.shipments().getFirst().getId();
        clock.set(at(3));
        service.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        clock.set(at(22));
        assertThat(predictions.history(shipment)).extracting(RiskChange::at, RiskChange::level).singleElement()
                .isEqualTo(tuple(at(3), "LOW"));

        ShipmentPrediction replayed = service.predictionAsOf(shipment.value(), at(12)).orElseThrow();

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

        ShipmentPrediction held = service.predictionAsOf(shipment.value(), at(10)).orElseThrow();

        assertThat(held.status()).isEqualTo("HELD");
        assertThat(held.reasons()).contains("held by the carrier: customs inspection");
        assertThat(service.predictionAsOf(shipment.value(), at(17)).orElseThrow().reasons()).as("released")
                .noneMatch(r -> r.startsWith("held"));
    }

    @Test
    void asOfAfterDeliveryTheJourneyIsOverAndNothingIsLearned() {
        Order order = orderWithJourney();
        ShipmentId shipment = order.shipments().getFirst().getId();
        Order loaded = orders.byId(order.getId()).orElseThrow();
        scan(loaded, shipment, Milestone.DELIVERED, at(21));
        orders.save(List.of(loaded));

        ShipmentPrediction delivered = service.predictionAsOf(shipment.value(), at(21)).orElseThrow();

        assertThat(delivered.status()).isEqualTo("DELIVERED");
        assertThat(delivered.basis()).isEqualTo("journey over");
        assertThat(delivered.p50()).isNull();
        assertThat(delivered.riskLevel()).isEqualTo("NONE");
        assertThat(service.predictionAsOf(shipment.value(), at(20)).orElseThrow().status()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(predictions.learned()).as("a replay teaches the model nothing").isEmpty();
        assertThat(predictions.all()).as("and stores nothing").isEmpty();

        service.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        assertThat(predictions.learned()).as("queued, not learned before it settles").isEmpty();
        assertThat(service.learnSettled(HOUR, 10)).as("delivered at +21 h, now +22 h: not settled for an hour yet").isZero();
        clock.set(at(23));
        assertThat(service.learnSettled(HOUR, 10)).isOne();
        assertThat(predictions.learned()).as("the settled delivery is learned").isNotEmpty();
        assertThat(service.learnSettled(HOUR, 10)).as("and only once").isZero();
    }

    @Test
    void aSettledDeliveryAlsoTeachesHowFarOffTheCarriersEstimateWas() {
        Order order = orderWithJourney();
        Shipment shipment = order.shipments().getFirst();
        service.recordEstimates(List.of(estimate(shipment, null, at(18), at(15))));
        // the payload with the delivery scan repeats the estimate, revised: it is not what the carrier promised
        service.recordEstimates(List.of(estimate(shipment, null, at(21), at(21).plusSeconds(5))));
        Order loaded = orders.byId(order.getId()).orElseThrow();
        scan(loaded, shipment.getId(), Milestone.DELIVERED, at(21));
        orders.save(List.of(loaded));
        clock.set(at(21));
        service.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        clock.set(at(23));

        assertThat(service.learnSettled(HOUR, 10)).isOne();

        Lane errors = TransitStatistics.estimateErrors(shipment.carrier().value(), shipment.service().code());
        assertThat(predictions.learned()).filteredOn(t -> t.lane().equals(errors)).singleElement()
                .satisfies(t -> assertThat(t.cell().p50()).as("delivered 3 h after the estimate").isEqualTo(Duration.ofHours(3)));
    }

    @Test
    void deliveriesAreLearnedInDeliveryTimeOrderWhateverOrderTheyArrivedIn() {
        // the same three deliveries (12, 10 and 11 hours after hand-over), processed in two different orders
        List<Integer> hours = List.of(12, 10, 11);
        InMemoryOrders ordersA = new InMemoryOrders();
        InMemoryOrders ordersB = new InMemoryOrders();
        List<Order> deliveredA = new ArrayList<>();
        List<Order> deliveredB = new ArrayList<>();
        for (int h : hours) {
            for (InMemoryOrders store : List.of(ordersA, ordersB)) {
                Order order = anOrder().placedAt(T0).promise(new DeliveryPromise(T0.plus(Duration.ofDays(2)), PROMISED_LATEST)).confirmed();
                ShipmentId shipment = pack(order, wholeOrderManifest(), at(1));
                scan(order, shipment, Milestone.HANDED_OVER, at(2));
                scan(order, shipment, Milestone.DELIVERED, at(2 + h));
                store.save(List.of(order));
                (store == ordersA ? deliveredA : deliveredB).add(store.byId(order.getId()).orElseThrow());
            }
        }
        InMemoryPredictions learnedA = new InMemoryPredictions();
        InMemoryPredictions learnedB = new InMemoryPredictions();
        DelayWatchService a = new DelayWatchService(learnedA, ordersA, clock);
        DelayWatchService b = new DelayWatchService(learnedB, ordersB, clock);
        deliveredA.forEach(o -> a.changed(List.of(o)));
        deliveredB.reversed().forEach(o -> b.changed(List.of(o)));
        clock.set(at(40));

        assertThat(a.learnSettled(HOUR, 10)).isEqualTo(3);
        assertThat(b.learnSettled(HOUR, 10)).isEqualTo(3);

        // the remaining times learned, in the order learned: 10, 11, 12 hours for both
        assertThat(firstValues(learnedA)).containsExactly(10.0, 11.0, 12.0).isEqualTo(firstValues(learnedB));
    }

    /**
     * The remaining times the whole-network cell of the hand-over stage holds, in the order it learned them (P² keeps its
     * first five values as they came).
     */
    private static List<Double> firstValues(InMemoryPredictions predictions) {
        TransitStatistics.Cell cell = predictions.learned().stream().filter(t -> t.slot() == -1 && t.stage() == Stage.IN_TRANSIT
                && t.lane().equals(io.waybill.domain.eta.Lane.network())).reduce((first, second) -> second).orElseThrow().cell();
        double[] heights = cell.p50Estimator().heights();
        return java.util.stream.IntStream.range(0, (int) cell.count()).mapToObj(i -> (double) Math.round(heights[i])).toList();
    }

    @Test
    void aFutureAsOfIsRefused() {
        Order order = orderWithJourney();
        UUID shipment = order.shipments().getFirst().getId().value();

        assertThatThrownBy(() -> service.predictionAsOf(shipment, clock.instant().plusSeconds(1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("asOf"))
                .hasMessageContaining("in the future");
        assertThat(service.predictionAsOf(shipment, clock.instant())).as("now is not the future").isPresent();
    }

    @Test
    void theRecordedRiskAsOfAnInstantStartsWhereItsRunAboveNoneBegan() {
        List<RiskChange> history = List.of(new RiskChange(at(1), "LOW", List.of("a")), new RiskChange(at(2), "HIGH", List.of("b")),
                new RiskChange(at(3), "NONE", List.of()), new RiskChange(at(4), "MEDIUM", List.of("c")));

        assertThat(DelayWatchService.riskAsRecorded(history, at(0))).isEqualTo(DelayRisk.NONE);
        assertThat(DelayWatchService.riskAsRecorded(history, at(2))).isEqualTo(new DelayRisk(DelayRisk.Level.HIGH, List.of("b"), at(1), null));
        assertThat(DelayWatchService.riskAsRecorded(history, at(3))).isEqualTo(DelayRisk.NONE);
        assertThat(DelayWatchService.riskAsRecorded(history.reversed(), at(5)))
                .isEqualTo(new DelayRisk(DelayRisk.Level.MEDIUM, List.of("c"), at(4), null));
    }

    @Test
    void aDisruptionAtTheDestinationSpeaksFromWhenItWasKnownAndIsReplayedSo() {
        // raging at the destination from +8 h (forecast at +6 h) until after the promise
        DelayRules.Disruption storm = new DelayRules.Disruption("GB-London", "Storm", at(8), PROMISED_LATEST.plus(HOUR.multipliedBy(2)),
                at(6), "test weather service");
        DelayWatchService watching = new DelayWatchService(predictions, orders,
                asOf -> java.util.stream.Stream.of(storm).filter(d -> d.knownAndOpen(asOf)).toList(), Map.of(), clock);
        Order order = anOrder().placedAt(T0).promise(new DeliveryPromise(T0.plus(Duration.ofDays(2)), PROMISED_LATEST)).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), at(1));
        scan(order, shipment, Milestone.HANDED_OVER, at(2));
        scan(order, shipment, Milestone.IN_TRANSIT, at(10));
        orders.save(List.of(order));
        clock.set(at(12));

        watching.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        ShipmentPrediction live = predictions.of(shipment).orElseThrow();

        assertThat(live.riskLevel()).isEqualTo("HIGH");
        assertThat(live.reasons()).anySatisfy(r -> assertThat(r).startsWith("Storm in GB-London")
                .contains("(test weather service): if it holds the shipment, expected on"));
        assertThat(live.basis()).contains("held by Storm in GB-London");
        assertThat(live.p50()).as("released when the storm ends, then the static transit time")
                .isEqualTo(storm.until().plus(EtaEstimator.STATIC_TRANSIT));
        assertThat(watching.predictionAsOf(shipment.value(), at(5)).orElseThrow().reasons()).as("not yet forecast at +5 h")
                .noneMatch(r -> r.contains("Storm"));
    }

    @Test
    void packedAfterTheCarriersPickupTheShipmentIsFlaggedUntilTheCarrierScansIt() {
        Order order = anOrder().placedAt(T0).promise(new DeliveryPromise(T0.plus(Duration.ofHours(18)), T0.plus(Duration.ofHours(22))))
                .confirmed();
        // T0 is a Monday 08:00 UTC (09:00 in Berlin); the carrier collects at 08:30 Berlin time
        PickupSchedule early = new PickupSchedule(java.time.LocalTime.of(8, 30), java.time.ZoneId.of("Europe/Berlin"),
                PickupSchedule.WORKING_DAYS);
        DelayWatchService watching = new DelayWatchService(predictions, orders, DisruptionSignals.NONE,
                Map.of(order.shipments().isEmpty() ? "ups" : order.shipments().getFirst().carrier().value(), early), clock);
        ShipmentId shipment = pack(order, wholeOrderManifest(), at(1));
        orders.save(List.of(order));
        clock.set(at(2));

        watching.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        ShipmentPrediction packed = predictions.of(shipment).orElseThrow();

        assertThat(packed.status()).isEqualTo("PACKED");
        assertThat(packed.riskLevel()).isEqualTo("HIGH");
        assertThat(packed.reasons()).anySatisfy(r -> assertThat(r)
                .startsWith("missed the carrier's pickup at Mon 2 Nov 07:30 UTC; the next is Tue 3 Nov 07:30 UTC"));

        Order loaded = orders.byId(order.getId()).orElseThrow();
        scan(loaded, shipment, Milestone.HANDED_OVER, at(3));
        orders.save(List.of(loaded));
        clock.set(at(4));
        watching.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        assertThat(predictions.of(shipment).orElseThrow().reasons()).as("collected after all").noneMatch(r -> r.startsWith("missed"));
    }

    @Test
    void carrierEstimatesReportedLongerAgoThanTheRetentionAreForgotten() {
        Order order = orderWithJourney();
        Shipment shipment = order.shipments().getFirst();
        service.recordEstimates(List.of(estimate(shipment, null, at(30), at(21))));

        clock.set(at(21).plus(Duration.ofDays(89)));
        assertThat(service.forgetCarrierEstimates(Duration.ofDays(90), 100)).isZero();
        assertThat(predictions.carrierEstimates(List.of(shipment.getId()))).hasSize(1);

        clock.set(at(21).plus(Duration.ofDays(91)));
        assertThat(service.forgetCarrierEstimates(Duration.ofDays(90), 100)).isEqualTo(1);
        assertThat(predictions.carrierEstimates(List.of(shipment.getId()))).isEmpty();
    }

    @Test
    void withNothingLearnedTheCarriersLatestEstimateIsTheEtaAndAnOlderReportNeverReplacesIt() {
        Order order = orderWithJourney();
        Shipment shipment = order.shipments().getFirst();

        service.recordEstimates(List.of(estimate(shipment, at(26), at(30), at(21))));
        service.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        ShipmentPrediction first = predictions.of(shipment.getId()).orElseThrow();
        assertThat(first.basis()).startsWith("the carrier's own estimate");
        assertThat(first.p50()).isEqualTo(at(30));
        assertThat(first.p90()).isEqualTo(at(30).plus(EtaEstimator.CARRIER_ESTIMATE_SPREAD));

        service.recordEstimates(List.of(estimate(shipment, at(32), at(34), at(22))));
        service.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        assertThat(predictions.of(shipment.getId()).orElseThrow().p50()).as("a later report replaces the earlier").isEqualTo(at(34));

        service.recordEstimates(List.of(estimate(shipment, null, at(40), at(21).plus(Duration.ofMinutes(30)))));
        service.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        assertThat(predictions.of(shipment.getId()).orElseThrow().p50()).as("an older report arriving late is ignored")
                .isEqualTo(at(34));

        clock.set(at(23));
        service.recordEstimates(List.of(estimate(shipment, null, at(44), at(22).plusSeconds(1)),
                estimate(shipment, null, at(50), at(22).plusSeconds(2)), estimate(shipment, null, at(46), at(22))));
        service.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        assertThat(predictions.of(shipment.getId()).orElseThrow().p50()).as("the latest report of a batch, whatever its place")
                .isEqualTo(at(50));
    }

    @Test
    void aReplayKnowsTheCarrierEstimateOnlyFromWhenItWasReported() {
        Order order = orderWithJourney();
        Shipment shipment = order.shipments().getFirst();
        service.recordEstimates(List.of(estimate(shipment, at(26), at(30), at(21))));

        ShipmentPrediction before = service.predictionAsOf(shipment.getId().value(), at(20)).orElseThrow();
        assertThat(before.basis()).as("not reported yet at +20 h").startsWith("a static transit time");
        assertThat(before.p50()).isEqualTo(at(20).plus(EtaEstimator.STATIC_TRANSIT));

        ShipmentPrediction after = service.predictionAsOf(shipment.getId().value(), at(21)).orElseThrow();
        assertThat(after.basis()).startsWith("the carrier's own estimate");
        assertThat(after.p50()).isEqualTo(at(30));
        assertThat(predictions.all()).as("a replay stores nothing").isEmpty();
    }

    @Test
    void anEstimateOfAnotherCarriersNumberOrOfNoShipmentIsNotUsed() {
        Order order = orderWithJourney();
        Shipment shipment = order.shipments().getFirst();
        service.recordEstimates(List.of(
                new CarrierEstimate(DHL, shipment.carrierTrackingNumber(), null, at(30), at(21)),
                new CarrierEstimate(shipment.carrier(), new CarrierTrackingNumber("1ZNOSUCHSHIPMENT"), null, at(30), at(21))));

        service.changed(List.of(orders.byId(order.getId()).orElseThrow()));

        assertThat(predictions.of(shipment.getId()).orElseThrow().basis()).startsWith("a static transit time");
        assertThatThrownBy(() -> service.recordEstimates(java.util.Arrays.asList((CarrierEstimate) null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("estimate"));
    }

    private static CarrierEstimate estimate(Shipment shipment, Instant earliest, Instant latest, Instant reportedAt) {
        return new CarrierEstimate(shipment.carrier(), shipment.carrierTrackingNumber(), earliest, latest, reportedAt);
    }

    /** Packed at +1 h, handed over at +2 h, in transit at +10 h, out for delivery at +20 h; promised by +3 days. */
    private Order orderWithJourney() {
        Order order = anOrder().placedAt(T0).promise(new DeliveryPromise(T0.plus(Duration.ofDays(2)), PROMISED_LATEST)).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), at(1));
        scan(order, shipment, Milestone.HANDED_OVER, at(2));
        scan(order, shipment, Milestone.IN_TRANSIT, at(10));
        scan(order, shipment, Milestone.OUT_FOR_DELIVERY, at(20));
        orders.save(List.of(order));
        return order;
    }

    private static Instant at(int hours) {
        return T0.plus(HOUR.multipliedBy(hours));
    }
}
