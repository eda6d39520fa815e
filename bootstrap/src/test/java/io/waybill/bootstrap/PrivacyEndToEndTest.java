package io.waybill.bootstrap;

import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.at;
import static io.waybill.bootstrap.ApiTestData.batch;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.ownWms;
import static io.waybill.bootstrap.ApiTestData.scan;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.fakes.Await;
import io.waybill.application.port.out.Orders;
import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.domain.order.Customer;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.Sku;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.sql.DataSource;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing personal where it does not belong: the log (every record of the running application, captured by a handler
 * on the root logger, Waybill's own at DEBUG) holds no customer name, e-mail or phone even on the paths that used to
 * put them there (a failed batch insert, a duplicate key, mails and SMS sent); the public tracking view shows none of a
 * carrier's free text.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PrivacyEndToEndTest {

    private static final String NAME = "Jane Privacydoe";
    private static final String PHONE = "+491705550123";
    private static final String OTHER_NAME = "Max Mustermann-Geheim";
    private static final String OTHER_PHONE = "+491709998877";

    private final Captured captured = new Captured();
    private final Logger root = Logger.getLogger("");
    private final Logger waybill = Logger.getLogger("io.waybill");
    private Level waybillLevel;

    @Inject
    Orders orders;

    @Inject
    DataSource dataSource;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void capture() {
        TestKeys.register();
        waybillLevel = waybill.getLevel();
        waybill.setLevel(Level.FINE);
        root.addHandler(captured);
    }

    @AfterEach
    void release() {
        root.removeHandler(captured);
        waybill.setLevel(waybillLevel);
    }

    @Test
    void theLogHoldsNoCustomerDataOnThePathsThatUsedToPutItThere() throws Exception {
        String email = unique("jane.privacy").toLowerCase() + "@example.org";
        String otherEmail = unique("max.geheim").toLowerCase() + "@example.org";
        Map<String, Object> order = new LinkedHashMap<>(ApiTestData.order(unique("PRIV"), line("MUG-WHITE", 1)));
        order.put("customer", Map.of("name", NAME, "email", email, "phone", PHONE));
        String number = (String) order.get("orderNumber");
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(order).post("/api/v1/orders")
                .then().statusCode(201).extract().path("id");
        ApiTestData.confirm(id);
        Await.until(Duration.ofSeconds(20), "the confirmation mail is sent", () -> !mailbox.getMailsSentTo(email).isEmpty());

        // a batch insert that fails: the same order number again, with another customer, in one save with a bystander
        Order bystander = order(unique("PRIV-BY"), new Customer(OTHER_NAME, otherEmail, OTHER_PHONE));
        Order duplicate = order(number, new Customer(OTHER_NAME, otherEmail, OTHER_PHONE));
        assertThatThrownBy(() -> TenantScope.run(TenantId.DEFAULT, () -> orders.save(List.of(bystander, duplicate))))
                .isInstanceOf(OrderNumberTakenException.class);

        // a duplicate key on a column that holds an e-mail address, straight through the application's data source
        String detail = duplicateKeyOn(otherEmail);
        Logger.getLogger(PrivacyEndToEndTest.class.getName()).log(Level.SEVERE, "duplicate preference", new SQLException(detail));

        assertThat(captured.text()).as("something was logged on these paths").isNotBlank();
        assertThat(captured.text()).doesNotContain(NAME, "Privacydoe", email, PHONE, "170 5550123", OTHER_NAME, "Mustermann",
                otherEmail, OTHER_PHONE, "Analytical Way");
        assertThat(detail).as("the driver names the constraint, not the value").contains("customer_preferences").doesNotContain(otherEmail);
    }

    @Test
    void thePublicViewShowsNoneOfACarriersFreeText() {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(ApiTestData.order(ownWms("FREETEXT"), line("MUG-WHITE", 1))).post("/api/v1/orders")
                .then().statusCode(201).extract().path("id");
        String trackingId = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/{id}/confirmation", id).then().statusCode(200).extract().path("trackingId");
        String parcel = "1ZFREE" + id.substring(0, 8).toUpperCase();
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(id, "ups", parcel, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        Map<String, Object> scan = new LinkedHashMap<>(scan("ups", parcel, parcel + "-free", "IN_TRANSIT", at(0, 1), "Berlin"));
        scan.put("rawText", "Left with Jane Doe, 12 Analytical Way, +49 170 1234567");
        scan.put("location", Map.of("facility", "Left with Jane Doe, 12 Analytical Way, +49 170 1234567",
                "city", "<img src=x onerror=alert(1)>", "countryCode", "DE"));
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON).body(batch(List.of(scan)))
                .post("/api/v1/tracking-events").then().statusCode(200).body("accepted", equalTo(1));

        String view = given().get("/api/v1/tracking/{id}", trackingId).then().statusCode(200).extract().asString();

        assertThat(view).contains("IN_TRANSIT", "\"countryCode\":\"DE\"")
                .doesNotContain("Jane", "Doe", "Analytical", "+49", "<img", "onerror", "alert", "facility", "Lovelace");
    }

    private static Order order(String number, Customer customer) {
        return Order.place(TenantId.DEFAULT, OrderId.random(), number, customer, new DeliveryAddress("12 Analytical Way", null, "10115", "Berlin", null,
                "DE"), List.of(new OrderLine(new Sku("MUG-WHITE"), 1)), null, Instant.now());
    }

    /** Inserts a preference row twice; answers the message of the driver's exception. */
    private String duplicateKeyOn(String email) throws SQLException {
        try (TenantScope.Entered scope = TenantScope.enter(TenantId.DEFAULT); Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "insert into customer_preferences (email, channels, language, opted_out, tenant_id)"
                                + " values (?, '{}', 'en', false, 'default')")) {
            c.setAutoCommit(true);
            ps.setString(1, email);
            ps.executeUpdate();
            ps.executeUpdate();
            throw new AssertionError("the second insert should have failed");
        } catch (SQLException e) {
            assertThat(e.getSQLState()).isEqualTo("23505");
            return e.getMessage();
        }
    }

    /** Every record that reaches the root logger, formatted with its whole exception chain. */
    private static final class Captured extends Handler {

        private final List<String> lines = new ArrayList<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public synchronized void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : formatter.formatMessage(record);
            StringBuilder line = new StringBuilder(record.getLoggerName()).append(": ").append(message);
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            lines.add(line.toString());
        }

        synchronized String text() {
            return String.join("\n", lines);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
