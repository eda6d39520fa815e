package io.waybill.adapters.carriers.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.adapters.carriers.spi.Parsed;
import io.waybill.application.fakes.Await;
import io.waybill.application.fakes.MutableClock;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import io.waybill.domain.eta.DelayRules;
import org.junit.jupiter.api.Test;

/** The simulated carrier as Waybill sees it: through its tracking API and its webhooks, read by its adapter. */
class SimulatedCarrierTest {

    private static final CarrierCode SIM = new CarrierCode("sim");
    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");
    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
    /** A simulated week in about five wall-clock minutes. */
    private static final double SPEED_UP = 2000;

    private final MutableClock clock = new MutableClock(NOW);
    private final SimulatedCarrierAdapter adapter = new SimulatedCarrierAdapter(SIM, Clock.systemUTC());

    private SimulatedCarrier carrier(long seed, boolean wallClockStamps) {
        return new SimulatedCarrier(SimulatedCarrier.DEFAULT_CARRIERS, SPEED_UP, seed, clock, wallClockStamps, null, "token");
    }

    private List<TrackingEvent> ask(SimulatedCarrier carrier, String number) {
        Parsed parsed = adapter.parse(carrier.track(SIM, List.of(number)));
        return parsed.events().stream().map(RecordTrackingEvents.Event::event).sorted(TrackingEvent.CHRONOLOGICAL).toList();
    }

    @Test
    void itsApiShowsEachScanOnceItsMomentHasComeUntilTheJourneyEnds() {
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000042", NOW);
        Shipment shipment = order.shipments().getFirst();
        try (SimulatedCarrier carrier = carrier(42, false)) {
            carrier.shipmentReady(order.getId(), shipment, order.address());
            assertThat(ask(carrier, "SIM000000000042")).as("nothing has happened yet").isEmpty();
            assertThat(carrier.journeysUnderway()).isOne();

            List<Integer> seen = new ArrayList<>();
            for (int minute = 0; minute < 60 * 24 && carrier.journeysUnderway() > 0; minute++) {
                clock.advance(Duration.ofSeconds(1));
                seen.add(ask(carrier, "SIM000000000042").size());
            }
            assertThat(seen).as("scans appear one after another and never go away").isSorted();
            List<TrackingEvent> journey = ask(carrier, "SIM000000000042");

            assertThat(journey.getFirst().milestone()).isEqualTo(Milestone.HANDED_OVER);
            assertThat(journey.getFirst().location().city()).isEqualTo("Berlin");
            assertThat(journey.getFirst().occurredInstant()).as("simulated time runs ahead of the wall clock").isAfter(NOW);
            assertThat(journey.getLast().milestone()).isEqualTo(Milestone.DELIVERED);
            assertThat(journey.getLast().proofOfDelivery()).isNotNull().satisfies(proof -> {
                assertThat(proof.receivedBy()).isNotBlank();
                assertThat(proof.signatureRef()).isEqualTo("sim://signatures/SIM000000000042");
                assertThat(proof.position()).isNotNull();
            });
            assertThat(journey).allSatisfy(event -> {
                assertThat(event.key().source()).hasToString("CARRIER/sim");
                assertThat(event.key().sourceEventId()).startsWith("SIM000000000042:");
                assertThat(event.occurredAt().getOffset()).isEqualTo(GERMANY.getRules().getOffset(event.occurredInstant()));
            });
            assertThat(adapter.parse(carrier.track(SIM, List.of("SIM000000000042"))).estimatedDelivery(
                    new CarrierTrackingNumber("SIM000000000042"))).as("the carrier's own estimate").isPresent();

            journey.forEach(event -> assertThat(order.record(event, shipment.getId(), null)).isEqualTo(Order.Recorded.ACCEPTED));
            assertThat(order.shipments().getFirst().status()).isEqualTo(ShipmentStatus.DELIVERED);
            assertThat(order.timeline()).allSatisfy(item -> assertThat(item.applied()).as(item.note()).isTrue());
        }
    }

