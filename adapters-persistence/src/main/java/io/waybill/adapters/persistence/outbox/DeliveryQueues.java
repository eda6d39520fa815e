package io.waybill.adapters.persistence.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The webhook delivery queues: one subscription's deliveries about one order go out one at a time, in order. The head
 * of a queue is PENDING, the rest WAITING; finishing the head promotes the next. Transaction-scoped advisory locks on
 * the queues make relaying and finishing of one queue take turns between instances.
 */
final class DeliveryQueues {

    private DeliveryQueues() {
    }

    /**
     * A guard for liveness: a queue whose head was finished without promoting the next delivery (which the queue locks
     * prevent) would wait for ever; its oldest WAITING delivery becomes PENDING when nothing of its queue is open.
     */
    static int releaseStranded(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update notification_deliveries d set status = 'PENDING'
                from (select distinct on (w.subscription_id, w.order_id) w.id
                      from notification_deliveries w
                      where w.status = 'WAITING' and not exists (select 1 from notification_deliveries p
                            where p.subscription_id = w.subscription_id and p.order_id = w.order_id and p.status = 'PENDING')
                      order by w.subscription_id, w.order_id, w.id) stranded
                where d.id = stranded.id""")) {
            return ps.executeUpdate();
        }
    }

    /** The advisory-lock key of one queue (a subscription's deliveries about one order). */
    static long key(UUID subscription, UUID order) {
        return subscription.getMostSignificantBits() * 31 ^ subscription.getLeastSignificantBits() * 17
                ^ order.getMostSignificantBits() * 13 ^ order.getLeastSignificantBits();
    }

    /** Locks these queues until the transaction ends, in a fixed order (no deadlock between instances). */
    static void lock(Connection c, List<Long> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select count(pg_advisory_xact_lock(k)) from (select distinct k from unnest(?::bigint[]) k order by k) q")) {
            ps.setArray(1, c.createArrayOf("bigint", keys.toArray()));
            ps.executeQuery().close();
        }
    }

    /** Locks the queues of these deliveries (see {@link #lock}). */
    static void lockOf(Connection c, List<Long> deliveries) throws SQLException {
        List<Long> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select subscription_id, order_id from notification_deliveries where id = any(?) and subscription_id is not null")) {
            ps.setArray(1, c.createArrayOf("bigint", deliveries.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(key(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                }
            }
        }
        lock(c, keys);
    }

    /** The next WAITING webhook delivery of each (subscription, order) of these finished deliveries becomes PENDING. */
    static int promoteNext(Connection c, List<Long> finished) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update notification_deliveries d set status = 'PENDING'
                from (select distinct on (w.subscription_id, w.order_id) w.id
                      from notification_deliveries w
                      join notification_deliveries f on f.subscription_id = w.subscription_id and f.order_id = w.order_id
                      where f.id = any(?) and w.status = 'WAITING'
                      order by w.subscription_id, w.order_id, w.id) nxt
                where d.id = nxt.id""")) {
            ps.setArray(1, c.createArrayOf("bigint", finished.toArray()));
            return ps.executeUpdate();
        }
    }
}
