package io.waybill.domain.order;

import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Builders for orders and events in domain tests. */
final class OrderFixtures {

    static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    static final EventSource WMS = new EventSource(SourceType.WMS, "dc-berlin");
    static final EventSource CARRIER = new EventSource(SourceType.CARRIER, "ups");

    private OrderFixtures() {
    }

    static Order placedOrder() {
        return Order.place(TenantId.DEFAULT, new OrderId(java.util.UUID.fromString("8cc06201-43c4-445f-b90b-b1273ba72262")), "SO-1001", new Customer("Ada Lovelace", "ada@example.org", null),
                new DeliveryAddress("12 Analytical Way", null, "10115", "Berlin", null, "DE"),
                List.of(new OrderLine(new Sku("MUG-BLUE"), 2), new OrderLine(new Sku("TEA-EARL"), 1)),
                new DeliveryPromise(T0.plusSeconds(2 * 86400), T0.plusSeconds(3 * 86400)), T0);
    }

    static TrackingEvent event(EventSource source, String id, Milestone milestone, long minutesAfterT0) {
        return event(source, id, milestone, minutesAfterT0, ZoneOffset.ofHours(1));
    }

    static TrackingEvent event(EventSource source, String id, Milestone milestone, long minutesAfterT0, ZoneOffset offset) {
        OffsetDateTime at = T0.plusSeconds(minutesAfterT0 * 60).atOffset(offset);
        ProofOfDelivery pod = milestone == Milestone.DELIVERED ? new ProofOfDelivery("A. Lovelace", "sig://1", null, null) : null;
        return new TrackingEvent(new EventKey(source, id), milestone, milestone.name().substring(0, 2), milestone.name(), null,
                at, T0.plusSeconds(minutesAfterT0 * 60 + 5), new Location("HUB " + id, "Berlin", "DE", null), pod);
    }

    static PackingManifest manifest(String trackingNumber, OrderLine... lines) {
        return new PackingManifest(new CarrierCode("ups"), new CarrierTrackingNumber(trackingNumber),
                List.of(new Parcel("PKG-" + trackingNumber, null)), List.of(lines));
    }

    static OrderLine line(String sku, int quantity) {
        return new OrderLine(new Sku(sku), quantity);
    }
}
