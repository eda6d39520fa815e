package io.waybill.adapters.persistence.orders;

import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.TimelineEntry;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.TrackingId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders to entities and back. An order is rebuilt from its timeline ({@link Order#reconstitute}); a shipment's
 * manifest travels with the PACKED entry that created it, so only that entry carries it.
 */
final class OrderEntities {

    private final PersistenceMapper mapper;

    OrderEntities(PersistenceMapper mapper) {
        this.mapper = mapper;
    }

    List<Order> assemble(OrderRows.Loaded rows) {
        List<Order> result = new ArrayList<>(rows.orders().size());
        for (OrderEntity o : rows.orders()) {
            List<TimelineEntry> timeline = new ArrayList<>();
            for (TrackingEventEntity e : rows.events().getOrDefault(o.id, List.of())) {
                ShipmentId shipment = e.shipmentId == null ? null : new ShipmentId(e.shipmentId);
                boolean packed = Milestone.PACKED.name().equals(e.milestone);
                timeline.add(new TimelineEntry(mapper.toDomain(e), shipment,
                        packed ? mapper.toManifest(rows.shipments().get(e.shipmentId)) : null,
                        e.retractedAt == null ? null : new TimelineEntry.Retraction(e.retractedAt, e.retractionReason)));
            }
            DeliveryPromise promise = o.promisedEarliest == null ? null : new DeliveryPromise(o.promisedEarliest, o.promisedLatest);
            result.add(Order.reconstitute(new TenantId(o.tenantId), new OrderId(o.id), o.orderNumber, mapper.toDomain(o.customer), mapper.toDomain(o.address),
                    mapper.toLines(o.lines), promise, o.placedAt, o.trackingId == null ? null : new TrackingId(o.trackingId),
                    timeline, o.version));
        }
        return result;
    }

    OrderEntity newOrder(Order order, Instant now) {
        OrderEntity e = new OrderEntity();
        e.id = order.getId().value();
        e.tenantId = order.tenant().value();
        e.orderNumber = order.orderNumber();
        e.trackingId = order.trackingId().map(TrackingId::value).orElse(null);
        e.status = order.status().name();
        e.statusReason = order.statusReason();
        e.customer = mapper.toEntity(order.customer());
        e.address = mapper.toEntity(order.address());
        e.lines = new ArrayList<>(mapper.toLineEntities(order.lines()));
        e.promisedEarliest = order.promise().map(DeliveryPromise::earliest).orElse(null);
        e.promisedLatest = order.promise().map(DeliveryPromise::latest).orElse(null);
        e.placedAt = order.placedAt();
        e.updatedAt = now;
        return e;
    }

    ShipmentEntity newShipment(Order order, Shipment shipment) {
        ShipmentEntity e = new ShipmentEntity();
        e.id = shipment.getId().value();
        e.tenantId = order.tenant().value();
        e.orderId = order.getId().value();
        e.carrier = shipment.carrier().value();
        e.carrierTrackingNumber = shipment.carrierTrackingNumber().value();
        e.service = shipment.service().code();
        e.status = shipment.status().name();
        e.statusReason = shipment.statusReason();
        e.deliveredAt = shipment.deliveredAt();
        e.parcels = new ArrayList<>(mapper.toParcelEntities(shipment.manifest().parcels()));
        e.lines = new ArrayList<>(mapper.toLineEntities(shipment.manifest().lines()));
        return e;
    }

    TrackingEventEntity newEvent(Order order, TimelineEntry entry) {
        TrackingEventEntity event = mapper.toEntity(entry.event());
        event.tenantId = order.tenant().value();
        event.orderId = order.getId().value();
        event.shipmentId = entry.shipment() == null ? null : entry.shipment().value();
        if (entry.retracted()) { // recorded and taken back before it was ever saved
            event.retractedAt = entry.retraction().at();
            event.retractionReason = entry.retraction().reason();
        }
        return event;
    }
}
