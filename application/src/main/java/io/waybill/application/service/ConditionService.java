package io.waybill.application.service;

import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.WatchConditions;
import io.waybill.application.port.out.ConditionProfiles;
import io.waybill.application.port.out.DeviceReadings;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.Orders;
import io.waybill.application.shared.ShipmentSignal;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.ConditionProfile;
import io.waybill.domain.telemetry.ConditionReport;
import io.waybill.domain.telemetry.Conditions;
import io.waybill.domain.telemetry.DeviceAttention;
import io.waybill.domain.exceptions.ExceptionKind;
import io.waybill.domain.telemetry.Excursion;
import io.waybill.domain.telemetry.Reading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A shipment's conditions: the readings of the devices bound to it, each within its binding's time, judged against
 * the shipment's profile ({@link Conditions}) and downsampled for a chart. Read when asked: a report is as fresh as the
 * readings stored.
 */
public class ConditionService implements WatchConditions, ExceptionSweep.ConditionBreaches {

    /** A delivered shipment's conditions are judged this long after its delivery (a logger's upload comes late). */
    static final Duration WATCHED_AFTER = Duration.ofDays(7);

    private final ConditionProfiles profiles;
    private final Devices devices;
    private final DeviceReadings readings;
    private final Orders orders;
    private final Clock clock;

    public ConditionService(ConditionProfiles profiles, Devices devices, DeviceReadings readings, Orders orders, Clock clock) {
        this.profiles = profiles;
        this.devices = devices;
        this.readings = readings;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public void setProfile(ShipmentId shipment, ConditionProfile profile) {
        known(shipment);
        profiles.set(shipment, profile, clock.instant());
    }

    @Override
    public ShipmentConditions conditions(ShipmentId shipment, int points) {
        known(shipment);
        List<Reading> all = DeviceService.boundReadings(devices, readings, shipment);
        ConditionProfile profile = profiles.of(shipment).orElse(null);
        ConditionReport report = profile == null ? null : Conditions.judge(profile, all, clock.instant());
        return new ShipmentConditions(profile, report, all.size(), series(all, points));
    }

    @Override
    public List<ExceptionSweep.Breach> breached(Instant now) {
        List<ExceptionSweep.Breach> found = new ArrayList<>();
        for (ConditionProfiles.Profiled p : TenantScope.platform(() -> profiles.watched(now.minus(WATCHED_AFTER)))) {
            TenantScope.run(p.tenant(), () -> found.addAll(breaches(p, now)));
        }
        return found;
    }

    /**
     * Judged as {@link #conditions}, but without the chart's series, and with the order read once: a breach of the
     * profile, and, while the shipment is under way, devices that need a person (a low battery, silence).
     */
    private List<ExceptionSweep.Breach> breaches(ConditionProfiles.Profiled p, Instant now) {
        Optional<ConditionProfile> profile = profiles.of(p.shipment());
        Optional<Order> found = orders.byShipment(p.shipment());
        if (profile.isEmpty() || found.isEmpty()) {
            return List.of();
        }
        List<Reading> bound = DeviceService.boundReadings(devices, readings, p.shipment());
        ConditionReport report = Conditions.judge(profile.get(), bound, now);
        Order order = found.get();
        Shipment s = order.shipment(p.shipment()).orElseThrow();
        ShipmentSignal signal = new ShipmentSignal(p.tenant(), order.getId(), order.orderNumber(), p.shipment(), s.carrier().value(),
                s.carrierTrackingNumber().value(), s.status(), null, null, List.of(), null, null, null, s.lastEventAt());
        List<ExceptionSweep.Breach> items = new ArrayList<>();
        if (report.breached()) {
            Instant since = report.excursions().stream().map(Excursion::from).min(Comparator.naturalOrder()).orElse(now);
            items.add(new ExceptionSweep.Breach(signal, "Out of its condition profile: " + String.join("; ", report.reasons()), since));
        }
        if (!bound.isEmpty() && !s.status().isTerminal()) { // after delivery a silent logger is expected
            DeviceAttention.of(report, bound).ifPresent(why -> items.add(new ExceptionSweep.Breach(signal, why.reason(), why.since(),
                    ExceptionKind.DEVICE_ATTENTION)));
        }
        return items;
    }

    /** The readings in at most {@code points} equal stretches of time from the first to the last; empty stretches left out. */
    static List<Bucket> series(List<Reading> sorted, int points) {
        if (sorted.isEmpty() || points < 1) {
            return List.of();
        }
        Instant first = sorted.getFirst().at();
        Instant last = sorted.getLast().at();
        long span = Math.max(1, Duration.between(first, last).toMillis() + 1);
        long width = Math.max(1, (span + points - 1) / points);
        List<Bucket> buckets = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            long index = Duration.between(first, sorted.get(i).at()).toMillis() / width;
            Instant from = first.plusMillis(index * width);
            Instant until = from.plusMillis(width);
            List<Reading> in = new ArrayList<>();
            while (i < sorted.size() && sorted.get(i).at().isBefore(until)) {
                in.add(sorted.get(i++));
            }
            buckets.add(new Bucket(from, until, in.size(), min(in, Reading::temperatureCelsius), mean(in, Reading::temperatureCelsius),
                    max(in, Reading::temperatureCelsius), min(in, Reading::humidityPercent), mean(in, Reading::humidityPercent),
                    max(in, Reading::humidityPercent), max(in, Reading::shockG), max(in, Reading::lightLux)));
        }
        return buckets;
    }

    private void known(ShipmentId shipment) {
        if (orders.byShipment(shipment).isEmpty()) {
            throw new OrderNotFoundException("has shipment " + shipment);
        }
    }

    private static Double min(List<Reading> in, Function<Reading, Double> value) {
        return in.stream().map(value).filter(v -> v != null).min(Double::compare).orElse(null);
    }

    private static Double max(List<Reading> in, Function<Reading, Double> value) {
        return in.stream().map(value).filter(v -> v != null).max(Double::compare).orElse(null);
    }

    private static Double mean(List<Reading> in, Function<Reading, Double> value) {
        double[] values = in.stream().map(value).filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
        if (values.length == 0) {
            return null;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return Math.round(sum / values.length * 100) / 100.0;
    }
}
