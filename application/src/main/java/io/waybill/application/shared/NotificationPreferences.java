package io.waybill.application.shared;

import java.time.LocalTime;
import java.time.ZoneId;
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
}
