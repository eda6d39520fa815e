package io.waybill.domain.order;

import static io.waybill.domain.order.OrderFixtures.CARRIER;
import static io.waybill.domain.order.OrderFixtures.T0;
import static io.waybill.domain.order.OrderFixtures.WMS;
import static io.waybill.domain.order.OrderFixtures.line;
import static io.waybill.domain.order.OrderFixtures.manifest;
import static io.waybill.domain.order.OrderFixtures.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.domain.shared.EventRejectedException;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingEvent;
import io.waybill.domain.tracking.TrackingId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: any arrival order of the same events, with any duplicates, yields the same status, the
 * same shipments and the same chronological timeline. Each trial draws a random journey (random
 * milestones, times, UTC offsets, split shipments), then records it in many random arrival orders.
 */
class TimelineDerivationPropertyTest {

    private static final int JOURNEYS = 300;
    private static final int ARRIVAL_ORDERS = 20;
    private static final List<Milestone> CARRIER_MILESTONES = List.of(Milestone.HANDED_OVER, Milestone.IN_TRANSIT,
            Milestone.OUT_FOR_DELIVERY, Milestone.DELIVERY_ATTEMPT_FAILED, Milestone.AVAILABLE_FOR_PICKUP, Milestone.HELD,
            Milestone.DELIVERED, Milestone.RETURNED_TO_SENDER, Milestone.LOST);

    record Arrival(TrackingEvent event, int shipmentIndex, PackingManifest manifest) {
    }

    @Test
    void statusAndTimelineDoNotDependOnArrivalOrderOrDuplicates() {
        for (long seed = 1; seed <= JOURNEYS; seed++) {
            Random random = new Random(seed);
            List<Arrival> journey = randomJourney(random);
            Order reference = recordAll(journey);
            for (int trial = 0; trial < ARRIVAL_ORDERS; trial++) {
                List<Arrival> shuffled = new ArrayList<>(journey);
                for (int d = random.nextInt(journey.size()); d > 0; d--) {
                    shuffled.add(journey.get(random.nextInt(journey.size())));
                }
                Collections.shuffle(shuffled, random);
                Order other = recordAll(shuffled);
                assertThat(other.status()).as("seed %d trial %d", seed, trial).isEqualTo(reference.status());
                assertThat(other.statusReason()).as("seed %d", seed).isEqualTo(reference.statusReason());
                assertThat(snapshot(other)).as("seed %d trial %d", seed, trial).isEqualTo(snapshot(reference));
                assertThat(other.timeline()).as("seed %d trial %d", seed, trial).isEqualTo(reference.timeline());
            }
        }
    }

    @Test
    void timelineIsChronologicalAndFreeOfDuplicates() {
        for (long seed = 1; seed <= JOURNEYS; seed++) {
            Random random = new Random(seed);
            List<Arrival> journey = randomJourney(random);
            List<Arrival> doubled = new ArrayList<>(journey);
            doubled.addAll(journey);
            Collections.shuffle(doubled, random);
            Order order = recordAll(doubled);
            List<TimelineItem> timeline = order.timeline();
            assertThat(timeline).hasSize(journey.size() + 2); // + PLACED, CONFIRMED
            assertThat(timeline).extracting(i -> i.entry().event().key()).doesNotHaveDuplicates();
            for (int i = 1; i < timeline.size(); i++) {
                assertThat(timeline.get(i - 1).entry().event().occurredInstant())
                        .isBeforeOrEqualTo(timeline.get(i).entry().event().occurredInstant());
            }
        }
    }

    /**
     * Records arrivals like a sender that retries: an event about a shipment whose PACKED event has not
     * arrived yet is refused and offered again later, as a carrier or the poller would.
     */
    private static Order recordAll(List<Arrival> arrivals) {
        Order order = placedOrder();
        order.confirm(TrackingId.generate(new Random(7)), T0);
        Deque<Arrival> pending = new ArrayDeque<>(arrivals);
        int refusedInARow = 0;
        while (!pending.isEmpty() && refusedInARow <= pending.size()) {
            Arrival a = pending.poll();
            try {
                ShipmentId shipment = a.shipmentIndex() < 0 ? null : shipmentIdOf(order, a);
                order.record(a.event(), shipment, a.manifest());
                refusedInARow = 0;
            } catch (EventRejectedException e) {
                pending.add(a);
                refusedInARow++;
            }
        }
        assertThat(pending).as("every arrival is eventually recorded").isEmpty();
        return order;
    }

    private static ShipmentId shipmentIdOf(Order order, Arrival a) {
        if (a.manifest() != null) {
            return null;
        }
        EventKey packedKey = new EventKey(WMS, "pack-" + a.shipmentIndex());
        return ShipmentId.of(packedKey);
    }

    private static List<Object> snapshot(Order order) {
        List<Object> parts = new ArrayList<>();
        for (Shipment s : order.shipments().stream().sorted((a, b) -> a.getId().value().compareTo(b.getId().value())).toList()) {
            parts.add(List.of(s.getId(), s.status(), String.valueOf(s.statusReason()), String.valueOf(s.deliveredAt()),
                    String.valueOf(s.proofOfDelivery()), s.lastEventAt()));
        }
        return parts;
    }

    private static List<Arrival> randomJourney(Random random) {
        List<Arrival> arrivals = new ArrayList<>();
        int minute = 1;
        if (random.nextBoolean()) {
            arrivals.add(new Arrival(at(random, WMS, "af", Milestone.ALLOCATION_FAILED, minute++, "short"), -1, null));
        }
        arrivals.add(new Arrival(at(random, WMS, "alloc", Milestone.ALLOCATED, minute += random.nextInt(60), null), -1, null));
        arrivals.add(new Arrival(at(random, WMS, "pick", Milestone.PICKED, minute += random.nextInt(60), null), -1, null));
        boolean split = random.nextBoolean();
        List<PackingManifest> manifests = split
                ? List.of(manifest("1Z100", line("MUG-BLUE", 2)), manifest("1Z200", line("TEA-EARL", 1)))
                : List.of(manifest("1Z100", line("MUG-BLUE", 2), line("TEA-EARL", 1)));
        for (int s = 0; s < manifests.size(); s++) {
            // same-minute events on purpose: ties are broken by lifecycle order, then by key
            int packedAt = minute + random.nextInt(3);
            arrivals.add(new Arrival(at(random, WMS, "pack-" + s, Milestone.PACKED, packedAt, null), s, manifests.get(s)));
            int t = packedAt;
            int scans = 1 + random.nextInt(7);
            for (int k = 0; k < scans; k++) {
                t += random.nextInt(4) == 0 ? 0 : random.nextInt(600);
                Milestone m = CARRIER_MILESTONES.get(random.nextInt(CARRIER_MILESTONES.size()));
                String reason = m == Milestone.HELD ? "customs inspection" : null;
                arrivals.add(new Arrival(at(random, CARRIER, "s" + s + "-" + k, m, t, reason), s, null));
            }
        }
        return arrivals;
    }

    private static TrackingEvent at(Random random, io.waybill.domain.tracking.EventSource source, String id, Milestone m,
            int minute, String reason) {
        ZoneOffset offset = ZoneOffset.ofHours(random.nextInt(25) - 12);
        return OrderFixtures.event(source, id, m, minute, offset).withReason(reason);
    }
}
