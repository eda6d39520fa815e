package io.waybill.adapters.persistence.jpa;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.CustomerPreferences;
import io.waybill.application.port.out.NotificationOutbox;
import io.waybill.application.port.out.WebhookSubscriptions;
import io.waybill.application.shared.DeadLetter;
import io.waybill.application.shared.NotificationPreferences;
import io.waybill.application.shared.WebhookSubscription;
import io.waybill.domain.order.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The outbox, its deliveries, webhook subscriptions and customer preferences in PostgreSQL, with plain SQL. Claims
 * lock with {@code FOR UPDATE SKIP LOCKED} and move the claimed rows' due time past a lease, in one statement, so
 * instances never take the same row and rows of a dead instance come back when the lease runs out.
 */
@ApplicationScoped
public class JdbcNotifications implements NotificationOutbox, WebhookSubscriptions, CustomerPreferences {

    private final DataSource dataSource;

    public JdbcNotifications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private <T> T jdbc(SqlWork<T> work) {
        return SqlWork.on(dataSource, "notification store", work);
    }

    // ---- outbox ---------------------------------------------------------------------------------------

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
                              o.occurred_at""")) {
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
                events.sort(java.util.Comparator.comparingLong(PendingEvent::id));
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
            lockQueues(c, events.stream().flatMap(e -> e.deliveries().stream()).filter(d -> d.subscription() != null)
                    .map(d -> queueKey(d.subscription(), d.order().value())).toList());
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

    /** When the last sweep for stranded queues ran (see {@link #releaseStranded}). */
    private volatile long lastSweep;

    @Override
    @Transactional
    public List<DueDelivery> claimDue(Instant now, Duration lease, int limit) {
        if (System.nanoTime() - lastSweep > 10_000_000_000L) {
            lastSweep = System.nanoTime();
            jdbc(JdbcNotifications::releaseStranded);
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
                due.sort(java.util.Comparator.comparingLong(DueDelivery::id));
                return due;
            }
        });
    }

    @Override
    @Transactional
    public void sent(List<Long> deliveryIds, Instant at) {
        jdbc(c -> {
            lockQueuesOf(c, deliveryIds);
            try (PreparedStatement ps = c.prepareStatement("update notification_deliveries set status = 'SENT',"
                    + " attempts = attempts + 1, finished_at = ?, last_error = null where id = any(?)")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setArray(2, c.createArrayOf("bigint", deliveryIds.toArray()));
                ps.executeUpdate();
            }
            return promoteNext(c, deliveryIds);
        });
    }

    /**
     * A guard for liveness: a queue whose head was finished without promoting the next delivery (which the queue locks
     * prevent) would wait for ever; its oldest WAITING delivery becomes PENDING when nothing of its queue is open.
     */
    private static int releaseStranded(Connection c) throws SQLException {
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
    private static long queueKey(UUID subscription, UUID order) {
        return subscription.getMostSignificantBits() * 31 ^ subscription.getLeastSignificantBits() * 17
                ^ order.getMostSignificantBits() * 13 ^ order.getLeastSignificantBits();
    }

    /** Locks these queues until the transaction ends, in a fixed order (no deadlock between instances). */
    private static void lockQueues(Connection c, List<Long> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select count(pg_advisory_xact_lock(k)) from (select distinct k from unnest(?::bigint[]) k order by k) q")) {
            ps.setArray(1, c.createArrayOf("bigint", keys.toArray()));
            ps.executeQuery().close();
        }
    }

    /** Locks the queues of these deliveries (see {@link #lockQueues}). */
    private static void lockQueuesOf(Connection c, List<Long> deliveries) throws SQLException {
        List<Long> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select subscription_id, order_id from notification_deliveries where id = any(?) and subscription_id is not null")) {
            ps.setArray(1, c.createArrayOf("bigint", deliveries.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(queueKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                }
            }
        }
        lockQueues(c, keys);
    }

    /** The next WAITING webhook delivery of each (subscription, order) of these finished deliveries becomes PENDING. */
    private static int promoteNext(Connection c, List<Long> finished) throws SQLException {
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

    @Override
    @Transactional
    public void failed(long deliveryId, String error, Instant retryAt, Instant now) {
        String clipped = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (retryAt == null) {
            jdbc(c -> {
                lockQueuesOf(c, List.of(deliveryId));
                try (PreparedStatement ps = c.prepareStatement("update notification_deliveries set status = 'DEAD',"
                        + " attempts = attempts + 1, last_error = ?, finished_at = ? where id = ?")) {
                    ps.setString(1, clipped);
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setLong(3, deliveryId);
                    ps.executeUpdate();
                }
                return promoteNext(c, List.of(deliveryId)); // a dead delivery no longer holds its order's queue
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
                    where d.status = 'DEAD' and s.owner = ? order by d.finished_at desc, d.id desc limit ?""")) {
                ps.setString(1, owner);
                ps.setInt(2, limit);
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
                    where d.id = ? and d.status = 'DEAD' and s.id = d.subscription_id and s.owner = ?""")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setLong(3, deliveryId);
                ps.setString(4, owner);
                return ps.executeUpdate() == 1;
            }
        });
    }

    // ---- webhook subscriptions ------------------------------------------------------------------------

    private static final String SUBSCRIPTION_COLUMNS =
            "id, owner, url, secret, event_types, active, suspended_reason, consecutive_failures, created_at";

    @Override
    @Transactional
    public void create(WebhookSubscription s) {
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into webhook_subscriptions (" + SUBSCRIPTION_COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, s.id());
                ps.setString(2, s.owner());
                ps.setString(3, s.url());
                ps.setString(4, s.secret());
                ps.setArray(5, c.createArrayOf("text", s.eventTypes().stream().sorted().toArray()));
                ps.setBoolean(6, s.active());
                ps.setString(7, s.suspendedReason());
                ps.setInt(8, s.consecutiveFailures());
                ps.setTimestamp(9, Timestamp.from(s.createdAt()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public Optional<WebhookSubscription> byId(UUID id) {
        List<WebhookSubscription> found = subscriptions("where id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    @Override
    @Transactional
    public List<WebhookSubscription> byOwner(String owner) {
        return subscriptions("where owner = ? order by created_at", owner);
    }

    @Override
    @Transactional
    public List<WebhookSubscription> active() {
        return subscriptions("where active");
    }

    @Override
    @Transactional
    public int failed(UUID id) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update webhook_subscriptions set consecutive_failures = consecutive_failures + 1 where id = ?"
                            + " returning consecutive_failures")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    @Transactional
    public void succeeded(UUID id) {
        update("update webhook_subscriptions set consecutive_failures = 0 where id = ? and consecutive_failures <> 0", id);
    }

    @Override
    @Transactional
    public void suspend(UUID id, String reason) {
        update("update webhook_subscriptions set active = false, suspended_reason = ? where id = ?",
                reason.substring(0, Math.min(reason.length(), 1000)), id);
    }

    @Override
    @Transactional
    public boolean reactivate(UUID id, String owner) {
        return update("update webhook_subscriptions set active = true, suspended_reason = null, consecutive_failures = 0"
                + " where id = ? and owner = ?", id, owner) == 1;
    }

    @Override
    @Transactional
    public boolean delete(UUID id, String owner) {
        return update("delete from webhook_subscriptions where id = ? and owner = ?", id, owner) == 1;
    }

    private List<WebhookSubscription> subscriptions(String where, Object... parameters) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + SUBSCRIPTION_COLUMNS + " from webhook_subscriptions " + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                List<WebhookSubscription> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new WebhookSubscription(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                                Set.of((String[]) rs.getArray(5).getArray()), rs.getBoolean(6), rs.getString(7), rs.getInt(8),
                                rs.getTimestamp(9).toInstant()));
                    }
                }
                return found;
            }
        });
    }

    // ---- customer preferences -------------------------------------------------------------------------

    @Override
    @Transactional
    public Optional<NotificationPreferences> of(String email) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select email, channels, language, opted_out, quiet_from, quiet_until, zone
                    from customer_preferences where email = ?""")) {
                ps.setString(1, email.toLowerCase(Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    List<String> channels = Arrays.asList((String[]) rs.getArray(2).getArray());
                    Time from = rs.getTime(5);
                    Time until = rs.getTime(6);
                    String zone = rs.getString(7);
                    return Optional.of(new NotificationPreferences(rs.getString(1), channels.contains("EMAIL"),
                            channels.contains("SMS"), Locale.forLanguageTag(rs.getString(3)), rs.getBoolean(4),
                            from == null ? null : from.toLocalTime(), until == null ? null : until.toLocalTime(),
                            zone == null ? null : ZoneId.of(zone)));
                }
            }
        });
    }

    @Override
    @Transactional
    public void save(NotificationPreferences p) {
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into customer_preferences (email, channels, language, opted_out, quiet_from, quiet_until, zone)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (email) do update set channels = excluded.channels, language = excluded.language,
                        opted_out = excluded.opted_out, quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
                        zone = excluded.zone""")) {
                List<String> channels = new ArrayList<>();
                if (p.byEmail()) {
                    channels.add("EMAIL");
                }
                if (p.bySms()) {
                    channels.add("SMS");
                }
                ps.setString(1, p.email().toLowerCase(Locale.ROOT));
                ps.setArray(2, c.createArrayOf("text", channels.toArray()));
                ps.setString(3, p.language().toLanguageTag());
                ps.setBoolean(4, p.optedOut());
                ps.setTime(5, p.quietFrom() == null ? null : Time.valueOf(p.quietFrom()));
                ps.setTime(6, p.quietUntil() == null ? null : Time.valueOf(p.quietUntil()));
                ps.setString(7, p.zone() == null ? null : p.zone().getId());
                return ps.executeUpdate();
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
