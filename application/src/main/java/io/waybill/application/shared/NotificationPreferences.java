package io.waybill.application.shared;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * How a customer (by e-mail address) wants to be told: by e-mail, by SMS, in which language, not at all
 * ({@code optedOut}), and not during quiet hours ({@code quietFrom} to {@code quietUntil} in {@code zone}, which hold
 * SMS back until they are over; e-mail is not held).
 */
public record NotificationPreferences(String email, boolean byEmail, boolean bySms, Locale language, boolean optedOut,
        LocalTime quietFrom, LocalTime quietUntil, ZoneId zone) {

    /** What a customer who said nothing gets: e-mail in English, no quiet hours. */
    public static NotificationPreferences defaults(String email) {
        return new NotificationPreferences(email, true, false, Locale.ENGLISH, false, null, null, null);
    }

    public boolean hasQuietHours() {
        return quietFrom != null && quietUntil != null && zone != null;
    }

    /** {@code now}, or the end of the quiet hours when {@code now} falls inside them (overnight ones included). */
    public Instant afterQuietHours(Instant now) {
        if (!hasQuietHours()) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = quietFrom.isAfter(quietUntil);
        boolean quiet = overnight ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) && time.isBefore(quietUntil);
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(quietUntil);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
