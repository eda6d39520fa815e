package io.waybill.adapters.persistence.predictions;

import io.waybill.domain.order.ShipmentId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;

/** Conversions the prediction stores share between Java values and JDBC columns, nulls kept as nulls. */
final class JdbcValues {

    private JdbcValues() {
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** The shipments' ids as one {@code uuid[]} parameter, so that many are read in one query. */
    static Array shipmentIds(Connection c, Collection<ShipmentId> shipments) throws SQLException {
        return c.createArrayOf("uuid", shipments.stream().map(ShipmentId::value).toArray());
    }
}
