package io.waybill.bootstrap.wiring;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.waybill.application.port.in.RecordCarrierEstimates;
import io.waybill.application.port.in.WatchDelays;
import io.waybill.application.shared.TenantScope;
import io.waybill.application.port.out.CarrierEstimates;
import io.waybill.application.port.out.ConditionAlarms;
import io.waybill.application.port.out.DeviceReadings;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.Geofences;
import io.waybill.application.port.out.LearnedStatistics;
import io.waybill.application.port.out.LearningQueue;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.ShipmentPredictions;
import io.waybill.application.service.Approaches;
import io.waybill.application.service.CarrierEstimateService;
import io.waybill.application.service.DelayModel;
import io.waybill.application.service.DelayWatchService;
import io.waybill.application.service.DeliveryLearning;
import io.waybill.application.service.DisruptionService;
import io.waybill.domain.eta.PickupSchedule;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps predictions fresh off the ingestion path: each committed batch's changed orders are handed to one background
 * thread (a bounded queue; when it is full the batch is skipped and counted, its shipments are predicted again at
 * their next event). Off with {@code waybill.predictions.enabled=false}.
 */
@ApplicationScoped
public class DelayWatch {

    private static final Logger LOG = Logger.getLogger(DelayWatch.class);

    private final DelayWatchService watch;
    private final DeliveryLearning learning;
    private final CarrierEstimateService carrierEstimates;
    private final boolean enabled;
    private final AtomicLong skipped = new AtomicLong();
    private final Duration quiet;
    private final Duration settle;
    private final Duration estimatesRetention;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(200),
            task -> {
                Thread thread = new Thread(task, "delay-watch");
                thread.setDaemon(true);
                return thread;
            }, (task, pool) -> { });

    /** The disruption signals of an outside source (the simulated weather service in the demo). */
    static final String OUTSIDE_DISRUPTIONS = "outside-disruptions";

    DelayWatch(ShipmentPredictions predictions, CarrierEstimates estimates, LearnedStatistics learned, LearningQueue queue,
            Orders orders, DisruptionService disruptions, ConditionAlarms alarms, Devices devices, DeviceReadings readings,
            Geofences geofences, Clock clock,
            @ConfigProperty(name = "waybill.predictions.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "waybill.predictions.sweep.quiet", defaultValue = "PT1H") Duration quiet,
            @ConfigProperty(name = "waybill.predictions.learn.settle", defaultValue = "PT1H") Duration settle,
            @ConfigProperty(name = "waybill.carrier.simulated.enabled", defaultValue = "false") boolean simulated,
            @ConfigProperty(name = "waybill.carrier.simulated.speed-up", defaultValue = "1") double speedUp,
            @ConfigProperty(name = "waybill.predictions.pickups") Optional<String> pickups,
            @ConfigProperty(name = "waybill.predictions.carrier-estimates.retention", defaultValue = "P90D")
            Duration estimatesRetention) {
        this.enabled = enabled;
        if (estimatesRetention.isNegative() || estimatesRetention.isZero()) {
            throw new IllegalArgumentException("waybill.predictions.carrier-estimates.retention must be a positive duration"
                    + " (got " + estimatesRetention + "): it would forget every carrier estimate as soon as it is stored");
        }
        this.estimatesRetention = estimatesRetention;
        // one model for the watch, its replays and the learning: what is learned is predicted with at once
        DelayModel model = new DelayModel(learned, pickups(pickups.orElse("")));
        this.learning = new DeliveryLearning(model, queue, orders, estimates, learned, clock);
        this.watch = new DelayWatchService(model, predictions, estimates, orders, disruptions.signals(), alarms, learning,
                new Approaches(devices, readings, geofences), clock);
        this.carrierEstimates = new CarrierEstimateService(estimates, clock);
        this.quiet = quiet;
        // the simulated carrier's journeys run speedUp times faster than the wall clock: so do its late scans
        this.settle = simulated && speedUp > 1 && !Double.isInfinite(speedUp)
                ? Duration.ofMillis(Math.max(1000, (long) (settle.toMillis() / speedUp))) : settle;
        worker.setRejectedExecutionHandler((task, pool) -> {
            if (skipped.incrementAndGet() % 100 == 1) {
                LOG.warnf("predictions fall behind ingestion: %d batches skipped so far", skipped.get());
            }
        });
    }

    /**
     * Every {@code waybill.predictions.sweep.every}: deliveries older than {@code waybill.predictions.learn.settle} are
     * learned, in delivery-time order; then shipments whose prediction is older than
     * {@code waybill.predictions.sweep.quiet} are predicted again (on the same thread, so never twice at once).
     */
    @Scheduled(every = "${waybill.predictions.sweep.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (!enabled) {
            return;
        }
        worker.execute(() -> TenantScope.platform(() -> { // every tenant's shipments; each judged by its own tenant's reports
            try {
                int learned;
                do {
                    learned = learning.learnSettled(settle, 500);
                    if (learned > 0) {
                        LOG.debugf("learned %d settled deliveries", learned);
                    }
                } while (learned == 500);
                int looked = watch.sweep(quiet, 500);
                if (looked > 0) {
                    LOG.debugf("re-predicted %d quiet orders", looked);
                }
            } catch (RuntimeException e) {
                LOG.warn("re-predicting quiet shipments failed", e);
            }
        }));
    }

    /**
     * Every hour, whether predictions are on or not (carriers' estimates are kept either way): carrier estimates last
     * reported longer ago than {@code waybill.predictions.carrier-estimates.retention} (90 days) are forgotten, at most
     * 10,000 a run, in deletes of 500.
     */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldCarrierEstimates() {
        try {
            int forgotten = 0;
            for (int round = 0; round < 20; round++) {
                int deleted = carrierEstimates.forgetCarrierEstimates(estimatesRetention, 500);
                forgotten += deleted;
                if (deleted < 500) {
                    break;
                }
            }
            if (forgotten > 0) {
                LOG.debugf("forgot %d carrier estimates past their retention", forgotten);
            }
        } catch (RuntimeException e) {
            LOG.warn("forgetting old carrier estimates failed; the next run tries again", e);
        }
    }

    /** Called after each committed ingestion batch. */
    public void changed(List<Order> orders) {
        if (!enabled) {
            return;
        }
        worker.execute(() -> TenantScope.platform(() -> {
            try {
                watch.changed(orders);
            } catch (RuntimeException e) {
                LOG.warn("predicting the shipments of a batch failed; they are predicted again at their next event", e);
            }
        }));
    }

    @Produces
    WatchDelays watchDelays() {
        return watch;
    }

    /** The carriers' estimates the predictions fall back on (kept also while predictions are off). */
    @Produces
    RecordCarrierEstimates recordCarrierEstimates() {
        return carrierEstimates;
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /**
     * Each carrier's pickup at the warehouse, Monday to Friday: {@code ups=17:30@Europe/Berlin,dhl=16:00@Europe/Berlin}.
     * A carrier without one has no cut-off rule.
     */
    static Map<String, PickupSchedule> pickups(String setting) {
        Map<String, PickupSchedule> pickups = new HashMap<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("[=@]");
            try {
                if (parts.length != 3) {
                    throw new IllegalArgumentException("not carrier=HH:mm@Zone");
                }
                pickups.put(new CarrierCode(parts[0].strip()).value(), new PickupSchedule(LocalTime.parse(parts[1].strip()),
                        ZoneId.of(parts[2].strip()), PickupSchedule.WORKING_DAYS));
            } catch (RuntimeException e) {
                throw new IllegalStateException("waybill.predictions.pickups: '" + entry.strip() + "' is not carrier=HH:mm@Zone"
                        + " (for example ups=17:30@Europe/Berlin): " + e.getMessage(), e);
            }
        }
        return pickups;
    }
}
