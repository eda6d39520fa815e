package io.waybill.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.adapters.persistence.embedded.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The embedded path a fresh machine uses: a real PostgreSQL from Maven artifacts, whose data survives a
 * restart. Always embedded, also in CI, where the other tests use the machine's PostgreSQL.
 */
class EmbeddedDatabaseTest {

    @Test
    void startsAndKeepsItsDataAcrossARestart() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "embedded-restart-");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0)) {
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), ""); Statement s = c.createStatement()) {
                s.execute("create table survivors (name text)");
                s.execute("insert into survivors values ('order 42')");
            }
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dir, 0)) {
            try (Connection c = DriverManager.getConnection(second.jdbcUrl(), second.username(), "");
                    Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select name from survivors")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("order 42");
                assertThat(rs.getString(1)).isNotEmpty();
            }
        }
    }
}
