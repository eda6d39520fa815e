package io.waybill.adapters.persistence.predictions;

import static io.waybill.adapters.persistence.predictions.JdbcValues.instant;
import static io.waybill.adapters.persistence.predictions.JdbcValues.timestamp;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.CarrierEstimates;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.ShipmentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** The carriers' delivery estimates in PostgreSQL, with plain SQL: the latest and the first report per tracking number. */
@ApplicationScoped
public class JdbcCarrierEstimates implements CarrierEstimates {

    private final DataSource dataSource;

    public JdbcCarrierEstimates(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private <T> T jdbc(SqlWork<T> work) {
        return SqlWork.on(dataSource, "carrier estimates store", work);
    }

    /** One upsert per estimate; the WHERE of the update keeps a stored report that is as new or newer (V6). */
    @Override
    @Transactional
    public void save(List<CarrierEstimate> estimates) {
        if (estimates.isEmpty()) {
            return;
        }
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into carrier_estimates (carrier, carrier_tracking_number, earliest, latest, reported_at,
                        first_latest, first_reported_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (carrier, carrier_tracking_number) do update set
                        earliest = case when excluded.reported_at > carrier_estimates.reported_at
                            then excluded.earliest else carrier_estimates.earliest end,
                        latest = case when excluded.reported_at > carrier_estimates.reported_at
                            then excluded.latest else carrier_estimates.latest end,
                        reported_at = greatest(excluded.reported_at, carrier_estimates.reported_at),
                        first_latest = case when excluded.reported_at < carrier_estimates.first_reported_at
                            then excluded.latest else carrier_estimates.first_latest end,
                        first_reported_at = least(excluded.reported_at, carrier_estimates.first_reported_at)
                    where excluded.reported_at > carrier_estimates.reported_at
                        or excluded.reported_at < carrier_estimates.first_reported_at""")) {
                for (CarrierEstimate e : estimates) {
                    ps.setString(1, e.carrier().value());
                    ps.setString(2, e.number().value());
                    ps.setTimestamp(3, timestamp(e.earliest()));
                    ps.setTimestamp(4, timestamp(e.latest()));
                    ps.setTimestamp(5, timestamp(e.reportedAt()));
                    ps.setTimestamp(6, timestamp(e.latest()));
                    ps.setTimestamp(7, timestamp(e.reportedAt()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    @Transactional
    public int forget(Instant reportedBefore, int limit) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    delete from carrier_estimates where reported_at < ? and (carrier, carrier_tracking_number) in (
                        select carrier, carrier_tracking_number from carrier_estimates where reported_at < ? limit ?
                        for update skip locked)""")) {
                // re-checked outside: an estimate renewed meanwhile stays; instances sweeping at once skip each other's rows
                ps.setTimestamp(1, timestamp(reportedBefore));
                ps.setTimestamp(2, timestamp(reportedBefore));
                ps.setInt(3, limit);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    @Transactional
    public Map<ShipmentId, CarrierEstimate> latest(Collection<ShipmentId> shipments) {
        return byShipment(shipments, "e.earliest, e.latest, e.reported_at");
    }

    @Override
    @Transactional
    public Map<ShipmentId, CarrierEstimate> first(Collection<ShipmentId> shipments) {
        return byShipment(shipments, "null::timestamptz, e.first_latest, e.first_reported_at");
    }

    /** @param columns the estimate's earliest, latest and reported-at columns: a constant of this class, never input */
    private Map<ShipmentId, CarrierEstimate> byShipment(Collection<ShipmentId> shipments, String columns) {
        Map<ShipmentId, CarrierEstimate> found = new HashMap<>();
        if (shipments.isEmpty()) {
            return found;
        }
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select s.id, e.carrier, e.carrier_tracking_number, %s
                    from shipments s join carrier_estimates e
                        on e.carrier = s.carrier and e.carrier_tracking_number = s.carrier_tracking_number
                    where s.id = any(?)""".formatted(columns))) {
                ps.setArray(1, JdbcValues.shipmentIds(c, shipments));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(new ShipmentId(rs.getObject(1, UUID.class)), new CarrierEstimate(new CarrierCode(rs.getString(2)),
                                new CarrierTrackingNumber(rs.getString(3)), instant(rs, 4), instant(rs, 5), instant(rs, 6)));
                    }
                }
            }
            return found;
        });
    }
}
