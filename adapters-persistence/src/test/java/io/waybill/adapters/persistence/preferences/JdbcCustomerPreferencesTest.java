package io.waybill.adapters.persistence.preferences;

import io.waybill.application.fakes.InDefaultTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waybill.adapters.persistence.testing.PostgresTestResource;
import io.waybill.application.shared.NotificationPreferences;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Customer preferences on a real PostgreSQL: found whatever the case of the address, replaced when saved again. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class JdbcCustomerPreferencesTest implements InDefaultTenant {

    @Inject
    JdbcCustomerPreferences store;

    @Test
    void preferencesAreFoundWhateverTheCaseOfTheAddressAndKeepEveryField() {
        String local = "ada." + UUID.randomUUID();
        NotificationPreferences saved = new NotificationPreferences("Ada.Lovelace+" + local + "@Example.ORG", false, true,
                Locale.forLanguageTag("de-AT"), false, LocalTime.of(22, 0), LocalTime.of(7, 30), ZoneId.of("Europe/Vienna"));

        store.save(saved);

        NotificationPreferences found = store.of(saved.email().toUpperCase(Locale.ROOT)).orElseThrow();
        assertThat(found).isEqualTo(new NotificationPreferences(saved.email().toLowerCase(Locale.ROOT), false, true,
                Locale.forLanguageTag("de-AT"), false, LocalTime.of(22, 0), LocalTime.of(7, 30), ZoneId.of("Europe/Vienna")));
        assertThat(found.hasQuietHours()).isTrue();
    }

    @Test
    void savingAgainReplacesThePreferencesAndAnUnknownAddressHasNone() {
        String email = "grace." + UUID.randomUUID() + "@example.org";
        store.save(new NotificationPreferences(email, true, true, Locale.FRENCH, false, LocalTime.of(21, 0), LocalTime.of(8, 0),
                ZoneId.of("Europe/Paris")));

        NotificationPreferences optedOut = new NotificationPreferences(email, true, false, Locale.ENGLISH, true, null, null, null);
        store.save(optedOut);

        assertThat(store.of(email)).as("the second save wins, quiet hours cleared").contains(optedOut);
        assertThat(store.of("nobody." + UUID.randomUUID() + "@example.org")).isEmpty();
    }
}
