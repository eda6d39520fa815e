package io.waybill.bootstrap;

import io.waybill.application.shared.TenantScope;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Row counts of what requests write (orders, lines, subscriptions, keys, disruptions, feedback, preferences, and the
 * fuzz suite's own events), to show that a refused request wrote nothing. Events of the simulated warehouse and
 * carrier run on their own, so only events with a fuzz source are counted.
 */
final class FuzzLedger implements AutoCloseable {

    private static final String[] TABLES = {"orders", "order_lines", "webhook_subscriptions", "api_keys", "disruptions",
            "feedback", "customer_preferences"};
    private static final String COUNTS;

    static {
        StringBuilder sql = new StringBuilder("select ");
        for (String table : TABLES) {
            sql.append("(select count(*) from ").append(table).append("), ");
        }
        COUNTS = sql.append("(select count(*) from tracking_events where source_name like 'fuzz%')").toString();
    }

    /** The counts at one moment, in the order of the tables, fuzz events last. */
    record Counts(List<Long> values) {

        long events() {
            return values.getLast();
        }

        /** The tables whose count differs from {@code before}, with both counts. */
        List<String> changedSince(Counts before) {
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).equals(before.values.get(i))) {
                    String table = i < TABLES.length ? TABLES[i] : "tracking_events (fuzz)";
                    changed.add(table + " " + before.values.get(i) + " -> " + values.get(i));
                }
            }
            return changed;
        }
    }

    private final Connection connection;

    FuzzLedger(DataSource dataSource) throws SQLException {
        // held for the whole run and taken in the platform's scope: the counts are of every tenant's rows
        try (TenantScope.Entered ignored = TenantScope.enterPlatform()) {
            this.connection = dataSource.getConnection();
        }
    }

    Counts counts() {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(COUNTS)) {
            row.next();
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= TABLES.length + 1; i++) {
                values.add(row.getLong(i));
            }
            return new Counts(values);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
