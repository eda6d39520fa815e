package io.waybill.adapters.persistence.exceptions;

import io.waybill.domain.exceptions.ExceptionAction;
import io.waybill.domain.exceptions.ConditionBreached;
import io.waybill.domain.exceptions.ExceptionEscalated;
import io.waybill.domain.exceptions.ExceptionId;
import io.waybill.domain.exceptions.ExceptionItem;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.exceptions.ExceptionState;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Items, actions and escalation messages as rows and back. */
final class ExceptionRows {

    /** The columns {@link #item} reads, in its order. */
    static final String COLUMNS = "id, tenant_id, order_id, order_number, shipment_id, kind, reason, since, opened_at, deadline_at,"
            + " state, assignee, escalation_level, escalated_at, resolved_at, resolved_by, version";

    private ExceptionRows() {
    }

    static ExceptionItem item(ResultSet rs) throws SQLException {
        return new ExceptionItem(new ExceptionId(rs.getObject(1, UUID.class)), new TenantId(rs.getString(2)),
                new OrderId(rs.getObject(3, UUID.class)), rs.getString(4), new ShipmentId(rs.getObject(5, UUID.class)),
                ExceptionKind.valueOf(rs.getString(6)), rs.getString(7), instant(rs, 8), instant(rs, 9), instant(rs, 10),
                ExceptionState.valueOf(rs.getString(11)), rs.getString(12), rs.getInt(13), instant(rs, 14), instant(rs, 15),
                rs.getString(16), rs.getLong(17));
    }

    static void insertItem(ExceptionItem i, String tenant, PreparedStatement ps) throws SQLException {
        ps.setObject(1, i.getId().value());
        ps.setString(2, tenant);
        ps.setObject(3, i.order().value());
        ps.setString(4, i.orderNumber());
        ps.setObject(5, i.shipment().value());
        ps.setString(6, i.kind().name());
        ps.setString(7, i.reason());
        ps.setTimestamp(8, Timestamp.from(i.since()));
        ps.setTimestamp(9, Timestamp.from(i.openedAt()));
        ps.setTimestamp(10, Timestamp.from(i.deadline()));
        ps.setString(11, i.state().name());
        ps.setString(12, i.assignee());
        ps.setInt(13, i.escalationLevel());
        ps.setTimestamp(14, timestamp(i.escalatedAt()));
        ps.setTimestamp(15, timestamp(i.resolvedAt()));
        ps.setString(16, i.resolvedBy());
        ps.setLong(17, i.version());
    }

    static void appendAction(Connection c, ExceptionId id, ExceptionAction a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into exception_actions (exception_id, at, actor, action, text) values (?, ?, ?, ?, ?)")) {
            ps.setObject(1, id.value());
            ps.setTimestamp(2, Timestamp.from(a.at()));
            ps.setString(3, a.actor());
            ps.setString(4, a.type().name());
            ps.setString(5, a.text());
            ps.executeUpdate();
        }
    }

    static ExceptionAction action(ResultSet rs) throws SQLException {
        return new ExceptionAction(instant(rs, 1), rs.getString(2), ExceptionAction.Type.valueOf(rs.getString(3)), rs.getString(4));
    }

    /** The escalation as an outbox message of the item's order and tenant, relayed like the order events. */
    static void announce(Connection c, ExceptionEscalated e, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into outbox (message_id, order_id, shipment_id, type, detail, occurred_at, tenant_id, exception_id,
                                    exception_kind, escalation_level)
                values (?, ?, ?, 'ExceptionEscalated', ?, ?, ?, ?, ?, ?)""")) {
            String reason = e.reason();
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, e.order().value());
            ps.setObject(3, e.shipment().value());
            ps.setString(4, reason == null ? null : reason.substring(0, Math.min(reason.length(), 512)));
            ps.setTimestamp(5, Timestamp.from(e.at()));
            ps.setString(6, tenant);
            ps.setObject(7, e.exception().value());
            ps.setString(8, e.kind().name());
            ps.setInt(9, e.level());
            ps.executeUpdate();
        }
    }

    /** The condition breach as an outbox message of the item's order and tenant, written with the item. */
    static void announce(Connection c, ConditionBreached e, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into outbox (message_id, order_id, shipment_id, type, detail, occurred_at, tenant_id, exception_id,
                                    exception_kind, escalation_level)
                values (?, ?, ?, 'ConditionBreached', ?, ?, ?, ?, 'CONDITION_EXCURSION', 0)""")) {
            String reason = e.reason();
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, e.order().value());
            ps.setObject(3, e.shipment().value());
            ps.setString(4, reason == null ? null : reason.substring(0, Math.min(reason.length(), 512)));
            ps.setTimestamp(5, Timestamp.from(e.at()));
            ps.setString(6, tenant);
            ps.setObject(7, e.exception().value());
            ps.executeUpdate();
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
