package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;
import static io.waybill.application.service.DelayWatchRig.HOUR;
import static io.waybill.application.service.DelayWatchRig.PROMISED_LATEST;
import static io.waybill.application.service.DelayWatchRig.at;
import static io.waybill.application.service.DelayWatchRig.estimate;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.fakes.InMemoryLearnedStatistics;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryShipmentPredictions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.Lane;
import io.waybill.domain.eta.Stage;
import io.waybill.domain.eta.TransitStatistics;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tracking.Milestone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Learning settled deliveries: queued by the watch, learned once settled and only once, in delivery-time order whatever
 * order they arrived in, with how far off the carrier's first estimate was; a replay teaches nothing.
 */
class DeliveryLearningTest {

    private final DelayWatchRig rig = new DelayWatchRig();
    private final InMemoryOrders orders = rig.orders;
    private final MutableClock clock = rig.clock;
    private final InMemoryShipmentPredictions predictions = rig.predictions;
    private final InMemoryLearnedStatistics statistics = rig.statistics;
    private final DelayWatchService watch = rig.watch;
    private final DeliveryLearning learning = rig.learning;
    private final CarrierEstimateService carrierEstimates = rig.carrierEstimates;

    @Test
    void asOfAfterDeliveryTheJourneyIsOverAndNothingIsLearned() {
        Order order = rig.orderWithJourney();
        ShipmentId shipment = order.shipments().getFirst().getId();
        Order loaded = orders.byId(order.getId()).orElseThrow();
        scan(loaded, shipment, Milestone.DELIVERED, at(21));
        orders.save(List.of(loaded));

        ShipmentPrediction delivered = watch.predictionAsOf(shipment, at(21)).orElseThrow();

        assertThat(delivered.status()).isEqualTo("DELIVERED");
        assertThat(delivered.basis()).isEqualTo("journey over");
        assertThat(delivered.p50()).isNull();
        assertThat(delivered.riskLevel()).isEqualTo("NONE");
        assertThat(watch.predictionAsOf(shipment, at(20)).orElseThrow().status()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(statistics.learned()).as("a replay teaches the model nothing").isEmpty();
        assertThat(predictions.all()).as("and stores nothing").isEmpty();

        watch.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        assertThat(statistics.learned()).as("queued, not learned before it settles").isEmpty();
        assertThat(learning.learnSettled(HOUR, 10)).as("delivered at +21 h, now +22 h: not settled for an hour yet").isZero();
        clock.set(at(23));
        assertThat(learning.learnSettled(HOUR, 10)).isOne();
        assertThat(statistics.learned()).as("the settled delivery is learned").isNotEmpty();
        assertThat(learning.learnSettled(HOUR, 10)).as("and only once").isZero();
    }

    @Test
    void aSettledDeliveryAlsoTeachesHowFarOffTheCarriersEstimateWas() {
        Order order = rig.orderWithJourney();
        Shipment shipment = order.shipments().getFirst();
        carrierEstimates.recordEstimates(List.of(estimate(shipment, null, at(18), at(15))));
        // the payload with the delivery scan repeats the estimate, revised: it is not what the carrier promised
        carrierEstimates.recordEstimates(List.of(estimate(shipment, null, at(21), at(21).plusSeconds(5))));
        Order loaded = orders.byId(order.getId()).orElseThrow();
        scan(loaded, shipment.getId(), Milestone.DELIVERED, at(21));
        orders.save(List.of(loaded));
        clock.set(at(21));
        watch.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        clock.set(at(23));

        assertThat(learning.learnSettled(HOUR, 10)).isOne();

        Lane errors = TransitStatistics.estimateErrors(shipment.carrier().value(), shipment.service().code());
        assertThat(statistics.learned()).filteredOn(t -> t.lane().equals(errors)).singleElement()
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
        DelayWatchRig a = new DelayWatchRig(ordersA, clock);
        DelayWatchRig b = new DelayWatchRig(ordersB, clock);
        deliveredA.forEach(o -> a.watch.changed(List.of(o)));
        deliveredB.reversed().forEach(o -> b.watch.changed(List.of(o)));
        clock.set(at(40));

        assertThat(a.learning.learnSettled(HOUR, 10)).isEqualTo(3);
        assertThat(b.learning.learnSettled(HOUR, 10)).isEqualTo(3);

        // the remaining times learned, in the order learned: 10, 11, 12 hours for both
        assertThat(firstValues(a.statistics)).containsExactly(10.0, 11.0, 12.0).isEqualTo(firstValues(b.statistics));
    }

    /**
     * The remaining times the whole-network cell of the hand-over stage holds, in the order it learned them (P² keeps its
     * first five values as they came).
     */
    private static List<Double> firstValues(InMemoryLearnedStatistics statistics) {
        TransitStatistics.Cell cell = statistics.learned().stream().filter(t -> t.slot() == -1 && t.stage() == Stage.IN_TRANSIT
                && t.lane().equals(Lane.network())).reduce((first, second) -> second).orElseThrow().cell();
        double[] heights = cell.p50Estimator().heights();
        return IntStream.range(0, (int) cell.count()).mapToObj(i -> (double) Math.round(heights[i])).toList();
    }
}
