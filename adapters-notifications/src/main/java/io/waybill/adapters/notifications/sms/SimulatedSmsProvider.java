package io.waybill.adapters.notifications.sms;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * An SMS provider that sends nothing: it keeps the texts in memory so the demo can show what customers would have
 * received. It behaves like a provider that supports idempotency keys: a repeat of a key it has seen is taken and
 * dropped, so the demo shows each message once however often the sender retried.
 *
 * <p>Bounded, since it runs for as long as the demo does: it keeps the last {@code capacity} texts, and remembers
 * the keys of ten times as many (a repeat comes soon after the first attempt, well within that). Used when no
 * other {@link SmsProvider} bean is present ({@link DefaultBean}).
 */
@ApplicationScoped
@DefaultBean
public class SimulatedSmsProvider implements SmsProvider {

    public static final int DEFAULT_CAPACITY = 500;
    private static final int KEYS_PER_TEXT = 10;
    private static final Logger LOG = Logger.getLogger(SimulatedSmsProvider.class);

    private final Clock clock;
    private final int capacity;

    private final Object lock = new Object();
    // guarded by lock; newest first
    private final Deque<SentSms> sent = new ArrayDeque<>();
    // guarded by lock; oldest first
    private final SequencedSet<String> keys = new LinkedHashSet<>();

    /**
     * @param clocks   the application's clock when it has one, else the system clock (UTC)
     * @param capacity how many texts to keep
     */
    @Inject
    public SimulatedSmsProvider(Instance<Clock> clocks,
            @ConfigProperty(name = "waybill.notifications.sms.simulated.capacity", defaultValue = "" + DEFAULT_CAPACITY) int capacity) {
        this(clocks.isResolvable() ? clocks.get() : Clock.systemUTC(), capacity);
    }

    public SimulatedSmsProvider(Clock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1 (got " + capacity + ")");
        }
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public void send(String to, String text, String idempotencyKey) {
        synchronized (lock) {
            if (keys.contains(idempotencyKey)) {
                LOG.debugf("simulated SMS %s is a repeat: dropped", idempotencyKey);
                return;
            }
            keys.addLast(idempotencyKey);
            if (keys.size() > capacity * KEYS_PER_TEXT) {
                keys.removeFirst();
            }
            sent.addFirst(new SentSms(clock.instant(), to, text, idempotencyKey));
            if (sent.size() > capacity) {
                sent.removeLast();
            }
        }
        // neither number nor text (it greets the customer by name): logs carry no personal data
        LOG.debugf("simulated SMS %s sent (%d characters)", idempotencyKey, text.length());
    }

    /** The texts kept, newest first. */
    public List<SentSms> recent() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    /** The newest {@code limit} texts kept, newest first. */
    public List<SentSms> recent(int limit) {
        synchronized (lock) {
            List<SentSms> newest = new ArrayList<>(Math.min(Math.max(limit, 0), sent.size()));
            for (SentSms sms : sent) {
                if (newest.size() >= limit) {
                    break;
                }
                newest.add(sms);
            }
            return List.copyOf(newest);
        }
    }
}