    @Test
    void answersTheSameAboutAScanEveryTimeAndTheSameSeedPlaysTheSameJourney() {
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000007", NOW);
        try (SimulatedCarrier first = carrier(7, false); SimulatedCarrier again = carrier(7, false);
                SimulatedCarrier other = carrier(8, false)) {
            for (SimulatedCarrier c : List.of(first, again, other)) {
                c.shipmentReady(order.getId(), order.shipments().getFirst(), order.address());
            }
            clock.advance(Duration.ofDays(1));
            byte[] answer = first.track(SIM, List.of("SIM000000000007"));

            assertThat(first.track(SIM, List.of("SIM000000000007"))).isEqualTo(answer);
            assertThat(again.track(SIM, List.of("SIM000000000007"))).isEqualTo(answer);
            assertThat(other.track(SIM, List.of("SIM000000000007"))).isNotEqualTo(answer);
            assertThat(ask(first, "SIM000000000007")).extracting(e -> e.key().sourceEventId()).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).matches("SIM000000000007:\\d{2}-[A-Z]{2}"));
        }
    }

    @Test
    void wallClockStampsNeverShowTheFuture() {
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000099", NOW);
        try (SimulatedCarrier carrier = carrier(42, true)) {
            carrier.shipmentReady(order.getId(), order.shipments().getFirst(), order.address());
            for (int second = 0; second < 600; second += 7) {
                clock.advance(Duration.ofSeconds(7));
                assertThat(ask(carrier, "SIM000000000099"))
                        .allSatisfy(e -> assertThat(e.occurredInstant()).isBeforeOrEqualTo(clock.instant()).isAfterOrEqualTo(NOW));
            }
            assertThat(ask(carrier, "SIM000000000099")).extracting(TrackingEvent::milestone).contains(Milestone.HANDED_OVER);
        }
    }

    @Test
    void startsTheJourneyAfterPackingEvenWhenPackedAheadOfItsClock() {
        Instant packedAt = NOW.plus(Duration.ofHours(5));
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000005", packedAt);
        try (SimulatedCarrier carrier = carrier(1, false)) {
            carrier.shipmentReady(order.getId(), order.shipments().getFirst(), order.address());
            clock.advance(Duration.ofDays(1));

            assertThat(ask(carrier, "SIM000000000005").getFirst().occurredInstant()).isAfter(packedAt);
        }
    }

    @Test
    void saysWhichNumbersItDoesNotKnowAndIgnoresOtherCarriersShipments() {
        Order ups = ShipmentFixtures.packedOrder("ups", "1Z999AA10123456784", NOW);
        try (SimulatedCarrier carrier = carrier(3, false)) {
            carrier.shipmentReady(ups.getId(), ups.shipments().getFirst(), ups.address());
            assertThat(carrier.journeysUnderway()).isZero();

            Parsed parsed = adapter.parse(carrier.track(SIM, List.of("SIM000000000123")));
            assertThat(parsed.events()).isEmpty();
            assertThat(parsed.warnings()).containsExactly("the carrier does not know tracking number SIM000000000123");
        }
    }

    @Test
    void booksAShipmentOnlyOnce() {
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000011", NOW);
        try (SimulatedCarrier carrier = carrier(11, false)) {
            carrier.shipmentReady(order.getId(), order.shipments().getFirst(), order.address());
            clock.advance(Duration.ofMinutes(1));
            carrier.shipmentReady(order.getId(), order.shipments().getFirst(), order.address());
            clock.advance(Duration.ofDays(1));

            assertThat(ask(carrier, "SIM000000000011").getFirst().occurredInstant())
                    .as("the second booking did not restart the journey").isBefore(NOW.plus(Duration.ofMinutes(1).multipliedBy(2000)));
            assertThat(carrier.journeysUnderway()).isZero();
        }
    }

    @Test
    void pushesEveryScanOnceAndRetriesWhenTheReceiverFails() {
        List<TrackingEvent> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        SimulatedCarrier.Webhook flaky = (carrier, body) -> {
            if (calls.incrementAndGet() % 3 == 1) {
                throw new IllegalStateException("receiver down (" + new String(body, StandardCharsets.UTF_8).length() + " bytes lost)");
            }
            adapter.parse(body).events().forEach(e -> received.add(e.event()));
        };
        Order order = ShipmentFixtures.packedOrder("sim", "SIM000000000013", NOW);
        try (SimulatedCarrier carrier = new SimulatedCarrier(Set.of(SIM), Double.POSITIVE_INFINITY, 13, Clock.systemUTC(), false,
                flaky, "token")) {
            carrier.shipmentReady(order.getId(), order.shipments().getFirst(), order.address());
            Await.until(Duration.ofSeconds(30), "every scan arrived",
                    () -> received.stream().anyMatch(e -> e.milestone() == Milestone.DELIVERED
                            || e.milestone() == Milestone.RETURNED_TO_SENDER || e.milestone() == Milestone.LOST)
                            && received.size() == ask(carrier, "SIM000000000013").size());
            assertThat(received).extracting(e -> e.key().sourceEventId()).doesNotHaveDuplicates();
            assertThat(calls.get()).isGreaterThan(received.size());
        }
    }

    @Test
    void itsWeatherServiceForecastsTheStormsThatHoldItsParcels() {
        try (SimulatedCarrier carrier = carrier(7, true)) {
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String number = String.format("SIM%012d", 7000 + i);
                Order order = ShipmentFixtures.packedOrder("sim", number, NOW);
                carrier.shipmentReady(order.getId(), order.shipments().getFirst(), order.address());
                numbers.add(number);
                clock.advance(Duration.ofSeconds(20)); // a booking every 11 simulated hours: weeks of weather
            }
            clock.advance(Duration.ofMinutes(10));
            List<TrackingEvent> holds = numbers.stream().flatMap(n -> ask(carrier, n).stream())
                    .filter(e -> "weather".equals(e.reason())).toList();

            assertThat(holds).as("some parcels met storms").isNotEmpty();
            for (TrackingEvent hold : holds) {
                // the service, asked at the moment of the hold, reports a storm raging at that hub then
                assertThat(carrier.weatherKnown(hold.occurredInstant())).as("weather known at " + hold.occurredInstant())
                        .anySatisfy(storm -> {
                            assertThat(storm.region()).isEqualTo("DE-" + hold.location().city());
                            assertThat(storm.from()).isBeforeOrEqualTo(hold.occurredInstant());
                            assertThat(storm.until()).isAfter(hold.occurredInstant().minusSeconds(60));
                            assertThat(storm.source()).isEqualTo("simulated weather service");
                        });
            }
            List<DelayRules.Disruption> forecast = carrier.weatherKnown(NOW.plus(Duration.ofMinutes(30)));
            assertThat(forecast).allSatisfy(storm -> {
                assertThat(storm.knownSince()).isBeforeOrEqualTo(NOW.plus(Duration.ofMinutes(30)));
                assertThat(Duration.between(storm.from(), storm.until()))
                        .as("6-18 simulated hours at 2000 times the wall clock").isBetween(Duration.ofMillis(10_800), Duration.ofMillis(32_400));
            });
        }
    }
}
