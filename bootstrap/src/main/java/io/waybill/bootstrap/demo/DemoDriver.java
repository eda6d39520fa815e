package io.waybill.bootstrap.demo;

import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.waybill.adapters.warehouse.simulated.SimulatedWarehouse;
import io.waybill.application.port.in.CancelOrder;
import io.waybill.application.port.in.ConfirmOrder;
import io.waybill.application.port.in.ManageNotificationPreferences;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.application.service.ApiKeyService;
import io.waybill.application.shared.NotificationPreferences;
import io.waybill.application.shared.Role;
import io.waybill.domain.order.Customer;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.Sku;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The live demo ({@code waybill.demo.enabled}): registers three demo API keys and places a stream of
 * orders, a dozen at once and then one every two seconds. Most are paid (confirmed) at once, every 17th
 * from the fifth stays unpaid and every 17th from the ninth is cancelled; the simulated WMS and carrier take the rest from there, so a newcomer can
 * follow orders from placement to delivery within a minute or two.
 */
@ApplicationScoped
class DemoDriver {

    static final String INTEGRATOR_KEY = "demo-integrator-key";
    static final String OPERATOR_KEY = "demo-operator-key";
    static final String ADMIN_KEY = "demo-admin-key";
    private static final Logger LOG = Logger.getLogger(DemoDriver.class);
    private static final String[][] PEOPLE = {
        {"Ada Lovelace", "Berlin", "10115"}, {"Grace Hopper", "Hamburg", "20095"}, {"Alan Turing", "Munich", "80331"},
        {"Katherine Johnson", "Cologne", "50667"}, {"Edsger Dijkstra", "Frankfurt", "60311"},
        {"Barbara Liskov", "Leipzig", "04109"}, {"Donald Knuth", "Hannover", "30159"}, {"Margaret Hamilton", "Nuremberg", "90402"}};

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-driver");
        t.setDaemon(true);
        return t;
    });

    private final PlaceOrder placeOrder;
    private final ConfirmOrder confirmOrder;
    private final CancelOrder cancelOrder;
    private final ApiKeyService keys;
    private final Clock clock;
    private final ManageNotificationPreferences preferences;

    DemoDriver(PlaceOrder placeOrder, ConfirmOrder confirmOrder, CancelOrder cancelOrder, ApiKeyService keys, Clock clock,
            ManageNotificationPreferences preferences) {
        this.preferences = preferences;
        this.placeOrder = placeOrder;
        this.confirmOrder = confirmOrder;
        this.cancelOrder = cancelOrder;
        this.keys = keys;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event, @ConfigProperty(name = "waybill.demo.enabled") boolean enabled,
            @ConfigProperty(name = "waybill.demo.orders") int orders,
            @ConfigProperty(name = "waybill.public-url") String publicUrl) {
        if (!enabled) {
            // the demo keys are public knowledge: they must not outlive the demo
            keys.revoke("demo-integrator");
            keys.revoke("demo-operator");
            keys.revoke("demo-admin");
            return;
        }
        keys.register("demo-integrator", Role.INTEGRATOR, INTEGRATOR_KEY);
        keys.register("demo-operator", Role.OPERATOR, OPERATOR_KEY);
        // the demo shows tenants too: its admin is a platform admin of the default tenant
        keys.register("demo-admin", Role.PLATFORM_ADMIN, ADMIN_KEY);
        String run = DateTimeFormatter.ofPattern("MMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        Random random = new Random(run.hashCode());
        // most demo orders take well-stocked items; every sixth may hit the scarce ones and go on hold
        List<Sku> skus = new ArrayList<>(SimulatedWarehouse.demoInventory().keySet());
        List<Sku> plentiful = SimulatedWarehouse.demoInventory().entrySet().stream().filter(e -> e.getValue() >= 20)
                .map(Map.Entry::getKey).toList();
        for (int i = 1; i <= orders; i++) {
            int n = i;
            long delay = n <= 12 ? 0 : (n - 12) * 2L;
            scheduler.schedule(() -> TenantScope.run(TenantId.DEFAULT, // the demo shipper is the default tenant
                    () -> placeOne(run, n, random, n % 6 == 0 ? skus : plentiful)), delay, TimeUnit.SECONDS);
        }
        LOG.infof("Demo on: %d orders over %d s. Console: %s/console (sign in with the key %s). API keys: %s (integrator),"
                + " %s (operator), %s (admin). Try: curl -H 'X-API-Key: %s' '%s/api/v1/orders?size=5'",
                orders, Math.max(0, (orders - 12) * 2), publicUrl, OPERATOR_KEY, INTEGRATOR_KEY, OPERATOR_KEY, ADMIN_KEY,
                OPERATOR_KEY, publicUrl);
    }

    void stop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
    }

    private void placeOne(String run, int n, Random random, List<Sku> skus) {
        try {
            String[] person = PEOPLE[n % PEOPLE.length];
            List<OrderLine> lines = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            List<Sku> pool = new ArrayList<>(skus);
            Collections.shuffle(pool, random);
            for (int k = 0; k < count; k++) {
                lines.add(new OrderLine(pool.get(k), 1 + random.nextInt(2)));
            }
            Instant now = clock.instant();
            String email = person[0].toLowerCase().replace(' ', '.') + "@example.org";
            if (n % 3 == 0) {
                // a third of the demo customers also want SMS (see GET /api/v1/admin/simulated-sms), half of them in German
                preferences.save(new NotificationPreferences(email, true, true, n % 2 == 0 ? Locale.GERMAN
                        : Locale.ENGLISH, false, null, null, null));
            }
            Order order = placeOrder.place(new PlaceOrder.Command("DEMO-" + run + "-" + String.format("%02d", n),
                    new Customer(person[0], email, "+49 30 " + (1000000 + random.nextInt(8999999))),
                    new DeliveryAddress((10 + n) + " Demo Street", null, person[2], person[1], null, "DE"), lines,
                    new DeliveryPromise(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(3)))));
            if (n % 17 == 5) {
                return; // stays unpaid: PLACED
            }
            confirmOrder.confirm(new ConfirmOrder.Command(order.getId(), "demo-payment-" + n));
            if (n % 17 == 9) {
                cancelOrder.cancel(new CancelOrder.Command(order.getId(), "customer changed their mind"));
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "demo order %d failed", n);
        }
    }
}
