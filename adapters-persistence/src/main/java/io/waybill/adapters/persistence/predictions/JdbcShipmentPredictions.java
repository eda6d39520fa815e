package io.waybill.adapters.persistence.predictions;

import static io.waybill.adapters.persistence.predictions.JdbcValues.timestamp;
import static io.waybill.adapters.persistence.predictions.PredictionRows.COLUMNS;
import static io.waybill.adapters.persistence.predictions.PredictionRows.RANK;

import io.waybill.adapters.persistence.sql.SqlWork;
import io.waybill.adapters.persistence.sql.TenantRows;
import io.waybill.application.port.out.ShipmentPredictions;
import io.waybill.application.shared.AtRiskSearch;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.ShipmentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Shipment predictions, their risk history and the at-risk search in PostgreSQL, with plain SQL; a prediction crossing
 * into or out of HIGH writes its outbox message in the same transaction.
 */
@ApplicationScoped
public class JdbcShipmentPredictions implements ShipmentPredictions {

    private final DataSource dataSource;

    public JdbcShipmentPredictions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private <T> T jdbc(SqlWork<T> work) {
        return SqlWork.on(dataSource, "shipment predictions store", work);
    }

    /** The first wall on a prediction looked up by its shipment's id: another tenant's is as good as absent. */
    private static final String OF_TENANT_CONDITION = " and order_id in (select o.id from orders o where o.tenant_id = ?)";

    @Override
    @Transactional
    public Optional<ShipmentPrediction> of(ShipmentId shipment) {
        String ofTenant = TenantRows.visible() == null ? "" : OF_TENANT_CONDITION;
        List<ShipmentPrediction> found = jdbc(c -> PredictionRows.query(c,
                "select " + COLUMNS + " from shipment_predictions where shipment_id = ?" + ofTenant, TenantRows.with(shipment.value())));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    @Override
    @Transactional
    public Map<ShipmentId, ShipmentPrediction> of(Collection<ShipmentId> shipments) {
        Map<ShipmentId, ShipmentPrediction> found = new HashMap<>();
        if (!shipments.isEmpty()) {
            jdbc(c -> {
                for (ShipmentPrediction p : PredictionRows.query(c, "select " + COLUMNS + " from shipment_predictions where shipment_id = any(?)",
                        JdbcValues.shipmentIds(c, shipments))) {
                    found.put(new ShipmentId(p.shipmentId()), p);
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
            Map<UUID, String> before = levels(c, predictions);
            try (PreparedStatement ps = c.prepareStatement(PredictionRows.UPSERT);
                    PreparedStatement history = c.prepareStatement(
                            "insert into shipment_risk_history (shipment_id, at, risk_level, reasons) values (?, ?, ?, ?)")) {
                for (ShipmentPrediction p : predictions) {
                    PredictionRows.bind(c, ps, p);
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
            tellHighRiskChanges(c, predictions, before);
            return null;
        });
    }

    /** The stored risk level of each of these predictions' shipments (absent when none is stored yet). */
    private static Map<UUID, String> levels(Connection c, List<ShipmentPrediction> predictions) throws SQLException {
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
        return before;
    }

    /** Crossing into or out of HIGH is told to customers and integrators: through the outbox, in this transaction. */
    private static void tellHighRiskChanges(Connection c, List<ShipmentPrediction> predictions, Map<UUID, String> before)
            throws SQLException {
        try (PreparedStatement outbox = c.prepareStatement(
                "insert into outbox (message_id, order_id, shipment_id, type, detail, occurred_at, tenant_id)"
                        + " select ?, o.id, ?, ?, ?, ?, o.tenant_id from orders o where o.id = ?")) {
            int rows = 0;
            for (ShipmentPrediction p : predictions) {
                boolean was = "HIGH".equals(before.getOrDefault(p.shipmentId(), "NONE"));
                boolean is = "HIGH".equals(p.riskLevel());
                if (was == is || (!is && ("DELIVERED".equals(p.status()) || "RETURNED_TO_SENDER".equals(p.status())))) {
                    continue; // no change, or the journey ended: the delivery message says the rest
                }
                outbox.setObject(1, UUID.randomUUID());
                outbox.setObject(2, p.shipmentId());
                outbox.setString(3, is ? "DelayPredicted" : "DelayCleared");
                String reason = is && !p.reasons().isEmpty() ? p.reasons().getFirst() : null;
                outbox.setString(4, reason == null ? null : reason.substring(0, Math.min(reason.length(), 500)));
                outbox.setTimestamp(5, timestamp(p.asOf()));
                outbox.setObject(6, p.orderId()); // the message is the order's tenant's
                outbox.addBatch();
                rows++;
            }
            if (rows > 0) {
                outbox.executeBatch();
            }
        }
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
        if (TenantRows.visible() != null) {
            where.append(OF_TENANT_CONDITION);
            parameters.add(TenantRows.visible());
        }
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
        return jdbc(c -> {
            long total = count(c, where.toString(), parameters);
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(query.offset());
            paged.add(query.size());
            List<ShipmentPrediction> items = total == 0 ? List.of() : PredictionRows.query(c, "select " + COLUMNS
                    + " from shipment_predictions" + where + orderBy(query.sort()) + " offset ? limit ?", paged.toArray());
            return new AtRiskSearch.Page(items, query.page(), query.size(), total);
        });
    }

    private static String orderBy(AtRiskSearch.Sort sort) {
        return switch (sort) {
            case LEAD_TIME -> " order by lead_time_hours nulls last, first_detected_at nulls last, shipment_id";
            case LEAD_TIME_DESCENDING -> " order by lead_time_hours desc nulls last, first_detected_at nulls last, shipment_id";
            case PROMISE -> " order by promised_latest nulls last, lead_time_hours nulls last, shipment_id";
            case FIRST_DETECTED -> " order by first_detected_at nulls last, shipment_id";
            case FIRST_DETECTED_DESCENDING -> " order by first_detected_at desc nulls last, shipment_id";
            case ETA -> " order by p50 nulls last, shipment_id";
        };
    }

    private static long count(Connection c, String where, List<Object> parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from shipment_predictions" + where)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    @Transactional
    public List<ShipmentPrediction.RiskChange> history(ShipmentId shipment) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select at, risk_level, reasons from shipment_risk_history where shipment_id = ?"
                            + (TenantRows.visible() == null ? "" : " and shipment_id in (select s.id from shipments s where s.tenant_id = ?)")
                            + " order by at")) {
                ps.setObject(1, shipment.value());
                TenantRows.bind(ps, 2);
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

    @Override
    @Transactional
    public List<OrderId> staleOrders(Instant before, int limit) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select order_id from shipment_predictions
                    where as_of < ? and status not in ('DELIVERED', 'RETURNED_TO_SENDER')
                    group by order_id order by min(as_of) limit ?""")) {
                ps.setTimestamp(1, Timestamp.from(before));
                ps.setInt(2, limit);
                List<OrderId> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(new OrderId(rs.getObject(1, UUID.class)));
                    }
                }
                return ids;
            }
        });
    }
}
