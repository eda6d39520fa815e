package io.waybill.adapters.warehouse.simulated;

import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.application.port.out.Warehouse;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.order.Sku;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * A simulated WMS: allocates stock for each order from a seeded inventory (all lines or none), then picks
 * and packs it after realistic delays, divided by a speed-up. It reports every step through
 * {@link RecordWarehouseEvents} exactly as a real WMS would through the REST API. Each order's steps
 * run one after the other on the warehouse's own scheduler; {@link #close()} stops it.
 */
public final class SimulatedWarehouse implements Warehouse, AutoCloseable {

    public static final EventSource SOURCE = new EventSource(SourceType.WMS, "sim-wms");
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");
    public static final List<CarrierCode> DEFAULT_CARRIERS = List.of(new CarrierCode("sim"));
    /** Picks 5-15 s and packs 10-30 s after the request: watchable in a demo. */
    public static final double DEMO_SPEED_UP = 120;

    static final Location DC = new Location("Simulated DC Berlin", "Berlin", "DE", null);

    // How long a real warehouse takes; the wall-clock delays are these divided by the speed-up.
    private static final Duration ALLOCATE_MIN = Duration.ofSeconds(30);
    private static final Duration ALLOCATE_MAX = Duration.ofSeconds(90);
    private static final Duration PICK_MIN = Duration.ofMinutes(10);
    private static final Duration PICK_MAX = Duration.ofMinutes(30);
    private static final Duration PACK_MIN = Duration.ofMinutes(10);
    private static final Duration PACK_MAX = Duration.ofMinutes(30);
    private static final int MAX_REASON = 512;

    private static final Logger LOG = Logger.getLogger(SimulatedWarehouse.class);

    private final RecordWarehouseEvents events;
    private final ZoneId zone;
    private final double speedUp;
    private final long seed;
    private final Clock clock;
    private final Packer packer;
    private final ScheduledExecutorService scheduler;

    private final Object lock = new Object();
    // guarded by lock
    private final Inventory inventory;
    private final Map<OrderId, Fulfilment> inFlight = new HashMap<>();
    private boolean closed;

