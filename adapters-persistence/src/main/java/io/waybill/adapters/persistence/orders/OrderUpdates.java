package io.waybill.adapters.persistence.orders;

import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.TimelineEntry;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.TrackingId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The updates of a save, as JDBC batches beside Hibernate's inserts: an order's state under its version (a lost race
 * updates no row), a shipment's status once per save however many of its events came in.
 */
final class OrderUpdates {

    private OrderUpdates() {
    }

    static void orders(Connection connection, List<Order> orders, Instant now) throws SQLException {
        if (orders.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                update orders set status = ?, status_reason = ?, tracking_id = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""")) {
            for (Order order : orders) {
                ps.setString(1, order.status().name());
                ps.setString(2, order.statusReason());
                ps.setString(3, order.trackingId().map(TrackingId::value).orElse(null));
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setObject(5, order.getId().value());
                ps.setLong(6, order.version());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new ConcurrentUpdateException("order " + orders.get(i).getId() + " was changed by another writer");
                }
            }
        }
    }

    /** The retractions of entries saved before: the rows stay, marked taken back (once: a retraction is never redone). */
    static void retractions(Connection connection, Collection<Order> orders) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                update tracking_events set retracted_at = ?, retraction_reason = ?
                where order_id = ? and source_type = ? and source_name = ? and source_event_id = ? and retracted_at is null""")) {
            int batched = 0;
            for (Order order : orders) {
                for (TimelineEntry entry : order.unsavedRetractions()) {
                    EventKey key = entry.event().key();
                    ps.setTimestamp(1, Timestamp.from(entry.retraction().at()));
                    ps.setString(2, entry.retraction().reason());
                    ps.setObject(3, order.getId().value());
                    ps.setString(4, key.source().type().name());
                    ps.setString(5, key.source().name());
                    ps.setString(6, key.sourceEventId());
                    ps.addBatch();
                    batched++;
                }
            }
            if (batched > 0) {
                ps.executeBatch();
            }
        }
    }

    /** The shipments these orders' new entries (or retractions) touched, except those just inserted (already written as they are). */
    static void shipments(Connection connection, Collection<Order> orders, Set<UUID> alreadyWritten) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "update shipments set status = ?, status_reason = ?, delivered_at = ? where id = ?")) {
            int batched = 0;
            for (Order order : orders) {
                Set<ShipmentId> touched = new HashSet<>();
                Stream.concat(order.unsavedEntries().stream(), order.unsavedRetractions().stream())
                        .filter(e -> e.shipment() != null).forEach(e -> touched.add(e.shipment()));
                for (ShipmentId id : touched) {
                    if (alreadyWritten.contains(id.value())) {
                        continue;
                    }
                    Shipment s = order.shipment(id).orElseThrow();
                    ps.setString(1, s.status().name());
                    ps.setString(2, s.statusReason());
                    if (s.deliveredAt() == null) {
                        ps.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        ps.setTimestamp(3, Timestamp.from(s.deliveredAt()));
                    }
                    ps.setObject(4, id.value());
                    ps.addBatch();
                    batched++;
                }
            }
            if (batched > 0) {
                ps.executeBatch();
            }
        }
    }
}
