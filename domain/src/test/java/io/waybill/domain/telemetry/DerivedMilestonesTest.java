package io.waybill.domain.telemetry;

import static io.waybill.domain.telemetry.GeofenceFixtures.HUB;
import static io.waybill.domain.telemetry.GeofenceFixtures.KASSEL;
import static io.waybill.domain.telemetry.GeofenceFixtures.T0;
import static io.waybill.domain.telemetry.GeofenceFixtures.VAN;
import static io.waybill.domain.telemetry.GeofenceFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.telemetry.FenceCrossings.Crossing;
import io.waybill.domain.telemetry.FenceCrossings.Kind;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedMilestonesTest {

    private static final Crossing ARRIVED = new Crossing(HUB.id(), Kind.ARRIVAL, T0.plusSeconds(600));
    private static final Crossing LEFT = new Crossing(HUB.id(), Kind.DEPARTURE, T0.plusSeconds(4_200));

    private static List<TrackingEvent> derive(boolean destination, List<TrackingEvent> timeline, Crossing... crossings) {
        return DerivedMilestones.of(VAN, HUB, destination, List.of(crossings), timeline, T0.plusSeconds(5_000));
    }

    @Test
    void aSilentCarrierGetsDerivedStepsAtTheFence() {
        List<TrackingEvent> steps = derive(false, List.of(), ARRIVED, LEFT);

        assertThat(steps).extracting(TrackingEvent::rawCode).containsExactly(DerivedMilestones.ARRIVAL, DerivedMilestones.DEPARTURE);
        TrackingEvent arrival = steps.getFirst();
        assertThat(arrival.derived()).isTrue();
        assertThat(arrival.key().source().type()).isEqualTo(SourceType.DEVICE);
        assertThat(arrival.milestone()).isEqualTo(Milestone.IN_TRANSIT);
        assertThat(arrival.occurredInstant()).isEqualTo(ARRIVED.at());
        assertThat(arrival.location()).isEqualTo(new Location("Hub Kassel", "Kassel", "DE", KASSEL));
        assertThat(arrival.rawText()).isEqualTo("Arrived at Hub Kassel (derived from the positions of device VAN-7)");
    }

    @Test
    void theSameCrossingIsTheSameStepWheneverDerived() {
        TrackingEvent once = derive(false, List.of(), ARRIVED).getFirst();
        TrackingEvent again = DerivedMilestones.of(VAN, HUB, false, List.of(ARRIVED), List.of(), T0.plusSeconds(9_999)).getFirst();
        assertThat(again.key()).isEqualTo(once.key());
        assertThat(derive(false, List.of(), LEFT).getFirst().key()).isNotEqualTo(once.key());
        assertThat(DerivedMilestones.of(new DeviceId("VAN-8"), HUB, false, List.of(ARRIVED), List.of(), T0).getFirst().key())
                .isNotEqualTo(once.key());
    }

    @Test
    void aCarrierScanAtTheHubAroundThatTimeComesFirst() {
        TrackingEvent scanned = scan("1", Milestone.IN_TRANSIT, "Arrived at facility", 900, new Location("KASSEL HUB", null, "DE",
                new GeoPoint(51.318, 9.49))); // ~900 m off the fence's centre
        assertThat(derive(false, List.of(scanned), ARRIVED, LEFT)).extracting(TrackingEvent::rawCode)
                .containsExactly(DerivedMilestones.DEPARTURE); // the scan said arrival; the departure is still unscanned

        TrackingEvent byCode = scan("2", Milestone.IN_TRANSIT, "Processed", 1_200, new Location("dekSF", null, null, null));
        assertThat(derive(false, List.of(byCode), ARRIVED, LEFT)).isEmpty(); // says neither: stands for both

        TrackingEvent departed = scan("3", Milestone.IN_TRANSIT, "Departed facility", 4_000, new Location(null, "Kassel", "DE", null));
        assertThat(derive(false, List.of(departed), ARRIVED, LEFT)).extracting(TrackingEvent::rawCode)
                .containsExactly(DerivedMilestones.ARRIVAL);
    }

    @Test
    void aScanElsewhereOrAtAnotherTimeDoesNotStandForTheCrossing() {
        TrackingEvent elsewhere = scan("1", Milestone.IN_TRANSIT, "Arrived", 600, new Location("Hub Hamburg", "Hamburg", "DE",
                new GeoPoint(53.55, 10.0)));
        TrackingEvent later = scan("2", Milestone.IN_TRANSIT, "Arrived", 600 + 3 * 3_600, new Location("Hub Kassel", null, null, null));
        assertThat(derive(false, List.of(elsewhere, later), ARRIVED)).hasSize(1);
    }

    @Test
    void derivedStepsOnTheTimelineDoNotSuppressEachOther() {
        TrackingEvent earlierDerived = derive(false, List.of(), ARRIVED).getFirst();
        assertThat(derive(false, List.of(earlierDerived), ARRIVED, LEFT)).hasSize(2);
    }

    @Test
    void atTheDestinationItIsAnArrivalInItsAreaUnlessTheCarrierHasItOnTheRound() {
        TrackingEvent arrival = derive(true, List.of(), ARRIVED).getFirst();
        assertThat(arrival.rawCode()).isEqualTo(DerivedMilestones.ARRIVAL_AT_DESTINATION);
        assertThat(arrival.milestone()).isEqualTo(Milestone.IN_TRANSIT); // never DELIVERED: no proof of delivery
        assertThat(arrival.rawText()).startsWith("Arrived in the destination's area at Hub Kassel");

        TrackingEvent onTheRound = scan("1", Milestone.OUT_FOR_DELIVERY, null, 0, null);
        assertThat(derive(true, List.of(onTheRound), ARRIVED)).isEmpty();
    }

    @Test
    void nothingIsDerivedAfterTheShipmentsFinalScan() {
        TrackingEvent delivered = scan("9", Milestone.DELIVERED, null, 3_000, new Location(null, "Berlin", "DE", null));
        assertThat(derive(false, List.of(delivered), ARRIVED, LEFT)).extracting(TrackingEvent::rawCode)
                .containsExactly(DerivedMilestones.ARRIVAL);
    }
}
