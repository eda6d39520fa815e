package io.waybill.adapters.rest.notifications;

import static io.waybill.adapters.rest.testing.Api.anonymous;
import static io.waybill.adapters.rest.testing.Api.forbidden;
import static io.waybill.adapters.rest.testing.Api.integrator;
import static io.waybill.adapters.rest.testing.Api.invalidField;
import static io.waybill.adapters.rest.testing.Api.operator;
import static io.waybill.adapters.rest.testing.Api.problem;
import static io.waybill.adapters.rest.testing.Api.unauthorized;
import static io.waybill.adapters.rest.testing.RestTestData.map;
import static io.waybill.application.fakes.OrderTestData.CUSTOMER_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.rest.fakes.InMemoryPreferences;
import io.waybill.application.shared.NotificationPreferences;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer's notification preferences, read by the shop and operations, set by the shop. */
@QuarkusTest
class PreferencesResourceTest {

    private static final String PATH = "/api/v1/customers/" + CUSTOMER_EMAIL + "/notification-preferences";

    @Inject
    InMemoryPreferences preferences;

    @BeforeEach
    void reset() {
        preferences.reset();
    }

    @Test
    void aCustomerWhoNeverChoseGetsTheDefaults() {
        operator().get(PATH).then().statusCode(200).contentType("application/json")
                .body("channels", equalTo(List.of("EMAIL")))
                .body("language", equalTo("en"))
                .body("optedOut", equalTo(false))
                .body("quietFrom", nullValue());
    }

    @Test
    void puttingPreferencesSavesThemAndAnswersWhatIsStored() {
        integrator().body(preferences()).put(PATH).then().statusCode(200)
                .body("channels", equalTo(List.of("EMAIL", "SMS")))
                .body("language", equalTo("de-AT"))
                .body("quietFrom", equalTo("22:00"))
                .body("quietUntil", equalTo("07:00"))
                .body("zone", equalTo("Europe/Vienna"));
        NotificationPreferences saved = preferences.saved().get(CUSTOMER_EMAIL);
        assertThat(saved.bySms()).isTrue();
        assertThat(saved.language()).isEqualTo(Locale.forLanguageTag("de-AT"));
        assertThat(saved.quietFrom()).isEqualTo(LocalTime.of(22, 0));
        assertThat(saved.zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
    }

    @Test
    void badPreferencesAre400sNamingTheField() {
        assertRefused("channels", "PIGEON", "channels");
        assertRefused("language", "not a tag!", "language");
        assertRefused("quietFrom", "late", "quietFrom");
        assertRefused("zone", "Mars/Olympus", "zone");
        assertRefused("quietUntil", null, "quietHours");
        invalidField(integrator().body("null").put(PATH).then(), PATH, "body");
        String notAnAddress = "/api/v1/customers/nobody/notification-preferences";
        invalidField(integrator().body(preferences()).put(notAnAddress).then(), notAnAddress, "email");
        assertThat(preferences.saved()).isEmpty();
    }

    @Test
    void preferencesNeedAKeyAndOperatorsOnlyRead() {
        unauthorized(anonymous().get(PATH).then(), PATH);
        forbidden(operator().body(preferences()).put(PATH).then(), PATH);
        problem(operator().delete(PATH).then(), 405, PATH).body("type", endsWith("/http-405"));
        assertThat(preferences.saved()).isEmpty();
    }

    private void assertRefused(String field, Object value, String named) {
        Map<String, Object> body = preferences();
        body.put(field, field.equals("channels") ? List.of("EMAIL", value) : value);
        invalidField(integrator().body(body).put(PATH).then(), PATH, named);
    }

    private static Map<String, Object> preferences() {
        return map("channels", List.of("SMS", "EMAIL"), "language", "de-AT", "optedOut", false, "quietFrom", "22:00",
                "quietUntil", "07:00", "zone", "Europe/Vienna");
    }
}
