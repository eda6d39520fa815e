package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.scan;
import static io.waybill.application.fakes.OrderTestData.wholeOrderManifest;

import io.waybill.application.fakes.InMemoryCarrierEstimates;
import io.waybill.application.fakes.InMemoryDeviceReadings;
import io.waybill.application.fakes.InMemoryDevices;
import io.waybill.application.fakes.InMemoryGeofences;
import io.waybill.application.fakes.InMemoryLearnedStatistics;
import io.waybill.application.fakes.InMemoryLearningQueue;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryShipmentPredictions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.out.DisruptionSignals;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.eta.PickupSchedule;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tracking.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The delay watch as bootstrap wires it, on in-memory stores: one model shared by the watch (and its replay) and the
 * learning, beside the carrier-estimate service. The model starts empty, so every estimate is the static transit time.
 */
final class DelayWatchRig {

    static final Duration HOUR = Duration.ofHours(1);
    static final Instant PROMISED_LATEST = T0.plus(Duration.ofDays(3));

    final InMemoryOrders orders;
    final MutableClock clock;
    final InMemoryShipmentPredictions predictions;
    final InMemoryCarrierEstimates estimates;
    final InMemoryLearnedStatistics statistics;
    final InMemoryLearningQueue queue;
    final DeliveryLearning learning;
    final DelayWatchService watch;
    final CarrierEstimateService carrierEstimates;
    final InMemoryDevices devices = new InMemoryDevices();
    final InMemoryDeviceReadings readings = new InMemoryDeviceReadings(Duration.ofDays(90));
    final InMemoryGeofences geofences = new InMemoryGeofences();

    /** Fresh stores, no disruptions, no pickup schedules; the clock at +22 h. */
    DelayWatchRig() {
        this(new InMemoryOrders(), new MutableClock(T0.plus(HOUR.multipliedBy(22))));
    }

    DelayWatchRig(InMemoryOrders orders, MutableClock clock) {
        this(orders, clock, new InMemoryShipmentPredictions(), new InMemoryCarrierEstimates(orders), new InMemoryLearnedStatistics(),
                new InMemoryLearningQueue(), DisruptionSignals.NONE, Map.of());
    }

    private DelayWatchRig(InMemoryOrders orders, MutableClock clock, InMemoryShipmentPredictions predictions,
            InMemoryCarrierEstimates estimates, InMemoryLearnedStatistics statistics, InMemoryLearningQueue queue,
            DisruptionSignals disruptions, Map<String, PickupSchedule> pickups) {
        this.orders = orders;
        this.clock = clock;
        this.predictions = predictions;
        this.estimates = estimates;
        this.statistics = statistics;
        this.queue = queue;
        DelayModel model = new DelayModel(statistics, pickups);
        this.learning = new DeliveryLearning(model, queue, orders, estimates, statistics, clock);
        this.watch = new DelayWatchService(model, predictions, estimates, orders, disruptions, learning,
                new Approaches(devices, readings, geofences), clock);
        this.carrierEstimates = new CarrierEstimateService(estimates, clock);
    }

    /** Another watch on the same stores and clock, with these disruption signals and pickup schedules. */
    DelayWatchRig watching(DisruptionSignals disruptions, Map<String, PickupSchedule> pickups) {
        return new DelayWatchRig(orders, clock, predictions, estimates, statistics, queue, disruptions, pickups);
    }

    /** Packed at +1 h, handed over at +2 h, in transit at +10 h, out for delivery at +20 h; promised by +3 days. */
    Order orderWithJourney() {
        Order order = anOrder().placedAt(T0).promise(new DeliveryPromise(T0.plus(Duration.ofDays(2)), PROMISED_LATEST)).confirmed();
        ShipmentId shipment = pack(order, wholeOrderManifest(), at(1));
        scan(order, shipment, Milestone.HANDED_OVER, at(2));
        scan(order, shipment, Milestone.IN_TRANSIT, at(10));
        scan(order, shipment, Milestone.OUT_FOR_DELIVERY, at(20));
        orders.save(List.of(order));
        return order;
    }

    static CarrierEstimate estimate(Shipment shipment, Instant earliest, Instant latest, Instant reportedAt) {
        return new CarrierEstimate(shipment.carrier(), shipment.carrierTrackingNumber(), earliest, latest, reportedAt);
    }

    static Instant at(int hours) {
        return T0.plus(HOUR.multipliedBy(hours));
    }
}
