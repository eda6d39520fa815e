package io.waybill.application.port.out;

import io.waybill.application.shared.NotificationPreferences;
import java.util.Optional;

/** Customers' notification preferences, by e-mail address (case-insensitive). */
public interface CustomerPreferences {

    Optional<NotificationPreferences> of(String email);

    void save(NotificationPreferences preferences);
}
