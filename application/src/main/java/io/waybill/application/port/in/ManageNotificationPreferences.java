package io.waybill.application.port.in;

import io.waybill.application.shared.NotificationPreferences;

/** Customers' notification preferences: channels, language, opt-out, quiet hours. */
public interface ManageNotificationPreferences {

    /** The customer's preferences, or the defaults when they never chose. */
    NotificationPreferences preferences(String email);

    /** @throws io.waybill.domain.shared.InvalidValueException for an address that is not one, or half-given quiet hours */
    void save(NotificationPreferences preferences);
}
