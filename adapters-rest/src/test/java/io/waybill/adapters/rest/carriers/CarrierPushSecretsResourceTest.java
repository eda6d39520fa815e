package io.waybill.adapters.rest.carriers;

import static io.restassured.RestAssured.given;
import static io.waybill.adapters.rest.testing.Api.admin;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.waybill.adapters.rest.fakes.ScriptedCarrierPayloads;
import io.waybill.adapters.rest.fakes.TestPushSecrets;
import io.waybill.application.port.in.ManageCarrierPushSecrets.NewSecret;
import io.waybill.application.shared.CarrierChannels;
import io.waybill.application.shared.PushScheme;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant's push secrets over HTTP: set, shown by fingerprint only, rotated with overlap, revoked; and pushes naming
 * their tenant, verified by the secret's scheme, refused when wrong, old, replayed or another tenant's.
 */
@QuarkusTest
class CarrierPushSecretsResourceTest {

    private static final String SECRETS = "/api/v1/carriers/testpush/push-secrets";
    private static final String PUSHES = "/api/v1/carriers/testpush/events";
    private static final String TENANT = "default";
    private static final TenantId GLOBEX = new TenantId("globex");

    @Inject
    ScriptedCarrierPayloads payloads;

    @Inject
    TestPushSecrets secrets;

    /** Shared by every test: the replay memory outlives a test, on a clock that does not move. */
    private static final AtomicInteger BODIES = new AtomicInteger();

    @BeforeEach
    void reset() {
        payloads.reset();
        secrets.reset();
        payloads.carrier(new CarrierChannels(new CarrierCode("testpush"), true, false));
        payloads.carrier(new CarrierChannels(new CarrierCode("testedi"), false, true));
    }

    @Test
    void aGivenSecretIsNeverShownAndAGeneratedOneOnlyOnce() {
        admin().body("{\"scheme\": \"aftership\", \"secret\": \"given-secret-1\"}").put(SECRETS).then().statusCode(200)
                .body("tenant", equalTo(TENANT)).body("carrier", equalTo("testpush")).body("scheme", equalTo("aftership"))
                .body("fingerprint", startsWith("sha256:")).body("pushUrl", equalTo(PUSHES + "?tenant=" + TENANT))
                .body("$", not(hasKey("secret")));
        String generated = admin().body("{\"scheme\": \"easypost\", \"generate\": true}").put(SECRETS).then().statusCode(200)
                .body("previous.scheme", equalTo("aftership")).extract().path("secret");
        assertThat(generated).hasSize(43);
        String listed = admin().get(SECRETS).then().statusCode(200).body("scheme", equalTo("easypost"))
                .body("$", not(hasKey("secret"))).extract().asString();
        assertThat(listed).doesNotContain(generated).doesNotContain("given-secret-1");
    }

    @Test
    void eachSchemeVerifiesItsOwnSignatureAndTheScansReachTheTenant() {
        for (PushScheme scheme : PushScheme.values()) {
            String secret = set(scheme);
            byte[] body = body();
            signed(scheme, secret, body).post(PUSHES + "?tenant=" + TENANT).then().statusCode(200).body("carrier", equalTo("testpush"));
        }
        assertThat(payloads.received()).hasSize(3);
    }

    @Test
    void aWrongOrMissingSignatureIs401AndOfAnotherSchemeToo() {
        String secret = set(PushScheme.AFTERSHIP);
        byte[] body = body();
        badSignature(signed(PushScheme.AFTERSHIP, "another-secret", body).post(PUSHES + "?tenant=" + TENANT).then());
        badSignature(signed(PushScheme.WAYBILL, secret, body).post(PUSHES + "?tenant=" + TENANT).then());
        badSignature(given().contentType(ContentType.JSON).body(body).post(PUSHES + "?tenant=" + TENANT).then());
        assertThat(payloads.received()).isEmpty();
    }

    @Test
    void theSameSignedBodyAgainIsAReplay() {
        String secret = set(PushScheme.EASYPOST);
        byte[] body = body();
        signed(PushScheme.EASYPOST, secret, body).post(PUSHES + "?tenant=" + TENANT).then().statusCode(200);
        problem(signed(PushScheme.EASYPOST, secret, body).post(PUSHES + "?tenant=" + TENANT).then(), 403, PUSHES)
                .body("type", equalTo("https://waybill.io/problems/replayed-push"));
        assertThat(payloads.received()).hasSize(1);
    }

    @Test
    void aPushThatCouldNotBeRecordedMayBeSentAgain() {
        String secret = set(PushScheme.WAYBILL);
        payloads.refuse("not the carrier's format");
        byte[] body = body();
        problem(signed(PushScheme.WAYBILL, secret, body).post(PUSHES + "?tenant=" + TENANT).then(), 400, PUSHES);
        payloads.reset();
        payloads.carrier(new CarrierChannels(new CarrierCode("testpush"), true, false));
        signed(PushScheme.WAYBILL, secret, body).post(PUSHES + "?tenant=" + TENANT).then().statusCode(200);
    }

    @Test
    void theReplacedSecretVerifiesWithinTheOverlapAndIsRefusedAfter() {
        String old = set(PushScheme.AFTERSHIP);
        String current = admin().body("{\"scheme\": \"aftership\", \"generate\": true, \"overlap\": \"PT2H\"}").put(SECRETS).then()
                .statusCode(200).body("previous.validUntil", equalTo("2026-11-02T10:00:00Z")).extract().path("secret");
        signed(PushScheme.AFTERSHIP, old, body()).post(PUSHES + "?tenant=" + TENANT).then().statusCode(200);
        signed(PushScheme.AFTERSHIP, current, body()).post(PUSHES + "?tenant=" + TENANT).then().statusCode(200);

        secrets.advance(Duration.ofHours(2));
        badSignature(signed(PushScheme.AFTERSHIP, old, body()).post(PUSHES + "?tenant=" + TENANT).then());
        signed(PushScheme.AFTERSHIP, current, body()).post(PUSHES + "?tenant=" + TENANT).then().statusCode(200);
        admin().get(SECRETS).then().statusCode(200).body("$", not(hasKey("previous")));
    }

