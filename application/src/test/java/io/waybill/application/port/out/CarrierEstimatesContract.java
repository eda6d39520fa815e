package io.waybill.application.port.out;

import static io.waybill.application.fakes.OrderTestData.T0;
import static io.waybill.application.fakes.OrderTestData.anOrder;
import static io.waybill.application.fakes.OrderTestData.line;
import static io.waybill.application.fakes.OrderTestData.manifest;
import static io.waybill.application.fakes.OrderTestData.pack;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrier;
import static io.waybill.application.fakes.OrderTestData.uniqueCarrierTrackingNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Predictions} store must do with the carriers' delivery estimates: keep the latest report per carrier
 * tracking number whatever order reports arrive in, and find them by shipment (one query for many). Run against the
 * in-memory fake and the PostgreSQL adapter. Extend it, return the stores from {@link #predictions()} and
 * {@link #orders()}. Every carrier and tracking number is fresh, so the tests share nothing in a shared database.
 */
public abstract class CarrierEstimatesContract {

    private static final Duration HOUR = Duration.ofHours(1);

    protected abstract Predictions predictions();

    /** Where the shipments the estimates are matched to are stored. */
    protected abstract Orders orders();

    @Test
    void aLaterReportReplacesTheStoredOneAndAnEarlierOneIsIgnored() {
        Shipment shipment = storedShipment(uniqueCarrier());
        CarrierEstimate first = estimate(shipment, at(30), at(34), at(2));

        predictions().saveCarrierEstimates(List.of(first));
        assertThat(predictions().carrierEstimates(List.of(shipment.getId()))).containsExactly(Map.entry(id(shipment), first));

        CarrierEstimate later = estimate(shipment, null, at(40), at(3));
        predictions().saveCarrierEstimates(List.of(later));
        assertThat(predictions().carrierEstimates(List.of(shipment.getId()))).containsExactly(Map.entry(id(shipment), later));

        predictions().saveCarrierEstimates(List.of(estimate(shipment, at(20), at(24), at(1)),
                estimate(shipment, at(50), at(54), at(3))));
        assertThat(predictions().carrierEstimates(List.of(shipment.getId()))).as("older, or as old: the stored one stays")
                .containsExactly(Map.entry(id(shipment), later));
    }

    @Test
    void theFirstReportIsKeptBesideTheLatestWhateverOrderTheyArriveIn() {
        Shipment shipment = storedShipment(uniqueCarrier());
        CarrierEstimate second = estimate(shipment, null, at(30), at(2));
        CarrierEstimate third = estimate(shipment, null, at(34), at(3));
        CarrierEstimate first = estimate(shipment, at(20), at(28), at(1));

        predictions().saveCarrierEstimates(List.of(second));
        predictions().saveCarrierEstimates(List.of(third));
        assertThat(predictions().firstCarrierEstimates(List.of(shipment.getId())).get(id(shipment)).latest()).isEqualTo(at(30));
        predictions().saveCarrierEstimates(List.of(first)); // reported first, arriving last

        CarrierEstimate kept = predictions().firstCarrierEstimates(List.of(shipment.getId())).get(id(shipment));
        assertThat(kept.latest()).isEqualTo(at(28));
        assertThat(kept.reportedAt()).isEqualTo(at(1));
        assertThat(predictions().carrierEstimates(List.of(shipment.getId()))).as("the latest is still the latest")
                .containsExactly(Map.entry(id(shipment), third));
        assertThat(predictions().firstCarrierEstimates(List.of())).isEmpty();
    }

    @Test
    void withinOneSaveTheLatestReportWinsWhateverItsPlace() {
        Shipment shipment = storedShipment(uniqueCarrier());
        CarrierEstimate newest = estimate(shipment, null, at(44), at(5));

        predictions().saveCarrierEstimates(List.of(estimate(shipment, null, at(40), at(4)), newest,
                estimate(shipment, null, at(42), at(3))));

        assertThat(predictions().carrierEstimates(List.of(shipment.getId()))).containsExactly(Map.entry(id(shipment), newest));
    }

    @Test
    void estimatesAreFoundByShipmentThroughItsCarrierAndTrackingNumber() {
        CarrierCode carrier = uniqueCarrier();
        Shipment one = storedShipment(carrier);
        Shipment two = storedShipment(carrier);
        Shipment without = storedShipment(carrier);
        CarrierEstimate ofOne = estimate(one, at(30), at(34), at(2));
        CarrierEstimate ofTwo = estimate(two, null, at(50), at(3));
        // the same tracking number at another carrier, and a number no shipment has (yet)
        CarrierEstimate otherCarrier = new CarrierEstimate(uniqueCarrier(), without.carrierTrackingNumber(), null, at(60), at(2));
        CarrierEstimate noShipment = new CarrierEstimate(carrier, uniqueCarrierTrackingNumber(), null, at(60), at(2));

        predictions().saveCarrierEstimates(List.of(ofOne, ofTwo, otherCarrier, noShipment));

        assertThat(predictions().carrierEstimates(List.of(one.getId(), two.getId(), without.getId(), new ShipmentId(UUID.randomUUID()))))
                .containsOnly(Map.entry(id(one), ofOne), Map.entry(id(two), ofTwo));
        assertThat(predictions().carrierEstimates(List.of())).isEmpty();
    }

    @Test
    void estimatesReportedBeforeTheRetentionAreForgottenAndLaterOnesKept() {
        Shipment old = storedShipment(uniqueCarrier());
        Shipment recent = storedShipment(uniqueCarrier());
        CarrierEstimate longAgo = estimate(old, null, at(-24 * 400 + 30), at(-24 * 400));
        CarrierEstimate lately = estimate(recent, null, at(30), at(2));
        predictions().saveCarrierEstimates(List.of(longAgo, lately));

        int forgotten = predictions().forgetCarrierEstimates(at(-24 * 300), 1000);

        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(predictions().carrierEstimates(List.of(old.getId(), recent.getId())))
                .containsOnly(Map.entry(id(recent), lately));
        assertThat(predictions().forgetCarrierEstimates(at(-24 * 300), 1000)).as("nothing old is left").isZero();
    }

    private Shipment storedShipment(CarrierCode carrier) {
        Order order = anOrder().confirmed();
        ShipmentId id = pack(order, manifest(carrier, uniqueCarrierTrackingNumber(), line("MUG-BLUE", 2)), T0);
        orders().save(List.of(order));
        return order.shipment(id).orElseThrow();
    }

    private static CarrierEstimate estimate(Shipment shipment, Instant earliest, Instant latest, Instant reportedAt) {
        return new CarrierEstimate(shipment.carrier(), shipment.carrierTrackingNumber(), earliest, latest, reportedAt);
    }

    private static UUID id(Shipment shipment) {
        return shipment.getId().value();
    }

    private static Instant at(int hours) {
        return T0.plus(HOUR.multipliedBy(hours));
    }

    @Test
    void deliveriesToLearnAreHandedOutOnceInDeliveryTimeOrderWhateverOrderTheyWereQueuedIn() {
        // in 1985, so that no other test's deliveries are due before the cut-offs used here
        Instant day = Instant.parse("1985-01-01T10:00:00Z");
        Predictions.DeliveryToLearn a = delivery(day.plus(Duration.ofDays(2)));
        Predictions.DeliveryToLearn b = delivery(day);
        Predictions.DeliveryToLearn c = delivery(day.plus(Duration.ofDays(1)));
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        predictions().queueLearning(List.of(a, b), now);
        predictions().queueLearning(List.of(c, a), now);

        assertThat(predictions().claimDeliveriesToLearn(day.plus(Duration.ofHours(36)), 10, now)).containsExactly(b, c);
        assertThat(predictions().claimDeliveriesToLearn(day.plus(Duration.ofHours(36)), 10, now)).as("handed out once").isEmpty();
        assertThat(predictions().claimDeliveriesToLearn(day.plus(Duration.ofDays(3)), 10, now)).containsExactly(a);
        predictions().queueLearning(List.of(a), now);
        assertThat(predictions().claimDeliveriesToLearn(day.plus(Duration.ofDays(3)), 10, now)).as("queued again: still learned")
                .isEmpty();
    }

    private static Predictions.DeliveryToLearn delivery(Instant deliveredAt) {
        return new Predictions.DeliveryToLearn(new io.waybill.domain.order.ShipmentId(java.util.UUID.randomUUID()),
                new io.waybill.domain.order.OrderId(java.util.UUID.randomUUID()), deliveredAt);
    }
}
