package io.waybill.adapters.carriers.simulated;

import io.waybill.application.fakes.Await;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatedCarrierTest {

    /** Four simulated days in about 35 ms. */
    private static final double FAST = 10_000_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    private final RecordingTrackingEvents events = new RecordingTrackingEvents();

    private static SimulatedCarrier carrier(RecordTrackingEvents port, long seed) {
        return new SimulatedCarrier(port, SimulatedCarrier.DEFAULT_CARRIERS, FAST, seed, CLOCK);
    }

    @Test
    void drivesAShipmentToDeliveryWithProofInChronologicalOrder() {
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000042", NOW);
        Shipment shipment = order.shipments().getFirst();
        try (SimulatedCarrier carrier = carrier(events, 42)) {
            carrier.shipmentReady(order.getId(), shipment);
            Await.until(TIMEOUT, "the shipment is delivered", events::delivered);

            List<TrackingEvent> journey = events.trackingEvents();
            assertThat(journey.getFirst().milestone()).isEqualTo(Milestone.HANDED_OVER);
            assertThat(journey.getFirst().location().city()).isEqualTo("Berlin");
            assertThat(journey.getLast().milestone()).isEqualTo(Milestone.DELIVERED);
            assertThat(journey.getLast().proofOfDelivery()).isNotNull().satisfies(proof -> {
                assertThat(proof.receivedBy()).isNotBlank();
                assertThat(proof.signatureRef()).isEqualTo("sim://signatures/SIM000000000042");
                assertThat(proof.position()).isNotNull();
            });
            assertThat(journey).extracting(TrackingEvent::occurredInstant).isSorted().doesNotHaveDuplicates();
            assertThat(journey.getFirst().occurredInstant()).isAfter(NOW);
            assertThat(journey).extracting(TrackingEvent::milestone).contains(Milestone.IN_TRANSIT, Milestone.OUT_FOR_DELIVERY);
            assertThat(journey).allSatisfy(event -> {
                assertThat(event.key().source()).hasToString("CARRIER/sim");
                assertThat(event.key().sourceEventId()).startsWith("SIM000000000042:");
                assertThat(event.rawCode()).isNotBlank();
                assertThat(event.rawText()).isNotBlank();
                assertThat(event.occurredAt().getOffset()).isEqualTo(GERMANY.getRules().getOffset(event.occurredInstant()));
            });
            assertThat(events.events()).allSatisfy(e -> {
                assertThat(e.trackingId()).isNull();
                assertThat(e.carrier()).isEqualTo(new CarrierCode("sim"));
                assertThat(e.carrierTrackingNumber()).isEqualTo(new CarrierTrackingNumber("SIM000000000042"));
            });
            Await.until(TIMEOUT, "the journey is over", () -> carrier.journeysUnderway() == 0);

            journey.forEach(event -> assertThat(order.record(event, shipment.getId(), null)).isEqualTo(Order.Recorded.ACCEPTED));
            assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
            assertThat(order.shipments().getFirst().status()).isEqualTo(ShipmentStatus.DELIVERED);
            assertThat(order.shipments().getFirst().proofOfDelivery()).isEqualTo(journey.getLast().proofOfDelivery());
            assertThat(order.timeline()).allSatisfy(item -> assertThat(item.applied()).as(item.note()).isTrue());
        }
    }

    @Test
    void wallClockStampsNeverShowTheFuture() {
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000099", NOW);
        try (SimulatedCarrier carrier = new SimulatedCarrier(events, SimulatedCarrier.DEFAULT_CARRIERS, FAST, 42, CLOCK, true)) {
            carrier.shipmentReady(order.getId(), order.shipments().getFirst());
            Await.until(TIMEOUT, "the shipment is delivered", events::delivered);
            assertThat(events.trackingEvents()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.occurredAt().toInstant()).isEqualTo(NOW))
                    .anySatisfy(e -> assertThat(e.occurredAt().getOffset().getTotalSeconds()).isNotZero());
        }
    }

    @Test
    void theSameSeedPlaysTheSameJourneyWithUniqueStableIds() {
        List<String> first = run(7, "SIM000000000007");
        List<String> second = run(7, "SIM000000000007");
        List<String> otherSeed = run(8, "SIM000000000007");

        assertThat(first).isNotEmpty().isEqualTo(second).isNotEqualTo(otherSeed);
        List<String> ids = first.stream().map(line -> line.split(" ")[0]).toList();
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("SIM000000000007:\\d{2}-[A-Z]{2}"));
    }

    private static List<String> run(long seed, String trackingNumber) {
        RecordingTrackingEvents recorded = new RecordingTrackingEvents();
        Order order = ShipmentFixtures.packedOrder("sim", trackingNumber, NOW);
        try (SimulatedCarrier carrier = carrier(recorded, seed)) {
            carrier.shipmentReady(order.getId(), order.shipments().getFirst());
            Await.until(TIMEOUT, "the shipment is delivered", recorded::delivered);
        }
        return recorded.trackingEvents().stream()
                .map(e -> e.key().sourceEventId() + " " + e.milestone() + " " + e.occurredAt() + " " + e.location())
                .toList();
    }

    @Test
    void startsTheJourneyAfterPackingEvenWhenPackedAheadOfItsClock() {
        Instant packedAt = NOW.plus(Duration.ofHours(5));
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000005", packedAt);
        try (SimulatedCarrier carrier = carrier(events, 1)) {
            carrier.shipmentReady(order.getId(), order.shipments().getFirst());
            Await.until(TIMEOUT, "the shipment is delivered", events::delivered);

            assertThat(events.trackingEvents().getFirst().occurredInstant()).isAfter(packedAt);
        }
    }

    @Test
    void ignoresShipmentsOfCarriersItDoesNotServe() {
        Order ups = ShipmentFixtures.packedOrder("ups", "1Z999AA10123456784", NOW);
        Order express = ShipmentFixtures.packedOrder("sim-express", "SIM000000000099", NOW);
        try (SimulatedCarrier carrier = new SimulatedCarrier(events, Set.of(new CarrierCode("sim-express")), FAST, 3, CLOCK)) {
            carrier.shipmentReady(ups.getId(), ups.shipments().getFirst());
            assertThat(carrier.journeysUnderway()).isZero();

            carrier.shipmentReady(express.getId(), express.shipments().getFirst());
            Await.until(TIMEOUT, "the express shipment is delivered", events::delivered);
            Await.pause(Duration.ofMillis(100));

            assertThat(events.events()).allSatisfy(e -> {
                assertThat(e.carrier()).isEqualTo(new CarrierCode("sim-express"));
                assertThat(e.event().key().source()).hasToString("CARRIER/sim-express");
            });
        }
    }

    @Test
    void startsAShipmentOnlyOnce() {
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000011", NOW);
        try (SimulatedCarrier carrier = carrier(events, 11)) {
            carrier.shipmentReady(order.getId(), order.shipments().getFirst());
            carrier.shipmentReady(order.getId(), order.shipments().getFirst());
            Await.until(TIMEOUT, "the journey is over", () -> events.delivered() && carrier.journeysUnderway() == 0);

            assertThat(events.trackingEvents()).extracting(e -> e.key().sourceEventId()).doesNotHaveDuplicates();
        }
    }

    @Test
    void keepsDrivingWhenTheApplicationRejectsItsScans() {
        RecordingTrackingEvents rejecting = new RecordingTrackingEvents(EventOutcome.Result.REJECTED);
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000013", NOW);
        try (SimulatedCarrier carrier = carrier(rejecting, 13)) {
            carrier.shipmentReady(order.getId(), order.shipments().getFirst());
            Await.until(TIMEOUT, "the shipment is delivered", rejecting::delivered);

            assertThat(rejecting.trackingEvents().getFirst().milestone()).isEqualTo(Milestone.HANDED_OVER);
        }
    }

    @Test
    void stopsWhenClosed() {
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000017", NOW);
        SimulatedCarrier carrier = new SimulatedCarrier(events, SimulatedCarrier.DEFAULT_CARRIERS, 1, 17, CLOCK);
        carrier.shipmentReady(order.getId(), order.shipments().getFirst());
        carrier.close();
        carrier.shipmentReady(order.getId(), order.shipments().getFirst());

        assertThat(events.events()).isEmpty();
        assertThat(carrier.journeysUnderway()).isZero();
    }
}
