package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static io.waybill.application.service.DelayWatchRig.HOUR;
import static io.waybill.application.service.DelayWatchRig.PROMISED_LATEST;
import static io.waybill.application.service.DelayWatchRig.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryShipmentPredictions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.out.ConditionAlarms;
import io.waybill.application.port.out.DisruptionSignals;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.DelayRules;
import io.waybill.domain.eta.EtaEstimator;
import io.waybill.domain.eta.PickupSchedule;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tracking.Milestone;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The live watch: what it predicts after a change, with the disruption signals and pickup schedules it is given.
 */
class DelayWatchServiceTest {

    private final DelayWatchRig rig = new DelayWatchRig();
    private final InMemoryOrders orders = rig.orders;
    private final MutableClock clock = rig.clock;
    private final InMemoryShipmentPredictions predictions = rig.predictions;

    @Test
    void aDisruptionAtTheDestinationSpeaksFromWhenItWasKnownAndIsReplayedSo() {
        // raging at the destination from +8 h (forecast at +6 h) until after the promise
        DelayRules.Disruption storm = new DelayRules.Disruption("GB-London", "Storm", at(8), PROMISED_LATEST.plus(HOUR.multipliedBy(2)),
                at(6), "test weather service");
        DelayWatchService watching = rig.watching(asOf -> Stream.of(storm).filter(d -> d.knownAndOpen(asOf)).toList(), Map.of()).watch;
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
        assertThat(watching.predictionAsOf(shipment, at(5)).orElseThrow().reasons()).as("not yet forecast at +5 h")
                .noneMatch(r -> r.contains("Storm"));
    }

    @Test
    void anOpenConditionBreachIsAWarningOfTheRiskRulesFromWhenItOpenedAndIsReplayedSo() {
        Order order = rig.orderWithJourney(); // on time: out for delivery at +20 h, promised by +3 days
        ShipmentId shipment = order.shipments().getFirst().getId();
        String breach = "Out of its condition profile: Temperature above 8 °C for 40 min in total (allowed 30 min)";
        ConditionAlarms alarms = (shipments, asOf) -> shipments.contains(shipment) && !asOf.isBefore(at(21))
                ? Map.of(shipment, breach) : Map.of();
        DelayWatchService watching = new DelayWatchService(new DelayModel(rig.statistics, Map.of()), predictions, rig.estimates,
                orders, DisruptionSignals.NONE, alarms, rig.learning, new Approaches(rig.devices, rig.readings, rig.geofences), clock);
        clock.set(at(22));

        watching.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        ShipmentPrediction live = predictions.of(shipment).orElseThrow();

        assertThat(live.riskLevel()).as("a warning for operations, not a delay told to the customer").isEqualTo("MEDIUM");
        assertThat(live.reasons()).contains("condition breach (" + breach + "): the consignee may refuse the goods, and a"
                + " replacement would arrive late");
        assertThat(watching.predictionAsOf(shipment, at(20)).orElseThrow().reasons()).as("replayed before it opened")
                .noneMatch(r -> r.startsWith("condition breach"));
        assertThat(watching.predictionAsOf(shipment, at(21)).orElseThrow().riskLevel()).isEqualTo("MEDIUM");
    }

    @Test
    void packedAfterTheCarriersPickupTheShipmentIsFlaggedUntilTheCarrierScansIt() {
        Order order = anOrder().placedAt(T0).promise(new DeliveryPromise(T0.plus(Duration.ofHours(18)), T0.plus(Duration.ofHours(22))))
                .confirmed();
        // T0 is a Monday 08:00 UTC (09:00 in Berlin); the carrier collects at 08:30 Berlin time
        PickupSchedule early = new PickupSchedule(LocalTime.of(8, 30), ZoneId.of("Europe/Berlin"), PickupSchedule.WORKING_DAYS);
        DelayWatchService watching = rig.watching(DisruptionSignals.NONE,
                Map.of(order.shipments().isEmpty() ? "ups" : order.shipments().getFirst().carrier().value(), early)).watch;
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
}
