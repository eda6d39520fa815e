package io.waybill.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static NotificationPreferences quiet(String from, String until) {
        return new NotificationPreferences("a@example.com", true, true, Locale.GERMAN, false, LocalTime.parse(from),
                LocalTime.parse(until), BERLIN);
    }

    @Test
    void smsWaitsForTheEndOfQuietHoursIncludingOvernightOnes() {
        Instant lateEvening = Instant.parse("2026-11-25T22:30:00Z"); // 23:30 in Berlin
        assertThat(quiet("22:00", "07:00").afterQuietHours(lateEvening))
                .isEqualTo(Instant.parse("2026-11-26T06:00:00Z"));
        Instant earlyMorning = Instant.parse("2026-11-26T04:00:00Z"); // 05:00 in Berlin
        assertThat(quiet("22:00", "07:00").afterQuietHours(earlyMorning))
                .isEqualTo(Instant.parse("2026-11-26T06:00:00Z"));
        Instant noon = Instant.parse("2026-11-26T11:00:00Z");
        assertThat(quiet("22:00", "07:00").afterQuietHours(noon)).isEqualTo(noon);
        assertThat(quiet("12:00", "14:00").afterQuietHours(noon)).isEqualTo(Instant.parse("2026-11-26T13:00:00Z"));
        assertThat(NotificationPreferences.defaults("a@example.com").afterQuietHours(lateEvening))
                .isEqualTo(lateEvening);
    }
}
