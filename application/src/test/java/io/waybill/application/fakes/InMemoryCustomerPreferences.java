package io.waybill.application.fakes;

import io.waybill.application.port.out.CustomerPreferences;
import io.waybill.application.shared.NotificationPreferences;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Customers' preferences in memory, by e-mail address (case-insensitive), counting lookups. Thread-safe. */
public class InMemoryCustomerPreferences implements CustomerPreferences {

    private final Map<String, NotificationPreferences> byEmail = new HashMap<>();
    private int lookups;

    @Override
    public synchronized Optional<NotificationPreferences> of(String email) {
        lookups++;
        return Optional.ofNullable(byEmail.get(email.toLowerCase(Locale.ROOT)));
    }

    @Override
    public synchronized void save(NotificationPreferences preferences) {
        byEmail.put(preferences.email().toLowerCase(Locale.ROOT), preferences);
    }

    /** How many times {@link #of} was called. */
    public synchronized int lookups() {
        return lookups;
    }
}
