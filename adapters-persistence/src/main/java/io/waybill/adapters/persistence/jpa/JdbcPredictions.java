package io.waybill.adapters.persistence.jpa;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.application.port.out.Predictions;
import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.CarrierEstimate;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.eta.Lane;
import io.waybill.domain.eta.P2Quantile;
import io.waybill.domain.eta.Stage;
import io.waybill.domain.eta.TransitStatistics;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.ShipmentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Transit statistics, carrier estimates, shipment predictions and risk history in PostgreSQL, with plain SQL. */
@ApplicationScoped
public class JdbcPredictions implements Predictions {

    private static final Map<String, Integer> RANK = Map.of("NONE", 0, "LOW", 1, "MEDIUM", 2, "HIGH", 3);
    private static final String COLUMNS = """
            shipment_id, order_id, order_number, carrier, carrier_tracking_number, status, p50, p90, basis, risk_level, reasons,
            first_detected_at, lead_time_hours, promised_latest, as_of, service""";

    private final DataSource dataSource;

    public JdbcPredictions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private <T> T jdbc(SqlWork<T> work) {
        return SqlWork.on(dataSource, "predictions store", work);
    }

    @Override
    @Transactional
    public void loadStatistics(TransitStatistics into) {
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("select carrier, service, origin, destination, stage, slot, observations,"
                    + " p50_heights, p50_positions, p50_desired, p90_heights, p90_positions, p90_desired,"
                    + " p20_observations, p20_heights, p20_positions, p20_desired from transit_statistics");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(7);
                    long n20 = rs.getLong(14);
                    P2Quantile p20 = rs.wasNull() ? null : P2Quantile.restore(0.2, n20, doubles(rs, 15), doubles(rs, 16), doubles(rs, 17));
                    into.restore(new Lane(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                            Stage.valueOf(rs.getString(5)), rs.getInt(6), new TransitStatistics.Cell(p20,
                                    P2Quantile.restore(0.5, n, doubles(rs, 8), doubles(rs, 9), doubles(rs, 10)),
                                    P2Quantile.restore(0.9, n, doubles(rs, 11), doubles(rs, 12), doubles(rs, 13))));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select carrier, service, stage, p90_widening, observations from eta_calibrations");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.restore(new TransitStatistics.Calibration(rs.getString(1), rs.getString(2), Stage.valueOf(rs.getString(3)),
                            rs.getDouble(4), rs.getLong(5)));
                }
            }
            return null;
        });
    }

    @Override
    @Transactional
    public void saveCells(List<TransitStatistics.Touched> cells, List<TransitStatistics.Calibration> calibrations) {
        if (cells.isEmpty() && calibrations.isEmpty()) {
            return;
        }
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into transit_statistics (carrier, service, origin, destination, stage, slot, observations,
                        p50_heights, p50_positions, p50_desired, p90_heights, p90_positions, p90_desired,
                        p20_observations, p20_heights, p20_positions, p20_desired)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (carrier, service, origin, destination, stage, slot) do update set
                        observations = excluded.observations, p50_heights = excluded.p50_heights,
                        p50_positions = excluded.p50_positions, p50_desired = excluded.p50_desired,
                        p90_heights = excluded.p90_heights, p90_positions = excluded.p90_positions,
                        p90_desired = excluded.p90_desired, p20_observations = excluded.p20_observations,
                        p20_heights = excluded.p20_heights, p20_positions = excluded.p20_positions,
                        p20_desired = excluded.p20_desired""")) {
                for (TransitStatistics.Touched t : cells) {
                    P2Quantile p20 = t.cell().p20Estimator();
                    P2Quantile p50 = t.cell().p50Estimator();
                    P2Quantile p90 = t.cell().p90Estimator();
                    ps.setString(1, t.lane().carrier());
                    ps.setString(2, t.lane().service());
                    ps.setString(3, t.lane().origin());
                    ps.setString(4, t.lane().destination());
                    ps.setString(5, t.stage().name());
                    ps.setInt(6, t.slot());
                    ps.setLong(7, p50.count());
                    ps.setArray(8, array(c, p50.heights()));
                    ps.setArray(9, array(c, p50.positions()));
                    ps.setArray(10, array(c, p50.desired()));
                    ps.setArray(11, array(c, p90.heights()));
                    ps.setArray(12, array(c, p90.positions()));
                    ps.setArray(13, array(c, p90.desired()));
                    ps.setLong(14, p20.count());
                    ps.setArray(15, array(c, p20.heights()));
                    ps.setArray(16, array(c, p20.positions()));
                    ps.setArray(17, array(c, p20.desired()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into eta_calibrations (carrier, service, stage, p90_widening, observations) values (?, ?, ?, ?, ?)
                    on conflict (carrier, service, stage) do update set p90_widening = excluded.p90_widening,
                        observations = excluded.observations""")) {
                for (TransitStatistics.Calibration k : calibrations) {
                    ps.setString(1, k.carrier());
                    ps.setString(2, k.service());
                    ps.setString(3, k.stage().name());
                    ps.setDouble(4, k.p90Widening());
                    ps.setLong(5, k.observations());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    @Transactional
    public Optional<ShipmentPrediction> of(ShipmentId shipment) {
        List<ShipmentPrediction> found = query("select " + COLUMNS + " from shipment_predictions where shipment_id = ?",
                shipment.value());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    @Override
    @Transactional
    public Map<UUID, ShipmentPrediction> of(java.util.Collection<ShipmentId> shipments) {
        Map<UUID, ShipmentPrediction> found = new HashMap<>();
        if (!shipments.isEmpty()) {
            jdbc(c -> {
                for (ShipmentPrediction p : query(c, "select " + COLUMNS + " from shipment_predictions where shipment_id = any(?)",
                        c.createArrayOf("uuid", shipments.stream().map(ShipmentId::value).toArray()))) {
                    found.put(p.shipmentId(), p);
                }
                return null;
            });
        }
        return found;
    }

    @Override
    @Transactional
    public void save(List<ShipmentPrediction> predictions) {
        jdbc(c -> {
            Map<UUID, String> before = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select shipment_id, risk_level from shipment_predictions where shipment_id = any(?)")) {
                ps.setArray(1, c.createArrayOf("uuid", predictions.stream().map(ShipmentPrediction::shipmentId).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        before.put(rs.getObject(1, UUID.class), rs.getString(2));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into shipment_predictions (" + COLUMNS + ", risk_rank)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (shipment_id) do update set"
                    + " status = excluded.status, p50 = excluded.p50, p90 = excluded.p90, basis = excluded.basis,"
                    + " risk_level = excluded.risk_level, risk_rank = excluded.risk_rank, reasons = excluded.reasons,"
                    + " first_detected_at = excluded.first_detected_at, lead_time_hours = excluded.lead_time_hours,"
                    + " promised_latest = excluded.promised_latest, as_of = excluded.as_of, service = excluded.service");
                    PreparedStatement history = c.prepareStatement(
                            "insert into shipment_risk_history (shipment_id, at, risk_level, reasons) values (?, ?, ?, ?)")) {
                for (ShipmentPrediction p : predictions) {
                    ps.setObject(1, p.shipmentId());
                    ps.setObject(2, p.orderId());
                    ps.setString(3, p.orderNumber());
                    ps.setString(4, p.carrier());
                    ps.setString(5, p.carrierTrackingNumber());
                    ps.setString(6, p.status());
                    ps.setTimestamp(7, timestamp(p.p50()));
                    ps.setTimestamp(8, timestamp(p.p90()));
                    ps.setString(9, p.basis() == null ? null : p.basis().substring(0, Math.min(p.basis().length(), 512)));
                    ps.setString(10, p.riskLevel());
                    ps.setArray(11, c.createArrayOf("text", p.reasons().toArray()));
                    ps.setTimestamp(12, timestamp(p.firstDetectedAt()));
                    ps.setObject(13, p.leadTimeHours());
                    ps.setTimestamp(14, timestamp(p.promisedLatest()));
                    ps.setTimestamp(15, timestamp(p.asOf()));
                    ps.setString(16, p.service());
                    ps.setInt(17, RANK.getOrDefault(p.riskLevel(), 0));
                    ps.addBatch();
                    String was = before.getOrDefault(p.shipmentId(), "NONE");
                    if (!was.equals(p.riskLevel())) {
                        history.setObject(1, p.shipmentId());
                        history.setTimestamp(2, timestamp(p.asOf()));
                        history.setString(3, p.riskLevel());
                        history.setArray(4, c.createArrayOf("text", p.reasons().toArray()));
                        history.addBatch();
                    }
                }
                ps.executeBatch();
                history.executeBatch();
            }
            // crossing into or out of HIGH is told to customers and integrators: through the outbox, in this transaction
            try (PreparedStatement outbox = c.prepareStatement(
                    "insert into outbox (message_id, order_id, shipment_id, type, detail, occurred_at) values (?, ?, ?, ?, ?, ?)")) {
                int rows = 0;
                for (ShipmentPrediction p : predictions) {
                    boolean was = "HIGH".equals(before.getOrDefault(p.shipmentId(), "NONE"));
                    boolean is = "HIGH".equals(p.riskLevel());
                    if (was == is || (!is && ("DELIVERED".equals(p.status()) || "RETURNED_TO_SENDER".equals(p.status())))) {
                        continue; // no change, or the journey ended: the delivery message says the rest
                    }
                    outbox.setObject(1, UUID.randomUUID());
                    outbox.setObject(2, p.orderId());
                    outbox.setObject(3, p.shipmentId());
                    outbox.setString(4, is ? "DelayPredicted" : "DelayCleared");
                    String reason = is && !p.reasons().isEmpty() ? p.reasons().getFirst() : null;
                    outbox.setString(5, reason == null ? null : reason.substring(0, Math.min(reason.length(), 500)));
                    outbox.setTimestamp(6, timestamp(p.asOf()));
                    outbox.addBatch();
                    rows++;
                }
                if (rows > 0) {
                    outbox.executeBatch();
                }
            }
            return null;
        });
    }

    /**
     * Filters are bound parameters; the ORDER BY is one of the constant clauses below, chosen by the sort, so no text of
     * the request reaches the SQL. The partial index on at-risk rows (V4) serves the default level MEDIUM and above.
     */
    @Override
    @Transactional
    public AtRiskSearch.Page atRisk(AtRiskSearch.Query query) {
        StringBuilder where = new StringBuilder(" where risk_rank >= ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(RANK.get(query.minimumLevel().name()));
        if (query.carrier() != null) {
            where.append(" and carrier = ?");
            parameters.add(query.carrier().value());
        }
        if (query.service() != null) {
            where.append(" and service = ?");
            parameters.add(query.service().code());
        }
        if (query.status() != null) {
            where.append(" and status = ?");
            parameters.add(query.status().name());
        }
        if (query.promisedBefore() != null) {
            where.append(" and promised_latest < ?");
            parameters.add(Timestamp.from(query.promisedBefore()));
        }
        String order = switch (query.sort()) {
            case LEAD_TIME -> " order by lead_time_hours nulls last, first_detected_at nulls last, shipment_id";
            case LEAD_TIME_DESCENDING -> " order by lead_time_hours desc nulls last, first_detected_at nulls last, shipment_id";
            case PROMISE -> " order by promised_latest nulls last, lead_time_hours nulls last, shipment_id";
            case FIRST_DETECTED -> " order by first_detected_at nulls last, shipment_id";
            case FIRST_DETECTED_DESCENDING -> " order by first_detected_at desc nulls last, shipment_id";
            case ETA -> " order by p50 nulls last, shipment_id";
        };
        return jdbc(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from shipment_predictions" + where)) {
                for (int i = 0; i < parameters.size(); i++) {
                    ps.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(query.offset());
            paged.add(query.size());
            List<ShipmentPrediction> items = total == 0 ? List.of()
                    : query(c, "select " + COLUMNS + " from shipment_predictions" + where + order + " offset ? limit ?", paged.toArray());
            return new AtRiskSearch.Page(items, query.page(), query.size(), total);
        });
    }

    @Override
    @Transactional
    public List<ShipmentPrediction.RiskChange> history(ShipmentId shipment) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select at, risk_level, reasons from shipment_risk_history where shipment_id = ? order by at")) {
                ps.setObject(1, shipment.value());
                List<ShipmentPrediction.RiskChange> changes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        changes.add(new ShipmentPrediction.RiskChange(rs.getTimestamp(1).toInstant(), rs.getString(2),
                                Arrays.asList((String[]) rs.getArray(3).getArray())));
                    }
                }
                return changes;
            }
        });
    }

    /** One upsert per estimate; the WHERE of the update keeps a stored report that is as new or newer (V6). */
    @Override
    @Transactional
    public void saveCarrierEstimates(List<CarrierEstimate> estimates) {
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
    public int forgetCarrierEstimates(Instant reportedBefore, int limit) {
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
    public Map<UUID, CarrierEstimate> carrierEstimates(java.util.Collection<ShipmentId> shipments) {
        return estimates(shipments, "e.earliest, e.latest, e.reported_at");
    }

    @Override
    @Transactional
    public Map<UUID, CarrierEstimate> firstCarrierEstimates(java.util.Collection<ShipmentId> shipments) {
        return estimates(shipments, "null::timestamptz, e.first_latest, e.first_reported_at");
    }

    private Map<UUID, CarrierEstimate> estimates(java.util.Collection<ShipmentId> shipments, String columns) {
        Map<UUID, CarrierEstimate> found = new HashMap<>();
        if (shipments.isEmpty()) {
            return found;
        }
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select s.id, e.carrier, e.carrier_tracking_number, %s
                    from shipments s join carrier_estimates e
                        on e.carrier = s.carrier and e.carrier_tracking_number = s.carrier_tracking_number
                    where s.id = any(?)""".formatted(columns))) {
                ps.setArray(1, c.createArrayOf("uuid", shipments.stream().map(ShipmentId::value).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getObject(1, UUID.class), new CarrierEstimate(new CarrierCode(rs.getString(2)),
                                new CarrierTrackingNumber(rs.getString(3)), instant(rs, 4), instant(rs, 5), instant(rs, 6)));
                    }
                }
            }
            return found;
        });
    }

    @Override
    @Transactional
    public void queueLearning(List<DeliveryToLearn> deliveries, Instant at) {
        if (deliveries.isEmpty()) {
            return;
        }
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into deliveries_to_learn (shipment_id, order_id, delivered_at, queued_at) values (?, ?, ?, ?)
                    on conflict (shipment_id) do nothing""")) {
                for (DeliveryToLearn d : deliveries) {
                    ps.setObject(1, d.shipment().value());
                    ps.setObject(2, d.order().value());
                    ps.setTimestamp(3, Timestamp.from(d.deliveredAt()));
                    ps.setTimestamp(4, Timestamp.from(at));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    @Transactional
    public List<DeliveryToLearn> claimDeliveriesToLearn(Instant deliveredBefore, int limit, Instant at) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update deliveries_to_learn set learned_at = ?
                    where shipment_id in (select shipment_id from deliveries_to_learn
                                          where learned_at is null and delivered_at < ?
                                          order by delivered_at, shipment_id limit ? for update skip locked)
                    returning shipment_id, order_id, delivered_at""")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setTimestamp(2, Timestamp.from(deliveredBefore));
                ps.setInt(3, limit);
                List<DeliveryToLearn> claimed = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new DeliveryToLearn(new ShipmentId(rs.getObject(1, UUID.class)),
                                new io.waybill.domain.order.OrderId(rs.getObject(2, UUID.class)), rs.getTimestamp(3).toInstant()));
                    }
                }
                // returning does not keep the subquery's order
                claimed.sort(java.util.Comparator.comparing(DeliveryToLearn::deliveredAt).thenComparing(d -> d.shipment().value()));
                return claimed;
            }
        });
    }

    @Override
    @Transactional
    public List<io.waybill.domain.order.OrderId> staleOrders(Instant before, int limit) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select order_id from shipment_predictions
                    where as_of < ? and status not in ('DELIVERED', 'RETURNED_TO_SENDER')
                    group by order_id order by min(as_of) limit ?""")) {
                ps.setTimestamp(1, Timestamp.from(before));
                ps.setInt(2, limit);
                List<io.waybill.domain.order.OrderId> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(new io.waybill.domain.order.OrderId(rs.getObject(1, UUID.class)));
                    }
                }
                return ids;
            }
        });
    }

    private List<ShipmentPrediction> query(String sql, Object... parameters) {
        return jdbc(c -> query(c, sql, parameters));
    }

    private static List<ShipmentPrediction> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<ShipmentPrediction> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new ShipmentPrediction(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8), rs.getString(9),
                            rs.getString(10), Arrays.asList((String[]) rs.getArray(11).getArray()), instant(rs, 12),
                            rs.getObject(13) == null ? null : rs.getLong(13), instant(rs, 14), instant(rs, 15), rs.getString(16)));
                }
            }
            return found;
        }
    }

    private static double[] doubles(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        Double[] boxed = (Double[]) array.getArray();
        return Arrays.stream(boxed).mapToDouble(Double::doubleValue).toArray();
    }

    private static Array array(Connection c, double[] values) throws SQLException {
        return c.createArrayOf("float8", Arrays.stream(values).boxed().toArray());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