    @Test
    void anotherTenantsSecretDoesNotVerifyAndATenantWithoutSecretCannotPush() {
        String mine = set(PushScheme.WAYBILL);
        String theirs = secrets.service().put(GLOBEX, new NewSecret(new CarrierCode("testpush"), PushScheme.WAYBILL,
                Optional.empty(), Optional.empty())).generated().orElseThrow();
        byte[] body = body();
        badSignature(signed(PushScheme.WAYBILL, theirs, body).post(PUSHES + "?tenant=" + TENANT).then());
        badSignature(signed(PushScheme.WAYBILL, mine, body).post(PUSHES + "?tenant=globex").then());
        problem(signed(PushScheme.WAYBILL, mine, body).post(PUSHES + "?tenant=initech").then(), 403, PUSHES)
                .body("type", equalTo("https://waybill.io/problems/push-not-enabled"));
        signed(PushScheme.WAYBILL, theirs, body).post(PUSHES + "?tenant=globex").then().statusCode(200);
        // the tenant's secret is not the installation's: without ?tenant= the configured secret is asked for
        badSignatureAt(signed(PushScheme.WAYBILL, mine, body()).post(PUSHES).then());
    }

    @Test
    void revocationEndsTheSecretAndTheReplacedOneAtOnce() {
        String old = set(PushScheme.WAYBILL);
        String current = set(PushScheme.WAYBILL);
        admin().delete(SECRETS).then().statusCode(204);
        for (String secret : new String[] {old, current}) {
            problem(signed(PushScheme.WAYBILL, secret, body()).post(PUSHES + "?tenant=" + TENANT).then(), 403, PUSHES)
                    .body("type", equalTo("https://waybill.io/problems/push-not-enabled"));
        }
        problem(admin().delete(SECRETS).then(), 404, SECRETS);
        problem(admin().get(SECRETS).then(), 404, SECRETS);
    }

    @Test
    void badRequestsAreProblemsAndOnlyAdminsManageSecrets() {
        invalidField(admin().body("{\"scheme\": \"stripe\", \"generate\": true}").put(SECRETS).then(), SECRETS, "scheme");
        invalidField(admin().body("{\"scheme\": \"waybill\", \"secret\": \"short\"}").put(SECRETS).then(), SECRETS, "secret");
        invalidField(admin().body("{\"scheme\": \"waybill\"}").put(SECRETS).then(), SECRETS, "secret");
        invalidField(admin().body("{\"scheme\": \"waybill\", \"secret\": \"long-enough\", \"generate\": true}").put(SECRETS).then(),
                SECRETS, "secret");
        invalidField(admin().body("{\"scheme\": \"waybill\", \"generate\": true, \"overlap\": \"a day\"}").put(SECRETS).then(),
                SECRETS, "overlap");
        invalidField(admin().body("{\"scheme\": \"waybill\", \"generate\": true, \"overlap\": \"P31D\"}").put(SECRETS).then(),
                SECRETS, "overlap");
        problem(admin().body("{\"scheme\": \"waybill\", \"generate\": true}").put("/api/v1/carriers/testedi/push-secrets").then(), 400,
                "/api/v1/carriers/testedi/push-secrets").body("type", equalTo("https://waybill.io/problems/wrong-channel"));
        problem(admin().body("{\"scheme\": \"waybill\", \"generate\": true}").put("/api/v1/carriers/nobody/push-secrets").then(), 404,
                "/api/v1/carriers/nobody/push-secrets");
        forbidden(operator().body("{\"scheme\": \"waybill\", \"generate\": true}").put(SECRETS).then(), SECRETS);
        problem(given().contentType(ContentType.JSON).body(body()).post(PUSHES + "?tenant=" + "x".repeat(80)).then(), 400, PUSHES);
    }

    private String set(PushScheme scheme) {
        return admin().body("{\"scheme\": \"" + scheme.wire() + "\", \"generate\": true}").put(SECRETS).then().statusCode(200)
                .extract().path("secret");
    }

    /** A new body each time, so that no test's push is taken for a replay of another's. */
    private static byte[] body() {
        return ("{\"trackResponse\": {\"shipment\": []}, \"n\": " + BODIES.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static RequestSpecification signed(PushScheme scheme, String secret, byte[] body) {
        byte[] mac = PushSignatures.hmac(secret.getBytes(StandardCharsets.UTF_8), body);
        String value = switch (scheme) {
            case WAYBILL -> "sha256=" + HexFormat.of().formatHex(mac);
            case EASYPOST -> "hmac-sha256-hex=" + HexFormat.of().formatHex(mac); // generated secrets are ASCII: NFKD changes nothing
            case AFTERSHIP -> Base64.getEncoder().encodeToString(mac);
        };
        return given().contentType(ContentType.JSON).header(PushSignatures.header(scheme), value).body(body);
    }

    private static void badSignature(ValidatableResponse response) {
        problem(response, 401, PUSHES).body("type", equalTo("https://waybill.io/problems/bad-signature"))
                .body("detail", containsString("tenant's push secret"));
    }

    private static void badSignatureAt(ValidatableResponse response) {
        problem(response, 401, PUSHES).body("type", equalTo("https://waybill.io/problems/bad-signature"));
    }
}
