package io.waybill.bootstrap;

import static io.restassured.RestAssured.given;
import static io.waybill.bootstrap.ApiTestData.ADMIN;
import static io.waybill.bootstrap.ApiTestData.INTEGRATOR;
import static io.waybill.bootstrap.ApiTestData.OPERATOR;
import static io.waybill.bootstrap.ApiTestData.PLATFORM_ADMIN;
import static io.waybill.bootstrap.ApiTestData.batch;
import static io.waybill.bootstrap.ApiTestData.line;
import static io.waybill.bootstrap.ApiTestData.order;
import static io.waybill.bootstrap.ApiTestData.ownWms;
import static io.waybill.bootstrap.ApiTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.shared.TenantScope;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant's own push secret over real HTTP and the real database: set through the API, a UPS push in AfterShip's
 * scheme naming the tenant drives the tenant's shipment to DELIVERED, a replay is refused, another tenant's valid push
 * reaches none of this tenant's shipments, and the secret is stored encrypted, never in the clear.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class CarrierPushSecretsEndToEndTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void keys() {
        TestKeys.register();
    }

    @Test
    void aTenantsSecretVerifiesItsPushesOnlyAndIsStoredEncrypted() throws Exception {
        String number = "1ZPS" + unique("").replaceAll("[^0-9A-Z]", "");
        String id = packedOrder(number);
        byte[] body = new String(fixture("ups-delivered-journey.json"), StandardCharsets.UTF_8)
                .replace("1ZV5R1230300123451", number).getBytes(StandardCharsets.UTF_8);
        String secret = given().header("X-API-Key", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("scheme", "aftership", "generate", true)).put("/api/v1/carriers/ups/push-secrets").then().statusCode(200)
                .body("pushUrl", equalTo("/api/v1/carriers/ups/events?tenant=default")).extract().path("secret");

        // another tenant, with a valid secret of its own, reaches none of the default tenant's shipments
        createTenant("pushy");
        String pushyAdmin = given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "pushy-admin", "role", "admin", "tenant", "pushy")).post("/api/v1/admin/api-keys").then()
                .extract().path("key");
        String theirs = given().header("X-API-Key", pushyAdmin).contentType(ContentType.JSON)
                .body(Map.of("scheme", "aftership", "generate", true)).put("/api/v1/carriers/ups/push-secrets").then().statusCode(200)
                .extract().path("secret");
        given().contentType(ContentType.JSON).header("aftership-hmac-sha256", sign(theirs, body)).body(body)
                .post("/api/v1/carriers/ups/events?tenant=pushy").then().statusCode(200)
                .body("accepted", equalTo(0)).body("results.result", everyItem(equalTo("REJECTED")));
        problemStatus(given().contentType(ContentType.JSON).header("aftership-hmac-sha256", sign(theirs, body)).body(body)
                .post("/api/v1/carriers/ups/events?tenant=default").then().extract().statusCode(), 401);

        given().contentType(ContentType.JSON).header("aftership-hmac-sha256", sign(secret, body)).body(body)
                .post("/api/v1/carriers/ups/events?tenant=default").then().statusCode(200)
                .body("accepted", greaterThan(3)).body("rejected", equalTo(0));
        given().header("X-API-Key", OPERATOR).get("/api/v1/orders/{id}", id).then().statusCode(200)
                .body("shipments[0].status", equalTo("DELIVERED"));
        given().contentType(ContentType.JSON).header("aftership-hmac-sha256", sign(secret, body)).body(body)
                .post("/api/v1/carriers/ups/events?tenant=default").then().statusCode(403)
                .body("type", equalTo("https://waybill.io/problems/replayed-push"));

        List<String> stored = TenantScope.platform(this::storedSecrets);
        assertThat(stored).hasSizeGreaterThanOrEqualTo(2).allSatisfy(value -> assertThat(value).doesNotContain(secret).doesNotContain(theirs));
        String listed = given().header("X-API-Key", ADMIN).get("/api/v1/carriers/ups/push-secrets").then().statusCode(200)
                .body("scheme", equalTo("aftership")).extract().asString();
        assertThat(listed).doesNotContain(secret);
    }

    /** The stored secrets of ups, as the database holds them (read in the platform's scope: the tenant wall is on). */
    private List<String> storedSecrets() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select secret_encrypted from carrier_push_secrets where carrier = 'ups'")) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problemStatus(int status, int expected) {
        assertThat(status).isEqualTo(expected);
    }

    private static void createTenant(String id) {
        int status = given().header("X-API-Key", PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Tenant " + id)).post("/api/v1/admin/tenants").then().extract().statusCode();
        assertThat(status).isIn(201, 409);
    }

    private static String packedOrder(String number) {
        String id = given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(order(ownWms("PUSH"), line("MUG-WHITE", 1))).post("/api/v1/orders").then().statusCode(201).extract().path("id");
        ApiTestData.confirm(id);
        given().header("X-API-Key", INTEGRATOR).contentType(ContentType.JSON)
                .body(batch(List.of(ApiTestData.packed(id, "ups", number, "MUG-WHITE"))))
                .post("/api/v1/warehouse-events").then().statusCode(200).body("accepted", equalTo(1));
        return id;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CarrierPushSecretsEndToEndTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    /** AfterShip's scheme: the base64 HMAC-SHA256 of the body. */
    private static String sign(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
