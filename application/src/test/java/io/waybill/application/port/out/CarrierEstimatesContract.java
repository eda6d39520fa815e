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
 * What every {@link CarrierEstimates} store must do: keep the latest report per carrier tracking number whatever order
 * reports arrive in, and find them by shipment (one query for many). Run against the in-memory fake and the PostgreSQL
 * adapter. Extend it, return the stores from {@link #estimates()} and {@link #orders()}. Every carrier and tracking
 * number is fresh, so the tests share nothing in a shared database.
 */
public abstract class CarrierEstimatesContract implements InDefaultTenant {

    private static final Duration HOUR = Duration.ofHours(1);

    protected abstract CarrierEstimates estimates();

    /** Where the shipments the estimates are matched to are stored. */
    protected abstract Orders orders();

    @Test
    void aLaterReportReplacesTheStoredOneAndAnEarlierOneIsIgnored() {
        Shipment shipment = storedShipment(uniqueCarrier());
        CarrierEstimate first = estimate(shipment, at(30), at(34), at(2));

        estimates().save(List.of(first));
        assertThat(estimates().latest(List.of(shipment.getId()))).containsExactly(Map.entry(id(shipment), first));

        CarrierEstimate later = estimate(shipment, null, at(40), at(3));
        estimates().save(List.of(later));
        assertThat(estimates().latest(List.of(shipment.getId()))).containsExactly(Map.entry(id(shipment), later));

        estimates().save(List.of(estimate(shipment, at(20), at(24), at(1)),
                estimate(shipment, at(50), at(54), at(3))));
        assertThat(estimates().latest(List.of(shipment.getId()))).as("older, or as old: the stored one stays")
                .containsExactly(Map.entry(id(shipment), later));
    }

    @Test
    void theFirstReportIsKeptBesideTheLatestWhateverOrderTheyArriveIn() {
        Shipment shipment = storedShipment(uniqueCarrier());
        CarrierEstimate second = estimate(shipment, null, at(30), at(2));
        CarrierEstimate third = estimate(shipment, null, at(34), at(3));
        CarrierEstimate first = estimate(shipment, at(20), at(28), at(1));

        estimates().save(List.of(second));
        estimates().save(List.of(third));
        assertThat(estimates().first(List.of(shipment.getId())).get(id(shipment)).latest()).isEqualTo(at(30));
        estimates().save(List.of(first)); // reported first, arriving last

        CarrierEstimate kept = estimates().first(List.of(shipment.getId())).get(id(shipment));
        assertThat(kept.latest()).isEqualTo(at(28));
        assertThat(kept.reportedAt()).isEqualTo(at(1));
        assertThat(estimates().latest(List.of(shipment.getId()))).as("the latest is still the latest")
                .containsExactly(Map.entry(id(shipment), third));
        assertThat(estimates().first(List.of())).isEmpty();
    }

    @Test
    void withinOneSaveTheLatestReportWinsWhateverItsPlace() {
        Shipment shipment = storedShipment(uniqueCarrier());
        CarrierEstimate newest = estimate(shipment, null, at(44), at(5));

        estimates().save(List.of(estimate(shipment, null, at(40), at(4)), newest,
                estimate(shipment, null, at(42), at(3))));

        assertThat(estimates().latest(List.of(shipment.getId()))).containsExactly(Map.entry(id(shipment), newest));
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

        estimates().save(List.of(ofOne, ofTwo, otherCarrier, noShipment));

        assertThat(estimates().latest(List.of(one.getId(), two.getId(), without.getId(), new ShipmentId(UUID.randomUUID()))))
                .containsOnly(Map.entry(id(one), ofOne), Map.entry(id(two), ofTwo));
        assertThat(estimates().latest(List.of())).isEmpty();
    }

    @Test
    void estimatesReportedBeforeTheRetentionAreForgottenAndLaterOnesKept() {
        Shipment old = storedShipment(uniqueCarrier());
        Shipment recent = storedShipment(uniqueCarrier());
        CarrierEstimate longAgo = estimate(old, null, at(-24 * 400 + 30), at(-24 * 400));
        CarrierEstimate lately = estimate(recent, null, at(30), at(2));
        estimates().save(List.of(longAgo, lately));

        int forgotten = estimates().forget(at(-24 * 300), 1000);

        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(estimates().latest(List.of(old.getId(), recent.getId())))
                .containsOnly(Map.entry(id(recent), lately));
        assertThat(estimates().forget(at(-24 * 300), 1000)).as("nothing old is left").isZero();
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

    private static ShipmentId id(Shipment shipment) {
        return shipment.getId();
    }

    private static Instant at(int hours) {
        return T0.plus(HOUR.multipliedBy(hours));
    }
}
