package io.waybill.adapters.carriers.simulated;

import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Customer;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.order.Parcel;
import io.waybill.domain.order.Sku;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import io.waybill.domain.tracking.TrackingId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Orders whose single shipment the warehouse has just packed, ready for a carrier. */
final class ShipmentFixtures {

    private ShipmentFixtures() {
    }

    static Order packedOrder(String carrier, String trackingNumber, Instant packedAt) {
        Order order = Order.place(TenantId.DEFAULT, OrderId.random(), "WB-" + trackingNumber, new Customer("Ada Example", "ada@example.com", null),
                new DeliveryAddress("Leopoldstr. 1", null, "80802", "Munich", null, "DE"),
                List.of(new OrderLine(new Sku("MUG-WHITE"), 2)), null, packedAt.minusSeconds(3600));
        order.confirm(TrackingId.generate(), packedAt.minusSeconds(3000)); // only a confirmed (paid) order may be packed
        TrackingEvent packed = new TrackingEvent(new EventKey(new EventSource(SourceType.WMS, "sim-wms"), order.getId() + ":packed:1"),
                Milestone.PACKED, "PACKED", null, null, packedAt.atZone(ZoneId.of("Europe/Berlin")).toOffsetDateTime(), packedAt,
                null, null);
        order.record(packed, null, new PackingManifest(new CarrierCode(carrier), new CarrierTrackingNumber(trackingNumber),
                List.of(new Parcel("00340123450000000017", null)), order.lines()));
        return order;
    }
}
