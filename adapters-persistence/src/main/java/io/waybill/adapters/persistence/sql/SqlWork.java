package io.waybill.adapters.persistence.sql;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain-JDBC work on a connection of the current transaction (Agroal enlists it in the JTA transaction of the
 * {@code @Transactional} caller), with SQL errors turned into an unchecked exception naming the store.
 */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection c) throws SQLException;

    static <T> T on(DataSource dataSource, String store, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(store + ": " + e.getMessage(), e);
        }
    }
}
