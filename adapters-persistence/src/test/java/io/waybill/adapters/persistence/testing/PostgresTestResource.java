package io.waybill.adapters.persistence.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.waybill.adapters.persistence.embedded.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL a test run uses. With {@code WAYBILL_TEST_DB_URL} set (CI sets it), a fresh database is
 * created on that server for this run and dropped afterwards; a server that cannot be reached fails the
 * run loudly, it never falls back. Without it, an embedded PostgreSQL starts under {@code target/}, so
 * the tests run on a fresh machine with nothing installed.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String URL_VARIABLE = "WAYBILL_TEST_DB_URL";
    private EmbeddedDatabase embedded;
    private String serverUrl;
    private String user;
    private String password;
    private String database;

    @Override
    public Map<String, String> start() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            Path dir = Path.of("target", "embedded-pg-" + UUID.randomUUID());
            embedded = EmbeddedDatabase.start(dir, 0);
            System.out.println("[waybill-test] database: embedded PostgreSQL at " + embedded.jdbcUrl());
            return Map.of("quarkus.datasource.jdbc.url", embedded.jdbcUrl(), "quarkus.datasource.username", embedded.username(),
                    "quarkus.datasource.password", "");
        }
        serverUrl = url;
        user = env("WAYBILL_TEST_DB_USER", "postgres");
        password = env("WAYBILL_TEST_DB_PASSWORD", "");
        database = "waybill_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + database);
        String testUrl = withDatabase(url, database);
        System.out.println("[waybill-test] database: external PostgreSQL, fresh database " + testUrl);
        return Map.of("quarkus.datasource.jdbc.url", testUrl, "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        if (embedded != null) {
            embedded.close();
        }
        if (database != null) {
            execute("drop database if exists " + database + " with (force)");
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " (from " + URL_VARIABLE + ") is not usable: "
                    + e.getMessage() + ". Start it, or unset " + URL_VARIABLE + " to test on an embedded PostgreSQL.", e);
        }
    }

    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        String base = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        return base + "/" + database + (query < 0 ? "" : url.substring(query));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
