package io.waybill.adapters.persistence.predictions;

import static io.waybill.adapters.persistence.predictions.JdbcValues.instant;
import static io.waybill.adapters.persistence.predictions.JdbcValues.timestamp;

import io.waybill.application.shared.ShipmentPrediction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rows of {@code shipment_predictions}: the columns in one order, read and written in that order. */
final class PredictionRows {

    /** The risk levels as the indexed {@code risk_rank} column orders them. */
    static final Map<String, Integer> RANK = Map.of("NONE", 0, "LOW", 1, "MEDIUM", 2, "HIGH", 3);

    static final String COLUMNS = """
            shipment_id, order_id, order_number, carrier, carrier_tracking_number, status, p50, p90, basis, risk_level, reasons,
            first_detected_at, lead_time_hours, promised_latest, as_of, service""";

    /** The upsert of a whole row: the ids, order number, carrier and tracking number never change. */
    static final String UPSERT = "insert into shipment_predictions (" + COLUMNS + ", risk_rank)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (shipment_id) do update set"
            + " status = excluded.status, p50 = excluded.p50, p90 = excluded.p90, basis = excluded.basis,"
            + " risk_level = excluded.risk_level, risk_rank = excluded.risk_rank, reasons = excluded.reasons,"
            + " first_detected_at = excluded.first_detected_at, lead_time_hours = excluded.lead_time_hours,"
            + " promised_latest = excluded.promised_latest, as_of = excluded.as_of, service = excluded.service";

    private PredictionRows() {
    }

    /** The predictions a {@code select COLUMNS ...} with these parameters finds. */
    static List<ShipmentPrediction> query(Connection c, String sql, Object... parameters) throws SQLException {
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

    /** Binds a prediction to the parameters of {@link #UPSERT}. */
    static void bind(Connection c, PreparedStatement ps, ShipmentPrediction p) throws SQLException {
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
    }
}
