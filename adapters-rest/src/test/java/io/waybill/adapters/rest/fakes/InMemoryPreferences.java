package io.waybill.adapters.rest.fakes;

import io.waybill.application.port.in.ManageNotificationPreferences;
import io.waybill.application.shared.NotificationPreferences;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Preferences by e-mail address, with the defaults for a customer who never chose; refuses what the real one refuses. */
@Singleton
public class InMemoryPreferences implements ManageNotificationPreferences {

    private final Map<String, NotificationPreferences> saved = new ConcurrentHashMap<>();

    public void reset() {
        saved.clear();
    }

    public Map<String, NotificationPreferences> saved() {
        return Map.copyOf(saved);
    }

    @Override
    public NotificationPreferences preferences(String email) {
        return saved.getOrDefault(email, NotificationPreferences.defaults(email));
    }

    @Override
    public void save(NotificationPreferences preferences) {
        if (!preferences.email().contains("@")) {
            throw new InvalidValueException("email", "not an e-mail address: '" + preferences.email() + "'");
        }
        boolean someQuietHours = preferences.quietFrom() != null || preferences.quietUntil() != null || preferences.zone() != null;
        if (someQuietHours && !preferences.hasQuietHours()) {
            throw new InvalidValueException("quietHours", "give from, until and zone together, or none of them");
        }
        saved.put(preferences.email(), preferences);
    }
}