    /**
     * @param events    where the warehouse reports allocation, picking and packing
     * @param inventory on-hand quantity per SKU; SKUs not listed have none (see {@link #demoInventory()})
     * @param carriers  the carriers shipments are handed to, one picked per shipment (see {@link #DEFAULT_CARRIERS})
     * @param zone      the warehouse's time zone, for the offset of its timestamps (see {@link #DEFAULT_ZONE})
     * @param speedUp   how much faster than a real warehouse to work, greater than 0: 1 takes 10-30 minutes
     *                  per step, {@link #DEMO_SPEED_UP} 5-15 seconds, {@link Double#POSITIVE_INFINITY} no time
     * @param seed      seeds the per-order choices (delays, carriers, parcels, RFID tags)
     * @param clock     stamps the events
     */
    public SimulatedWarehouse(RecordWarehouseEvents events, Map<Sku, Integer> inventory, List<CarrierCode> carriers,
            ZoneId zone, double speedUp, long seed, Clock clock) {
        if (!(speedUp > 0)) {
            throw new IllegalArgumentException("speedUp must be greater than 0 (got " + speedUp + ")");
        }
        this.events = events;
        this.inventory = new Inventory(inventory);
        this.packer = new Packer(carriers, clock);
        this.zone = zone;
        this.speedUp = speedUp;
        this.seed = seed;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "sim-wms-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Fifteen SKUs of a merchandise shop; MUG-BLUE, HOODIE-GRY-L and BACKPACK-20L run low, SOCKS-STRIPE-42 is out. */
    public static Map<Sku, Integer> demoInventory() {
        Map<Sku, Integer> stock = new LinkedHashMap<>();
        stock.put(new Sku("MUG-WHITE"), 120);
        stock.put(new Sku("MUG-BLUE"), 2);
        stock.put(new Sku("TSHIRT-BLK-M"), 80);
        stock.put(new Sku("TSHIRT-BLK-L"), 60);
        stock.put(new Sku("HOODIE-GRY-L"), 3);
        stock.put(new Sku("CAP-NAVY"), 45);
        stock.put(new Sku("TOTE-NATURAL"), 200);
        stock.put(new Sku("NOTEBOOK-A5"), 150);
        stock.put(new Sku("PEN-STEEL"), 500);
        stock.put(new Sku("BOTTLE-STEEL-750"), 40);
        stock.put(new Sku("SOCKS-STRIPE-42"), 0);
        stock.put(new Sku("BACKPACK-20L"), 8);
        stock.put(new Sku("UMBRELLA-BLK"), 25);
        stock.put(new Sku("SLEEVE-LAPTOP-14"), 12);
        stock.put(new Sku("STICKER-PACK"), 1000);
        return stock;
    }

    /** Starts allocating the order; an order already in progress is left alone. */
    @Override
    public void requestFulfilment(Order order) {
        synchronized (lock) {
            if (closed) {
                LOG.debugf("simulated WMS is closed: order %s is not fulfilled", order.orderNumber());
                return;
            }
            if (inFlight.containsKey(order.getId())) {
                LOG.debugf("order %s is already being fulfilled", order.orderNumber());
                return;
            }
            Fulfilment fulfilment = new Fulfilment(order.tenant(), order.getId(), order.orderNumber(), order.lines(),
                    new SplittableRandom(seed ^ order.getId().value().getMostSignificantBits()
                            ^ order.getId().value().getLeastSignificantBits()));
            inFlight.put(fulfilment.order, fulfilment);
            schedule(fulfilment, ALLOCATE_MIN, ALLOCATE_MAX, () -> allocate(fulfilment));
        }
    }

    /** Stops the order's pending steps and releases its reservation; an order already packed keeps its parcels. */
    @Override
    public void cancelFulfilment(Order order) {
        synchronized (lock) {
            Fulfilment fulfilment = inFlight.remove(order.getId());
            if (fulfilment == null) {
                LOG.debugf("order %s is not being fulfilled: nothing to cancel", order.orderNumber());
                return;
            }
            if (fulfilment.next != null) {
                fulfilment.next.cancel(false);
            }
            if (fulfilment.reserved) {
                inventory.release(fulfilment.lines);
            }
        }
    }

    /** On hand: on the shelves, reserved or not. */
    public int onHand(Sku sku) {
        synchronized (lock) {
            return inventory.onHand(sku);
        }
    }

    /** On hand and not reserved for an order. */
    public int available(Sku sku) {
        synchronized (lock) {
            return inventory.available(sku);
        }
    }

    /** Stops the scheduler; pending steps are dropped. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            scheduler.shutdownNow();
        }
    }

    int ordersInFlight() {
        synchronized (lock) {
            return inFlight.size();
        }
    }

    private void allocate(Fulfilment fulfilment) {
        List<String> shortages;
        synchronized (lock) {
            if (!isCurrent(fulfilment)) {
                return;
            }
            shortages = inventory.shortages(fulfilment.lines);
            if (shortages.isEmpty()) {
                inventory.reserve(fulfilment.lines);
                fulfilment.reserved = true;
            } else {
                inFlight.remove(fulfilment.order);
            }
        }
        if (!shortages.isEmpty()) {
            report(fulfilment, List.of(event(fulfilment, Milestone.ALLOCATION_FAILED, "allocation-failed", "SHORT",
                    "Allocation failed: insufficient stock", reason(shortages), null)));
            return;
        }
        report(fulfilment, List.of(event(fulfilment, Milestone.ALLOCATED, "allocated", "ALLOC",
                "Stock allocated for all lines", null, null)));
        synchronized (lock) {
            schedule(fulfilment, PICK_MIN, PICK_MAX, () -> pick(fulfilment));
        }
    }

    private void pick(Fulfilment fulfilment) {
        synchronized (lock) {
            if (!isCurrent(fulfilment)) {
                return;
            }
        }
        report(fulfilment, List.of(event(fulfilment, Milestone.PICKED, "picked", "PICKED", "All lines picked", null, null)));
        synchronized (lock) {
            schedule(fulfilment, PACK_MIN, PACK_MAX, () -> pack(fulfilment));
        }
    }

    private void pack(Fulfilment fulfilment) {
        synchronized (lock) {
            if (!isCurrent(fulfilment)) {
                return;
            }
            inventory.consume(fulfilment.lines);
            fulfilment.reserved = false;
            inFlight.remove(fulfilment.order);
        }
        List<PackingManifest> manifests = packer.pack(fulfilment.lines, fulfilment.random);
        List<RecordWarehouseEvents.Event> packed = new ArrayList<>(manifests.size());
        for (int i = 0; i < manifests.size(); i++) {
            PackingManifest manifest = manifests.get(i);
            packed.add(event(fulfilment, Milestone.PACKED, "packed:" + (i + 1), "PACKED",
                    "Packed shipment " + (i + 1) + " of " + manifests.size() + " (" + manifest.parcels().size()
                            + (manifest.parcels().size() == 1 ? " parcel)" : " parcels)"), null, manifest));
        }
        report(fulfilment, packed);
    }

    private boolean isCurrent(Fulfilment fulfilment) {
        return !closed && inFlight.get(fulfilment.order) == fulfilment;
    }

    /** Schedules the order's next step; call holding the lock. */
    private void schedule(Fulfilment fulfilment, Duration min, Duration max, Runnable step) {
        if (!isCurrent(fulfilment)) {
            return;
        }
        long realNanos = fulfilment.random.nextLong(min.toNanos(), max.toNanos() + 1);
        try {
            fulfilment.next = scheduler.schedule(() -> {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    LOG.errorf(e, "simulated WMS failed on order %s", fulfilment.orderNumber);
                }
            }, (long) (realNanos / speedUp), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debugf("simulated WMS is closed: order %s stops", fulfilment.orderNumber);
        }
    }

    private RecordWarehouseEvents.Event event(Fulfilment fulfilment, Milestone milestone, String step, String rawCode,
            String rawText, String reason, PackingManifest manifest) {
        Instant now = clock.instant();
        TrackingEvent event = new TrackingEvent(new EventKey(SOURCE, fulfilment.order + ":" + step), milestone, rawCode,
                rawText, reason, now.atZone(zone).toOffsetDateTime(), now, DC, null);
        return new RecordWarehouseEvents.Event(fulfilment.order, fulfilment.orderNumber, event, manifest);
    }

    private void report(Fulfilment fulfilment, List<RecordWarehouseEvents.Event> batch) {
        List<EventOutcome> outcomes;
        try {
            outcomes = TenantScope.of(fulfilment.tenant, () -> events.record(batch)); // the order's shipper's warehouse
        } catch (RuntimeException e) {
            LOG.errorf(e, "recording %s of order %s failed", batch.getFirst().event().milestone(), fulfilment.orderNumber);
            return;
        }
        for (EventOutcome outcome : outcomes) {
            if (outcome.result() == EventOutcome.Result.REJECTED) {
                TrackingEvent rejected = batch.get(outcome.index()).event();
                LOG.warnf("%s of order %s (%s) was rejected: %s", rejected.milestone(), fulfilment.orderNumber,
                        rejected.key(), outcome.reason());
            }
        }
    }

    private static String reason(List<String> shortages) {
        StringBuilder reason = new StringBuilder();
        for (int i = 0; i < shortages.size(); i++) {
            String next = (i == 0 ? "" : "; ") + shortages.get(i);
            String more = "; and " + (shortages.size() - i) + " more SKUs short";
            if (reason.length() + next.length() + (i == shortages.size() - 1 ? 0 : more.length()) > MAX_REASON) {
                return reason.append(more).toString();
            }
            reason.append(next);
        }
        return reason.toString();
    }

    /** One order on its way through the warehouse. Mutable fields are guarded by the warehouse's lock. */
    private static final class Fulfilment {
        final TenantId tenant;
        final OrderId order;
        final String orderNumber;
        final List<OrderLine> lines;
        /** Used by one step at a time: the steps of an order never overlap. */
        final SplittableRandom random;
        ScheduledFuture<?> next;
        boolean reserved;

        Fulfilment(TenantId tenant, OrderId order, String orderNumber, List<OrderLine> lines, SplittableRandom random) {
            this.tenant = tenant;
            this.order = order;
            this.orderNumber = orderNumber;
            this.lines = List.copyOf(lines);
            this.random = random;
        }
    }
}
