package io.waybill.application.service;

import static io.waybill.application.fakes.OrderTestData.DHL;
import static io.waybill.application.service.DelayWatchRig.at;
import static io.waybill.application.service.DelayWatchRig.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waybill.application.fakes.InMemoryCarrierEstimates;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.fakes.InMemoryShipmentPredictions;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.EtaEstimator;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recording the carriers' own estimates: the latest report wins whatever order reports arrive in, it is the ETA while
 * nothing is learned, an estimate of another carrier's number or of no shipment is not used, and old ones are forgotten.
 */
class CarrierEstimateServiceTest {

    private final DelayWatchRig rig = new DelayWatchRig();
    private final InMemoryOrders orders = rig.orders;
    private final MutableClock clock = rig.clock;
    private final InMemoryShipmentPredictions predictions = rig.predictions;
    private final InMemoryCarrierEstimates estimates = rig.estimates;
    private final DelayWatchService watch = rig.watch;
    private final CarrierEstimateService carrierEstimates = rig.carrierEstimates;

    @Test
    void carrierEstimatesReportedLongerAgoThanTheRetentionAreForgotten() {
        Order order = rig.orderWithJourney();
        Shipment shipment = order.shipments().getFirst();
        carrierEstimates.recordEstimates(List.of(estimate(shipment, null, at(30), at(21))));

        clock.set(at(21).plus(Duration.ofDays(89)));
        assertThat(carrierEstimates.forgetCarrierEstimates(Duration.ofDays(90), 100)).isZero();
        assertThat(estimates.latest(List.of(shipment.getId()))).hasSize(1);

        clock.set(at(21).plus(Duration.ofDays(91)));
        assertThat(carrierEstimates.forgetCarrierEstimates(Duration.ofDays(90), 100)).isEqualTo(1);
        assertThat(estimates.latest(List.of(shipment.getId()))).isEmpty();
    }

    @Test
    void withNothingLearnedTheCarriersLatestEstimateIsTheEtaAndAnOlderReportNeverReplacesIt() {
        Order order = rig.orderWithJourney();
        Shipment shipment = order.shipments().getFirst();

        carrierEstimates.recordEstimates(List.of(estimate(shipment, at(26), at(30), at(21))));
        watch.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        ShipmentPrediction first = predictions.of(shipment.getId()).orElseThrow();
        assertThat(first.basis()).startsWith("the carrier's own estimate");
        assertThat(first.p50()).isEqualTo(at(30));
        assertThat(first.p90()).isEqualTo(at(30).plus(EtaEstimator.CARRIER_ESTIMATE_SPREAD));

        carrierEstimates.recordEstimates(List.of(estimate(shipment, at(32), at(34), at(22))));
        watch.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        assertThat(predictions.of(shipment.getId()).orElseThrow().p50()).as("a later report replaces the earlier").isEqualTo(at(34));

        carrierEstimates.recordEstimates(List.of(estimate(shipment, null, at(40), at(21).plus(Duration.ofMinutes(30)))));
        watch.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        assertThat(predictions.of(shipment.getId()).orElseThrow().p50()).as("an older report arriving late is ignored")
                .isEqualTo(at(34));

        clock.set(at(23));
        carrierEstimates.recordEstimates(List.of(estimate(shipment, null, at(44), at(22).plusSeconds(1)),
                estimate(shipment, null, at(50), at(22).plusSeconds(2)), estimate(shipment, null, at(46), at(22))));
        watch.changed(List.of(orders.byId(order.getId()).orElseThrow()));
        assertThat(predictions.of(shipment.getId()).orElseThrow().p50()).as("the latest report of a batch, whatever its place")
                .isEqualTo(at(50));
    }

    @Test
    void anEstimateOfAnotherCarriersNumberOrOfNoShipmentIsNotUsed() {
        Order order = rig.orderWithJourney();
        Shipment shipment = order.shipments().getFirst();
        carrierEstimates.recordEstimates(List.of(
                new CarrierEstimate(DHL, shipment.carrierTrackingNumber(), null, at(30), at(21)),
                new CarrierEstimate(shipment.carrier(), new CarrierTrackingNumber("1ZNOSUCHSHIPMENT"), null, at(30), at(21))));

        watch.changed(List.of(orders.byId(order.getId()).orElseThrow()));

        assertThat(predictions.of(shipment.getId()).orElseThrow().basis()).startsWith("a static transit time");
        assertThatThrownBy(() -> carrierEstimates.recordEstimates(Arrays.asList((CarrierEstimate) null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("estimate"));
    }
}
