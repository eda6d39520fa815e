package io.waybill.adapters.persistence.outbox;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.NotificationOutbox;
import io.waybill.application.shared.DeadLetter;
import io.waybill.domain.order.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The outbox and the deliveries planned from it in PostgreSQL, with plain SQL. Claims lock with {@code FOR UPDATE SKIP
 * LOCKED} and move the claimed rows' due time past a lease, in one statement, so instances never take the same row and
 * rows of a dead instance come back when the lease runs out. Webhook deliveries queue per subscription and order
 * ({@link DeliveryQueues}).
 */
@ApplicationScoped
public class JdbcNotificationOutbox implements NotificationOutbox {

    private final DataSource dataSource;

    public JdbcNotificationOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private <T> T jdbc(SqlWork<T> work) {
        return SqlWork.on(dataSource, "notification store", work);
    }

    @Override
    @Transactional
    public List<PendingEvent> claimEvents(Instant now, Duration lease, int limit) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    with due as (
                        select id from outbox
                        where relayed_at is null and (claimed_until is null or claimed_until <= ?)
                        order by id limit ? for update skip locked)
                    update outbox o set claimed_until = ? from due where o.id = due.id
                    returning o.id, o.message_id, o.type, o.order_id, o.shipment_id, o.from_status, o.to_status, o.detail,
                              o.occurred_at, o.exception_id, o.exception_kind, o.escalation_level""")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setInt(2, limit);
                ps.setTimestamp(3, Timestamp.from(now.plus(lease)));
                List<PendingEvent> events = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new PendingEvent(rs.getLong(1), rs.getObject(2, UUID.class), OutboxRows.read(rs, 3),
                                rs.getTimestamp(9).toInstant()));
                    }
                }
                events.sort(Comparator.comparingLong(PendingEvent::id));
                return events;
            }
        });
    }

    @Override
    @Transactional
    public void relayed(List<Relayed> events, Instant now) {
        jdbc(c -> {
            // a webhook delivery waits (WAITING) while an earlier one of its subscription about the same order is open.
            // The queues touched are locked first, in their own statement, so the inserts below see every change committed
            // by another relay or by a dispatcher finishing a delivery of the same queue (see sent()).
            DeliveryQueues.lock(c, events.stream().flatMap(e -> e.deliveries().stream()).filter(d -> d.subscription() != null)
                    .map(d -> DeliveryQueues.key(d.subscription(), d.order().value())).toList());
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into notification_deliveries (idempotency_key, outbox_id, order_id, channel, recipient,
                        subscription_id, kind, fact_keys, fact_values, status, next_attempt_at, created_at)
                    select ?, ?, ?, ?, ?, ?::uuid, ?, ?, ?,
                           case when ?::uuid is not null and exists (select 1 from notification_deliveries e
                                 where e.subscription_id = ?::uuid and e.order_id = ? and e.status in ('PENDING', 'WAITING'))
                                then 'WAITING' else 'PENDING' end, ?, ?
                    on conflict (idempotency_key) do nothing""")) {
                int rows = 0;
                for (Relayed event : events) {
                    for (NewDelivery d : event.deliveries()) {
                        List<String> keys = new ArrayList<>(d.facts().keySet());
                        keys.sort(null);
                        String subscription = d.subscription() == null ? null : d.subscription().toString();
                        ps.setString(1, d.idempotencyKey());
                        ps.setLong(2, event.eventId());
                        ps.setObject(3, d.order().value());
                        ps.setString(4, d.channel().name());
                        ps.setString(5, d.recipient());
                        ps.setString(6, subscription);
                        ps.setString(7, d.kind());
                        ps.setArray(8, c.createArrayOf("text", keys.toArray()));
                        ps.setArray(9, c.createArrayOf("text", keys.stream().map(d.facts()::get).toArray()));
                        ps.setString(10, subscription);
                        ps.setString(11, subscription);
                        ps.setObject(12, d.order().value());
                        ps.setTimestamp(13, Timestamp.from(d.notBefore() == null ? now : d.notBefore()));
                        ps.setTimestamp(14, Timestamp.from(now));
                        ps.addBatch();
                        rows++;
                    }
                }
                if (rows > 0) {
                    ps.executeBatch();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update outbox set relayed_at = ?, claimed_until = null where id = any(?)")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setArray(2, c.createArrayOf("bigint", events.stream().map(Relayed::eventId).toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** When the last sweep for stranded queues ran (see {@link DeliveryQueues#releaseStranded}). */
    private volatile long lastSweep;

    @Override
    @Transactional
    public List<DueDelivery> claimDue(Instant now, Duration lease, int limit) {
        if (System.nanoTime() - lastSweep > 10_000_000_000L) {
            lastSweep = System.nanoTime();
            jdbc(DeliveryQueues::releaseStranded);
        }
        return jdbc(c -> {
            // one order's webhooks to one subscription queue up at relay time (WAITING behind the open one), so every
            // PENDING delivery is free to go: the claim is a plain index scan
            try (PreparedStatement ps = c.prepareStatement("""
                    with due as (
                        select d.id from notification_deliveries d
                        left join webhook_subscriptions s on s.id = d.subscription_id
                        where d.status = 'PENDING' and d.next_attempt_at <= ? and (d.subscription_id is null or s.active)
                        order by d.next_attempt_at, d.id limit ?
                        for update of d skip locked)
                    update notification_deliveries d set next_attempt_at = ? from due where d.id = due.id
                    returning d.id, d.idempotency_key, d.order_id, d.channel, d.recipient, d.subscription_id, d.kind,
                              d.fact_keys, d.fact_values, d.attempts, d.created_at""")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setInt(2, limit);
                ps.setTimestamp(3, Timestamp.from(now.plus(lease)));
                List<DueDelivery> due = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String[] keys = (String[]) rs.getArray(8).getArray();
                        String[] values = (String[]) rs.getArray(9).getArray();
                        Map<String, String> facts = new LinkedHashMap<>();
                        for (int i = 0; i < keys.length; i++) {
                            facts.put(keys[i], values[i]);
                        }
                        due.add(new DueDelivery(rs.getLong(1), rs.getString(2), new OrderId(rs.getObject(3, UUID.class)),
                                Channel.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
                                facts, rs.getInt(10), rs.getTimestamp(11).toInstant()));
                    }
                }
                due.sort(Comparator.comparingLong(DueDelivery::id));
                return due;
            }
        });
    }

    @Override
    @Transactional
    public void sent(List<Long> deliveryIds, Instant at) {
        jdbc(c -> {
            DeliveryQueues.lockOf(c, deliveryIds);
            try (PreparedStatement ps = c.prepareStatement("update notification_deliveries set status = 'SENT',"
                    + " attempts = attempts + 1, finished_at = ?, last_error = null where id = any(?)")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setArray(2, c.createArrayOf("bigint", deliveryIds.toArray()));
                ps.executeUpdate();
            }
            return DeliveryQueues.promoteNext(c, deliveryIds);
        });
    }

    @Override
    @Transactional
    public void failed(long deliveryId, String error, Instant retryAt, Instant now) {
        String clipped = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (retryAt == null) {
            jdbc(c -> {
                DeliveryQueues.lockOf(c, List.of(deliveryId));
                try (PreparedStatement ps = c.prepareStatement("update notification_deliveries set status = 'DEAD',"
                        + " attempts = attempts + 1, last_error = ?, finished_at = ? where id = ?")) {
                    ps.setString(1, clipped);
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setLong(3, deliveryId);
                    ps.executeUpdate();
                }
                return DeliveryQueues.promoteNext(c, List.of(deliveryId)); // a dead delivery no longer holds its order's queue
            });
        } else {
            update("update notification_deliveries set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?",
                    clipped, Timestamp.from(retryAt), deliveryId);
        }
    }

    @Override
    @Transactional
    public List<DeadLetter> deadLetters(String owner, int limit) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select d.id, d.idempotency_key, d.order_id, d.channel, d.recipient, d.subscription_id, d.kind, d.attempts,
                           d.last_error, d.created_at, d.finished_at
                    from notification_deliveries d join webhook_subscriptions s on s.id = d.subscription_id
                    where d.status = 'DEAD' and s.owner = ?""" + TenantRows.and("s.tenant_id")
                    + " order by d.finished_at desc, d.id desc limit ?")) {
                ps.setString(1, owner);
                ps.setInt(TenantRows.bind(ps, 2), limit);
                List<DeadLetter> dead = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        dead.add(new DeadLetter(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class),
                                rs.getObject(6, UUID.class), rs.getString(7), rs.getInt(8), rs.getString(9),
                                rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant()));
                    }
                }
                return dead;
            }
        });
    }

    @Override
    @Transactional
    public boolean replay(long deliveryId, String owner, Instant now) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update notification_deliveries d set status = 'PENDING', attempts = 0, next_attempt_at = ?, created_at = ?,
                           finished_at = null
                    from webhook_subscriptions s
                    where d.id = ? and d.status = 'DEAD' and s.id = d.subscription_id and s.owner = ?"""
                    + TenantRows.and("s.tenant_id"))) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setLong(3, deliveryId);
                ps.setString(4, owner);
                TenantRows.bind(ps, 5);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private int update(String sql, Object... parameters) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                return ps.executeUpdate();
            }
        });
    }
}
