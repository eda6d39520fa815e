package io.waybill.adapters.persistence.polls;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.TrackingPolls;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.ShipmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The polling schedule in table {@code carrier_polls}, shared by all instances on one database. A claim is one
 * statement: the due rows are locked with {@code FOR UPDATE SKIP LOCKED} (rows another instance is claiming at
 * that moment are skipped, not waited for) and moved to {@code due_at = now + lease}, so they stay out of
 * every other claim until rescheduled or until the lease runs out.
 */
@ApplicationScoped
public class JdbcTrackingPolls implements TrackingPolls {

    private static final String CLAIM = """
            with due as (
                select p.shipment_id from carrier_polls p
                where p.carrier = any(?) and p.due_at <= ?
                order by p.due_at
                limit ?
                for update of p skip locked)
            update carrier_polls p set due_at = ?, claimed_until = ?, polls = p.polls + 1
            from due, shipments s
            where p.shipment_id = due.shipment_id and s.id = p.shipment_id
            returning p.shipment_id, p.carrier, p.carrier_tracking_number, s.status, p.last_news_at, p.failures""";

    private final DataSource dataSource;

    public JdbcTrackingPolls(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public void schedule(ShipmentId shipment, CarrierCode carrier, CarrierTrackingNumber number, Instant dueAt) {
        update("""
                insert into carrier_polls (shipment_id, carrier, carrier_tracking_number, due_at, last_news_at)
                values (?, ?, ?, ?, ?) on conflict (shipment_id) do nothing""",
                ps -> {
                    ps.setObject(1, shipment.value());
                    ps.setString(2, carrier.value());
                    ps.setString(3, number.value());
                    ps.setTimestamp(4, Timestamp.from(dueAt));
                    ps.setTimestamp(5, Timestamp.from(dueAt));
                });
    }

    @Override
    @Transactional
    public List<Claimed> claimDue(Set<CarrierCode> carriers, Instant now, Duration lease, int limit) {
        Instant until = now.plus(lease);
        return SqlWork.on(dataSource, "carrier poll schedule", c -> {
            try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
                ps.setArray(1, c.createArrayOf("varchar", carriers.stream().map(CarrierCode::value).toArray()));
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setInt(3, limit);
                ps.setTimestamp(4, Timestamp.from(until));
                ps.setTimestamp(5, Timestamp.from(until));
                List<Claimed> claimed = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new Claimed(new ShipmentId(rs.getObject(1, UUID.class)), new CarrierCode(rs.getString(2)),
                                new CarrierTrackingNumber(rs.getString(3)), ShipmentStatus.valueOf(rs.getString(4)),
                                rs.getTimestamp(5).toInstant(), rs.getInt(6)));
                    }
                }
                return claimed;
            }
        });
    }

    @Override
    @Transactional
    public void reschedule(ShipmentId shipment, Instant dueAt, Instant newsAt, int failures) {
        update("""
                update carrier_polls set due_at = ?, claimed_until = null, failures = ?,
                       last_news_at = coalesce(?, last_news_at)
                where shipment_id = ?""",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(dueAt));
                    ps.setInt(2, failures);
                    ps.setTimestamp(3, newsAt == null ? null : Timestamp.from(newsAt));
                    ps.setObject(4, shipment.value());
                });
    }

    @Override
    @Transactional
    public void stop(ShipmentId shipment) {
        update("delete from carrier_polls where shipment_id = ?", ps -> ps.setObject(1, shipment.value()));
    }

    @Override
    @Transactional
    public int scheduleMissing(Set<CarrierCode> carriers, Instant dueAt) {
        return update("""
                insert into carrier_polls (shipment_id, carrier, carrier_tracking_number, due_at, last_news_at)
                select s.id, s.carrier, s.carrier_tracking_number, ?, ? from shipments s
                where s.carrier = any(?) and s.status not in ('DELIVERED', 'RETURNED_TO_SENDER')
                  and not exists (select 1 from carrier_polls p where p.shipment_id = s.id)
                on conflict (shipment_id) do nothing""",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(dueAt));
                    ps.setTimestamp(2, Timestamp.from(dueAt));
                    ps.setArray(3, ps.getConnection().createArrayOf("varchar", carriers.stream().map(CarrierCode::value).toArray()));
                });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        return SqlWork.on(dataSource, "carrier poll schedule", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
        });
    }
}
