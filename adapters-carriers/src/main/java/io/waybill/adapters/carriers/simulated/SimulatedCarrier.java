package io.waybill.adapters.carriers.simulated;

import io.waybill.application.port.out.Carriers;
import io.waybill.domain.eta.DelayRules;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.Shipment;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
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
 * The demo's carrier, run as if it were an outside company: Waybill hands it each shipment of its carrier
 * codes (the booking), it plays a seeded, reproducible journey for it, and it tells what happened only the
 * way a real carrier does, in its own format ({@link SimTrackJson}): through its tracking API, which
 * Waybill polls ({@link #track}, served over HTTP by {@code SimulatedCarrierApi}), and, when given a
 * {@link Webhook}, by pushing each scan to Waybill's carrier webhook as it happens. Waybill reads both with
 * {@link SimulatedCarrierAdapter}, through the same SPI and HTTP paths as UPS or FedEx.
 *
 * <p>A journey runs {@code speedUp} times faster than real time (a journey of a day or two plays out in a
 * minute or so at {@link #DEMO_SPEED_UP}). A scan is visible once its moment has come on the wall clock.
 * It is stamped either in simulated time (the journey's own clock, which runs ahead of the wall clock: for
 * replaying realistic histories) or, with {@code wallClockStamps}, at the wall-clock moment it became
 * visible (for a live demo, whose timeline then never shows the future). Either way each scan carries the
 * offset of its hub, and the same scan always has the same id, time and content.
 */
public final class SimulatedCarrier implements Carriers, AutoCloseable {

    public static final Set<CarrierCode> DEFAULT_CARRIERS = Set.of(new CarrierCode("sim"));
    /** A simulated day in 43 wall-clock seconds: most journeys take 30-90 s, one with a failed attempt about 2 min. */
    public static final double DEMO_SPEED_UP = 2000;
    /** How long a finished journey stays visible in the tracking API (wall clock). */
    static final Duration RETENTION = Duration.ofHours(6);

    private static final Logger LOG = Logger.getLogger(SimulatedCarrier.class);

    /** Where the carrier pushes its scans: Waybill's webhook for the carrier. */
    @FunctionalInterface
    public interface Webhook {
        /** Delivers one body; throws when the receiver did not take it (the carrier then retries). */
        void push(CarrierCode carrier, byte[] body) throws Exception;
    }

    /** A journey and the wall-clock moment its simulated time began. */
    private record Booked(Journey journey, Instant wallStart) {
    }

    private final Set<CarrierCode> carriers;
    private final double speedUp;
    private final long seed;
    private final Clock clock;
    private final boolean wallClockStamps;
    private final Webhook webhook;
    private final String apiToken;
    private final ScheduledExecutorService scheduler;
    /** When its simulated time began: from then on it runs {@code speedUp} times faster than the wall clock. */
    private final Instant origin;
    private final Weather weather;
    /** Journeys by carrier and tracking number: the carrier's own records. */
    private final Map<String, Booked> booked = new ConcurrentHashMap<>();

    /**
     * @param carriers        the carrier codes it serves (see {@link #DEFAULT_CARRIERS}); shipments of others are ignored
     * @param speedUp         how much faster than real time journeys run, greater than 0: {@link #DEMO_SPEED_UP} for
     *                        demos, {@link Double#POSITIVE_INFINITY} for no waiting at all
     * @param seed            with the tracking number, decides everything about a journey
     * @param clock           the wall clock
     * @param wallClockStamps stamp scans with the wall-clock moment they became visible, not simulated time
     * @param webhook         where to push scans as they happen, or null for a carrier that is only polled
     * @param apiToken        the token its tracking API asks for; null or blank: a random one is issued
     */
    public SimulatedCarrier(Set<CarrierCode> carriers, double speedUp, long seed, Clock clock, boolean wallClockStamps,
            Webhook webhook, String apiToken) {
        if (!(speedUp > 0)) {
            throw new IllegalArgumentException("speedUp must be greater than 0 (got " + speedUp + ")");
        }
        if (carriers.isEmpty()) {
            throw new IllegalArgumentException("the simulated carrier needs at least one carrier code to serve");
        }
        this.carriers = Set.copyOf(carriers);
        this.speedUp = speedUp;
        this.seed = seed;
        this.clock = clock;
        this.wallClockStamps = wallClockStamps;
        this.webhook = webhook;
        this.apiToken = apiToken == null || apiToken.isBlank() ? randomToken() : apiToken;
        this.origin = clock.instant();
        this.weather = JourneyPlanner.weather(seed, JourneyPlanner.Scenario.DEFAULT);
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "sim-carrier-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::forgetOldJourneys, 1, 1, TimeUnit.MINUTES);
    }

    /** The token its tracking API asks for ({@code Authorization: Bearer <token>}). */
    public String apiToken() {
        return apiToken;
    }

    /** The carrier codes it serves. */
    public Set<CarrierCode> carriers() {
        return carriers;
    }

    /** Books the shipment and starts its journey; a shipment already booked, or of another carrier, is left alone. */
    @Override
    public void shipmentReady(OrderId order, Shipment shipment, DeliveryAddress to) {
        if (!carriers.contains(shipment.carrier())) {
            LOG.debugf("shipment %s of order %s goes with %s, not a simulated carrier", shipment.carrierTrackingNumber(),
                    order, shipment.carrier());
            return;
        }
        if (scheduler.isShutdown()) {
            LOG.debugf("simulated carrier is closed: shipment %s not booked", shipment.carrierTrackingNumber());
            return;
        }
        Instant now = clock.instant();
        Instant packed = shipment.lastEventAt();
        // stamped by the wall clock, all journeys share one simulated clock (so they meet the same storms at the same
        // moment, and the weather service's forecasts line up with them); else each starts at its own ready time
        Instant ready = packed != null && packed.isAfter(now) ? packed : wallClockStamps ? simulatedTime(now) : now;
        Journey journey = JourneyPlanner.plan(shipment.carrier(), shipment.carrierTrackingNumber(), ready, seed,
                JourneyPlanner.Scenario.DEFAULT, Hub.serving(to == null ? null : to.city()), shipment.service());
        Booked booking = new Booked(journey, now);
        if (booked.putIfAbsent(key(shipment.carrier(), shipment.carrierTrackingNumber().value()), booking) != null) {
            LOG.debugf("shipment %s is already booked", shipment.carrierTrackingNumber());
            return;
        }
        if (webhook != null) {
            for (Journey.Step step : journey.steps()) {
                schedulePush(booking, step, 0);
            }
        }
    }

    /**
     * The tracking API's answer about these numbers of {@code carrier}: every scan visible by now, the carrier's
     * delivery estimate, and the numbers it does not know.
     */
    public byte[] track(CarrierCode carrier, Collection<String> numbers) {
        Instant now = clock.instant();
        SimTrackJson answer = new SimTrackJson(carrier.value());
        for (String number : numbers) {
            Booked booking = booked.get(key(carrier, number));
            if (booking == null) {
                answer.unknown(number);
                continue;
            }
            List<Journey.Step> visible = new ArrayList<>();
            for (Journey.Step step : booking.journey().steps()) {
                if (!visibleAt(booking, step).isAfter(now)) {
                    visible.add(step);
                }
            }
            answer.shipment(booking.journey(), visible, at -> stamp(booking, at));
        }
        return answer.toBytes();
    }

    /** Journeys whose last scan is not yet visible. */
    public int journeysUnderway() {
        Instant now = clock.instant();
        return (int) booked.values().stream().filter(b -> visibleAt(b, b.journey().steps().getLast()).isAfter(now)).count();
    }

    /**
     * The simulated weather service of its network: storms forecast or raging as of a wall-clock instant, in the time
     * its scans are stamped in (wall clock, or simulated time). A storm holds parcels arriving at its hub and delivery
     * rounds there until it is over; a forecast may be a false alarm, and some storms come unannounced.
     */
    public List<DelayRules.Disruption> weatherKnown(Instant wallAsOf) {
        Instant asOf = wallClockStamps ? simulatedTime(wallAsOf) : wallAsOf;
        return weather.known(asOf).stream().map(storm -> new DelayRules.Disruption(storm.hub().countryCode() + "-" + storm.hub().city(),
                "Storm", stamped(storm.from()), stamped(storm.until()), stamped(storm.knownSince()), "simulated weather service"))
                .toList();
    }

    /** Its simulated time at a wall-clock instant. */
    Instant simulatedTime(Instant wall) {
        if (Double.isInfinite(speedUp)) {
            return wall;
        }
        return origin.plusNanos((long) (Duration.between(origin, wall).toNanos() * speedUp));
    }

    /** A simulated instant as its scans are stamped. */
    private Instant stamped(Instant simulated) {
        if (!wallClockStamps || Double.isInfinite(speedUp)) {
            return simulated;
        }
        return origin.plusNanos((long) (Duration.between(origin, simulated).toNanos() / speedUp));
    }

    /** Stops pushing; journeys stay where they are. */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private void schedulePush(Booked booking, Journey.Step step, int attempt) {
        long delay = Math.max(0, Duration.between(clock.instant(), visibleAt(booking, step)).toMillis());
        if (attempt > 0) {
            delay = Math.min(60_000, 500L << Math.min(attempt, 7));
        }
        try {
            scheduler.schedule(() -> push(booking, step, attempt), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debugf("simulated carrier is closed: scan %s not pushed", step.sourceEventId());
        }
    }

    private void push(Booked booking, Journey.Step step, int attempt) {
        byte[] body = new SimTrackJson(booking.journey().carrier().value())
                .shipment(booking.journey(), List.of(step), at -> stamp(booking, at)).toBytes();
        try {
            webhook.push(booking.journey().carrier(), body);
        } catch (Exception e) {
            if (attempt < 8) {
                LOG.debugf("push of %s failed (%s), retrying", step.sourceEventId(), e.getMessage());
                schedulePush(booking, step, attempt + 1);
            } else {
                LOG.warnf("push of %s failed %d times, giving up: %s", step.sourceEventId(), attempt + 1, e.getMessage());
            }
        }
    }

    /** The wall-clock moment a scan at simulated time {@code at} happens. */
    private Instant wallTime(Booked booking, Instant at) {
        if (Double.isInfinite(speedUp)) {
            return booking.wallStart();
        }
        long nanos = (long) (Duration.between(booking.journey().start(), at).toNanos() / speedUp);
        return booking.wallStart().plusNanos(nanos);
    }

    private Instant visibleAt(Booked booking, Journey.Step step) {
        return wallTime(booking, step.at());
    }

    private Instant stamp(Booked booking, Instant at) {
        return wallClockStamps ? wallTime(booking, at).truncatedTo(ChronoUnit.MILLIS) : at;
    }

    private void forgetOldJourneys() {
        Instant horizon = clock.instant().minus(RETENTION);
        booked.values().removeIf(b -> visibleAt(b, b.journey().steps().getLast()).isBefore(horizon));
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String key(CarrierCode carrier, String number) {
        return carrier.value() + ":" + number;
    }
}
