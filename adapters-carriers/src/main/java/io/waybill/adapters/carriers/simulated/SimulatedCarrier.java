package io.waybill.adapters.carriers.simulated;

import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.out.Carriers;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The demo's carrier: takes over each shipment handed to one of its carrier codes and plays a seeded,
 * reproducible journey for it, reporting every scan through {@link RecordTrackingEvents} by carrier code
 * and tracking number, as a carrier's webhook would.
 *
 * <p>A journey runs {@code speedUp} times faster than real time (a journey of a day or two plays out in a
 * minute or so at {@link #DEMO_SPEED_UP}). Scans are stamped either in simulated time (the journey's own
 * clock, which runs ahead of the wall clock: for replaying realistic histories) or, with
 * {@code wallClockStamps}, with the wall-clock time at which they are reported (for a live demo, whose
 * timeline then never shows the future). Either way each scan carries the offset of its hub.
 */
public final class SimulatedCarrier implements Carriers, AutoCloseable {

    public static final Set<CarrierCode> DEFAULT_CARRIERS = Set.of(new CarrierCode("sim"));
    /** A simulated day in 43 wall-clock seconds: most journeys take 30-90 s, one with a failed attempt about 2 min. */
    public static final double DEMO_SPEED_UP = 2000;

    private static final Logger LOG = Logger.getLogger(SimulatedCarrier.class);

    private final RecordTrackingEvents events;
    private final Set<CarrierCode> carriers;
    private final double speedUp;
    private final long seed;
    private final Clock clock;
    private final boolean wallClockStamps;
    private final ScheduledExecutorService scheduler;
    /** Journeys under way, by carrier and tracking number. */
    private final Map<String, Journey> underway = new ConcurrentHashMap<>();

    /**
     * @param events   where the carrier reports its scans
     * @param carriers the carrier codes it serves (see {@link #DEFAULT_CARRIERS}); shipments of others are ignored
     * @param speedUp  how much faster than real time journeys run, greater than 0: {@link #DEMO_SPEED_UP} for
     *                 demos, {@link Double#POSITIVE_INFINITY} for no waiting at all
     * @param seed     with the tracking number, decides everything about a journey
     * @param clock    the wall clock: when a journey starts, and the received-at of its scans
     */
    public SimulatedCarrier(RecordTrackingEvents events, Set<CarrierCode> carriers, double speedUp, long seed, Clock clock) {
        this(events, carriers, speedUp, seed, clock, false);
    }

    /** As above; {@code wallClockStamps} stamps each scan with the wall-clock time it is reported at. */
    public SimulatedCarrier(RecordTrackingEvents events, Set<CarrierCode> carriers, double speedUp, long seed, Clock clock,
            boolean wallClockStamps) {
        this.wallClockStamps = wallClockStamps;
        if (!(speedUp > 0)) {
            throw new IllegalArgumentException("speedUp must be greater than 0 (got " + speedUp + ")");
        }
        if (carriers.isEmpty()) {
            throw new IllegalArgumentException("the simulated carrier needs at least one carrier code to serve");
        }
        this.events = events;
        this.carriers = Set.copyOf(carriers);
        this.speedUp = speedUp;
        this.seed = seed;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "sim-carrier-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the shipment's journey; a shipment already under way, or of another carrier, is left alone. */
    @Override
    public void shipmentReady(OrderId order, Shipment shipment) {
        if (!carriers.contains(shipment.carrier())) {
            LOG.debugf("shipment %s of order %s goes with %s, not a simulated carrier", shipment.carrierTrackingNumber(),
                    order, shipment.carrier());
            return;
        }
        Instant now = clock.instant();
        Instant packed = shipment.lastEventAt();
        Instant ready = packed != null && packed.isAfter(now) ? packed : now;
        Journey journey = JourneyPlanner.plan(shipment.carrier(), shipment.carrierTrackingNumber(), ready, seed);
        String key = shipment.carrier() + ":" + shipment.carrierTrackingNumber();
        if (underway.putIfAbsent(key, journey) != null) {
            LOG.debugf("shipment %s is already under way", key);
            return;
        }
        scheduleStep(key, journey, 0, System.nanoTime());
    }

    /** Stops the scheduler; journeys under way stop where they are. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        underway.clear();
    }

    int journeysUnderway() {
        return underway.size();
    }

    /** Schedules step {@code index} at its simulated time, compressed; each step schedules the next one. */
    private void scheduleStep(String key, Journey journey, int index, long wallStart) {
        if (index == journey.steps().size()) {
            underway.remove(key, journey);
            return;
        }
        Journey.Step step = journey.steps().get(index);
        long due = wallStart + (long) (Duration.between(journey.start(), step.at()).toNanos() / speedUp);
        try {
            scheduler.schedule(() -> {
                try {
                    report(journey, step);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "recording %s of shipment %s failed", step.milestone(), key);
                }
                scheduleStep(key, journey, index + 1, wallStart);
            }, Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            underway.remove(key, journey);
            LOG.debugf("simulated carrier is closed: shipment %s stops", key);
        }
    }

    private void report(Journey journey, Journey.Step step) {
        Instant now = clock.instant();
        TrackingEvent event = step.toEvent(new EventSource(SourceType.CARRIER, journey.carrier().value()), now,
                wallClockStamps ? now : step.at());
        List<EventOutcome> outcomes = events.recordTracking(
                List.of(new RecordTrackingEvents.Event(null, journey.carrier(), journey.number(), event)));
        for (EventOutcome outcome : outcomes) {
            if (outcome.result() == EventOutcome.Result.REJECTED) {
                LOG.warnf("%s of shipment %s %s (%s) was rejected: %s", step.milestone(), journey.carrier(), journey.number(),
                        event.key(), outcome.reason());
            }
        }
    }
}
