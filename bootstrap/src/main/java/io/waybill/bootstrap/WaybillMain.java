package io.waybill.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.waybill.adapters.persistence.embedded.EmbeddedDatabase;
import java.nio.file.Path;

/**
 * Starts Waybill. Without a configured datasource ({@code QUARKUS_DATASOURCE_JDBC_URL} or
 * {@code -Dquarkus.datasource.jdbc.url}) it first starts an embedded PostgreSQL whose data lives in
 * {@code WAYBILL_DATA_DIR} (default {@code .data/postgres}) and survives restarts, and turns the demo on
 * unless told otherwise.
 */
@QuarkusMain
public final class WaybillMain {

    private WaybillMain() {
    }

    public static void main(String... args) {
        if (setting("quarkus.datasource.jdbc.url") == null) {
            Path dataDir = Path.of(setting("waybill.data-dir") != null ? setting("waybill.data-dir") : ".data/postgres");
            int port = Integer.parseInt(setting("waybill.embedded-db.port") != null ? setting("waybill.embedded-db.port") : "0");
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.toAbsolutePath(), port);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            System.setProperty("quarkus.datasource.password", "");
            if (setting("waybill.demo.enabled") == null) {
                System.setProperty("waybill.demo.enabled", "true");
            }
            System.out.println("Waybill: embedded PostgreSQL at " + database.jdbcUrl() + ", data in " + dataDir.toAbsolutePath());
        }
        Quarkus.run(args);
    }

    /** A setting from a system property or its environment-variable form (MicroProfile Config naming). */
    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
