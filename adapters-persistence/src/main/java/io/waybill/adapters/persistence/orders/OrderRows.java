package io.waybill.adapters.persistence.orders;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads whole orders with three plain SQL queries into detached entity objects, whatever the number of
 * orders: the hot read path of ingestion and tracking, where Hibernate's per-entity bookkeeping cost
 * more than the queries themselves. Writes stay with Hibernate.
 */
final class OrderRows {

    record Loaded(List<OrderEntity> orders, Map<UUID, List<TrackingEventEntity>> events, Map<UUID, ShipmentEntity> shipments) {
    }

    private static final String ORDER_COLUMNS = """
            select o.id, o.order_number, o.tracking_id, o.status, o.status_reason, o.customer_name, o.customer_email,
                   o.customer_phone, o.address_line1, o.address_line2, o.postal_code, o.city, o.region, o.country_code,
                   o.promised_earliest, o.promised_latest, o.placed_at, o.updated_at, o.version,
                   (select array_agg(l.sku order by l.line_no) from order_lines l where l.order_id = o.id),
                   (select array_agg(l.quantity order by l.line_no) from order_lines l where l.order_id = o.id), o.tenant_id
            from orders o where\s""";

    private OrderRows() {
    }

    static Loaded byIds(Connection c, List<UUID> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ORDER_COLUMNS + "o.id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            return load(c, ps);
        }
    }

    static Loaded byTrackingId(Connection c, String trackingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ORDER_COLUMNS + "o.tracking_id = ?")) {
            ps.setString(1, trackingId);
            return load(c, ps);
        }
    }

    private static Loaded load(Connection c, PreparedStatement orderQuery) throws SQLException {
        List<OrderEntity> orders = new ArrayList<>();
        try (ResultSet rs = orderQuery.executeQuery()) {
            while (rs.next()) {
                orders.add(order(rs));
            }
        }
        if (orders.isEmpty()) {
            return new Loaded(orders, new HashMap<>(), new HashMap<>());
        }
        Array orderIds = c.createArrayOf("uuid", orders.stream().map(o -> o.id).distinct().toArray());
        return new Loaded(orders, events(c, orderIds), shipments(c, orderIds));
    }

    /** The order of the current row of an {@link #ORDER_COLUMNS} query. */
    private static OrderEntity order(ResultSet rs) throws SQLException {
        OrderEntity o = new OrderEntity();
        o.id = rs.getObject(1, UUID.class);
        o.orderNumber = rs.getString(2);
        o.trackingId = rs.getString(3);
        o.status = rs.getString(4);
        o.statusReason = rs.getString(5);
        o.customer = new CustomerEmbeddable();
        o.customer.name = rs.getString(6);
        o.customer.email = rs.getString(7);
        o.customer.phone = rs.getString(8);
        o.address = new AddressEmbeddable();
        o.address.line1 = rs.getString(9);
        o.address.line2 = rs.getString(10);
        o.address.postalCode = rs.getString(11);
        o.address.city = rs.getString(12);
        o.address.region = rs.getString(13);
        o.address.countryCode = rs.getString(14);
        o.promisedEarliest = instant(rs, 15);
        o.promisedLatest = instant(rs, 16);
        o.placedAt = instant(rs, 17);
        o.updatedAt = instant(rs, 18);
        o.version = rs.getLong(19);
        addLines(o.lines, rs.getArray(20), rs.getArray(21));
        o.tenantId = rs.getString(22);
        return o;
    }

    /** The timelines of these orders, by order id. */
    private static Map<UUID, List<TrackingEventEntity>> events(Connection c, Array orderIds) throws SQLException {
        Map<UUID, List<TrackingEventEntity>> events = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select order_id, shipment_id, source_type, source_name, source_event_id, milestone, raw_code, raw_text, reason,
                       occurred_at, occurred_offset_seconds, received_at, facility, city, country_code, latitude, longitude,
                       pod_received_by, pod_signature_ref, pod_photo_ref, pod_latitude, pod_longitude, id, retracted_at,
                       retraction_reason
                from tracking_events where order_id = any(?)""")) {
            ps.setArray(1, orderIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TrackingEventEntity e = event(rs);
                    events.computeIfAbsent(e.orderId, k -> new ArrayList<>()).add(e);
                }
            }
        }
        return events;
    }

    private static TrackingEventEntity event(ResultSet rs) throws SQLException {
        TrackingEventEntity e = new TrackingEventEntity();
        e.orderId = rs.getObject(1, UUID.class);
        e.shipmentId = rs.getObject(2, UUID.class);
        e.sourceType = rs.getString(3);
        e.sourceName = rs.getString(4);
        e.sourceEventId = rs.getString(5);
        e.milestone = rs.getString(6);
        e.rawCode = rs.getString(7);
        e.rawText = rs.getString(8);
        e.reason = rs.getString(9);
        e.occurredAt = instant(rs, 10);
        e.occurredOffsetSeconds = rs.getInt(11);
        e.receivedAt = instant(rs, 12);
        e.facility = rs.getString(13);
        e.city = rs.getString(14);
        e.countryCode = rs.getString(15);
        e.latitude = (Double) rs.getObject(16);
        e.longitude = (Double) rs.getObject(17);
        e.podReceivedBy = rs.getString(18);
        e.podSignatureRef = rs.getString(19);
        e.podPhotoRef = rs.getString(20);
        e.podLatitude = (Double) rs.getObject(21);
        e.podLongitude = (Double) rs.getObject(22);
        e.id = rs.getLong(23);
        e.retractedAt = instant(rs, 24);
        e.retractionReason = rs.getString(25);
        return e;
    }

    /** The shipments of these orders with their parcels and lines, by shipment id. */
    private static Map<UUID, ShipmentEntity> shipments(Connection c, Array orderIds) throws SQLException {
        Map<UUID, ShipmentEntity> shipments = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select s.id, s.order_id, s.carrier, s.carrier_tracking_number, s.status, s.status_reason, s.delivered_at,
                       (select array_agg(p.barcode order by p.parcel_no) from shipment_parcels p where p.shipment_id = s.id),
                       (select array_agg(p.epc order by p.parcel_no) from shipment_parcels p where p.shipment_id = s.id),
                       (select array_agg(l.sku order by l.line_no) from shipment_lines l where l.shipment_id = s.id),
                       (select array_agg(l.quantity order by l.line_no) from shipment_lines l where l.shipment_id = s.id),
                       s.service
                from shipments s where s.order_id = any(?)""")) {
            ps.setArray(1, orderIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ShipmentEntity s = shipment(rs);
                    shipments.put(s.id, s);
                }
            }
        }
        return shipments;
    }

    private static ShipmentEntity shipment(ResultSet rs) throws SQLException {
        ShipmentEntity s = new ShipmentEntity();
        s.id = rs.getObject(1, UUID.class);
        s.orderId = rs.getObject(2, UUID.class);
        s.carrier = rs.getString(3);
        s.carrierTrackingNumber = rs.getString(4);
        s.status = rs.getString(5);
        s.statusReason = rs.getString(6);
        s.deliveredAt = instant(rs, 7);
        Object[] barcodes = (Object[]) rs.getArray(8).getArray();
        Object[] epcs = (Object[]) rs.getArray(9).getArray();
        for (int i = 0; i < barcodes.length; i++) {
            ParcelEmbeddable p = new ParcelEmbeddable();
            p.barcode = (String) barcodes[i];
            p.epc = (String) epcs[i];
            s.parcels.add(p);
        }
        addLines(s.lines, rs.getArray(10), rs.getArray(11));
        s.service = rs.getString(12);
        return s;
    }

    private static void addLines(List<LineEmbeddable> lines, Array skus, Array quantities) throws SQLException {
        if (skus == null) {
            return;
        }
        Object[] s = (Object[]) skus.getArray();
        Object[] q = (Object[]) quantities.getArray();
        for (int i = 0; i < s.length; i++) {
            lines.add(line((String) s[i], ((Number) q[i]).intValue()));
        }
    }

    private static LineEmbeddable line(String sku, int quantity) {
        LineEmbeddable line = new LineEmbeddable();
        line.sku = sku;
        line.quantity = quantity;
        return line;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
