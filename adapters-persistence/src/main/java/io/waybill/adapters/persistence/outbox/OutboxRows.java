package io.waybill.adapters.persistence.outbox;

import io.waybill.domain.exceptions.ConditionBreached;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.DelayCleared;
import io.waybill.domain.order.OrderEvents.DelayPredicted;
import io.waybill.domain.order.OrderEvents.OrderCancelled;
import io.waybill.domain.order.OrderEvents.OrderConfirmed;
import io.waybill.domain.order.OrderEvents.OrderPlaced;
import io.waybill.domain.order.OrderEvents.OrderStatusChanged;
import io.waybill.domain.order.OrderEvents.ShipmentStatusChanged;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import io.waybill.domain.tracking.TrackingId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * Domain events as outbox rows and back (an escalation of the exceptions queue is written by its own store): one column
 * per field of the events, so the outbox needs no serialization format. Public because the orders store writes the rows,
 * inside the transaction of the change that raised the events ({@code JpaOrders.save}), while this package reads them
 * back.
 */
public final class OutboxRows {

    private OutboxRows() {
    }

    public static void write(Connection connection, Collection<Order> orders, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                insert into outbox (message_id, order_id, shipment_id, type, from_status, to_status, detail, occurred_at, tenant_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int rows = 0;
            for (Order order : orders) {
                for (DomainEvent event : order.domainEvents()) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, order.getId().value());
                    ps.setString(9, order.tenant().value());
                    ps.setObject(3, null);
                    ps.setString(5, null);
                    ps.setString(6, null);
                    ps.setString(7, null);
                    Instant at = now;
                    switch (event) {
                        case OrderPlaced e -> {
                            ps.setString(4, "OrderPlaced");
                            at = e.at();
                        }
                        case OrderConfirmed e -> {
                            ps.setString(4, "OrderConfirmed");
                            ps.setString(7, e.trackingId().value());
                            at = e.at();
                        }
                        case OrderCancelled e -> {
                            ps.setString(4, "OrderCancelled");
                            ps.setString(7, e.reason());
                            at = e.at();
                        }
                        case OrderStatusChanged e -> {
                            ps.setString(4, "OrderStatusChanged");
                            ps.setString(5, e.from() == null ? null : e.from().name());
                            ps.setString(6, e.to().name());
                        }
                        case ShipmentStatusChanged e -> {
                            ps.setString(4, "ShipmentStatusChanged");
                            ps.setObject(3, e.shipment().value());
                            ps.setString(5, e.from() == null ? null : e.from().name());
                            ps.setString(6, e.to().name());
                        }
                        default -> throw new IllegalArgumentException("no outbox mapping for " + event.getClass().getName());
                    }
                    ps.setTimestamp(8, Timestamp.from(at));
                    ps.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                ps.executeBatch();
            }
        }
    }

    /**
     * The event of the current row of a result with columns type, order_id, shipment_id, from, to, detail, occurred_at,
     * exception_id, exception_kind, escalation_level.
     */
    static DomainEvent read(ResultSet rs, int first) throws SQLException {
        String type = rs.getString(first);
        OrderId order = new OrderId(rs.getObject(first + 1, UUID.class));
        UUID shipment = rs.getObject(first + 2, UUID.class);
        String from = rs.getString(first + 3);
        String to = rs.getString(first + 4);
        String detail = rs.getString(first + 5);
        Instant at = rs.getTimestamp(first + 6).toInstant();
        return switch (type) {
            case "OrderPlaced" -> new OrderPlaced(order, at);
            case "OrderConfirmed" -> new OrderConfirmed(order, new TrackingId(detail), at);
            case "OrderCancelled" -> new OrderCancelled(order, detail, at);
            case "OrderStatusChanged" -> new OrderStatusChanged(order, from == null ? null : OrderStatus.valueOf(from),
                    OrderStatus.valueOf(to));
            case "ShipmentStatusChanged" -> new ShipmentStatusChanged(order, new ShipmentId(shipment),
                    from == null ? null : ShipmentStatus.valueOf(from), ShipmentStatus.valueOf(to));
            case "DelayPredicted" -> new DelayPredicted(order, new ShipmentId(shipment), detail, at);
            case "DelayCleared" -> new DelayCleared(order, new ShipmentId(shipment), at);
            case "ExceptionEscalated" -> new ExceptionEscalated(order, new ShipmentId(shipment),
                    new ExceptionId(rs.getObject(first + 7, UUID.class)), ExceptionKind.valueOf(rs.getString(first + 8)),
                    rs.getInt(first + 9), detail, at);
            case "ConditionBreached" -> new ConditionBreached(order, new ShipmentId(shipment),
                    new ExceptionId(rs.getObject(first + 7, UUID.class)), detail, at);
            default -> throw new IllegalStateException("unknown outbox event type " + type);
        };
    }
}
