package io.waybill.application.service;

import io.waybill.application.port.in.DeriveMilestones;
import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.out.DeviceReadings;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.Geofences;
import io.waybill.application.port.out.Orders;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.TimelineItem;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.DerivedMilestones;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.FenceCrossings;
import io.waybill.domain.telemetry.Geofence;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.tenant.TenantId;
import io.waybill.domain.tracking.TrackingEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The milestone sweep: for each device whose positions were stored since the last look ({@link RecentPositions}),
 * the shipments it travelled with then, their positions from {@link #LOOKBACK} before the earliest new one (where the
 * device was before it), the tenant's geofences crossed, and the derived steps ({@link DerivedMilestones}) recorded
 * through ingestion like any step, keyed so that a crossing seen again is stored once. Its cost is per device that
 * reported, not per reading; tenants without a fence cost one look for their fences.
 */
public class MilestoneSweep implements DeriveMilestones {

    /** Positions this long before the earliest new one tell on which side of a fence the device was. */
    static final Duration LOOKBACK = Duration.ofHours(1);
    /** The most positions looked at per binding in one look: a day of pings every 5 s. */
    static final int READINGS = 20_000;

    private final RecentPositions recent;
    private final Geofences geofences;
    private final Devices devices;
    private final DeviceReadings readings;
    private final Orders orders;
    private final RecordTrackingEvents timeline;
    private final Clock clock;

    public MilestoneSweep(RecentPositions recent, Geofences geofences, Devices devices, DeviceReadings readings, Orders orders,
            RecordTrackingEvents timeline, Clock clock) {
        this.recent = recent;
        this.geofences = geofences;
        this.devices = devices;
        this.readings = readings;
        this.orders = orders;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public int derive() {
        Map<RecentPositions.Device, Instant> taken = recent.take();
        Map<TenantId, Map<DeviceId, Instant>> byTenant = new LinkedHashMap<>();
        taken.forEach((d, at) -> byTenant.computeIfAbsent(d.tenant(), t -> new LinkedHashMap<>()).put(d.device(), at));
        int recorded = 0;
        try {
            for (Map.Entry<TenantId, Map<DeviceId, Instant>> tenant : byTenant.entrySet()) {
                recorded += TenantScope.of(tenant.getKey(), () -> deriveFor(tenant.getValue()));
            }
        } catch (RuntimeException e) {
            recent.giveBack(taken); // the steps already recorded are stored once when looked at again
            throw e;
        }
        return recorded;
    }

    private int deriveFor(Map<DeviceId, Instant> reported) {
        List<Geofence> fences = geofences.all();
        if (fences.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<RecordTrackingEvents.Event> steps = new ArrayList<>();
        reported.forEach((device, earliest) -> {
            Instant from = earliest.minus(LOOKBACK);
            for (Binding b : devices.bindingsOf(device)) {
                if (b.until() == null || b.until().isAfter(from)) {
                    steps.addAll(stepsOf(device, b, from.isAfter(b.from()) ? from : b.from(), fences, now));
                }
            }
        });
        if (steps.isEmpty()) {
            return 0;
        }
        return (int) timeline.recordTracking(steps).stream().filter(o -> o.result() == EventOutcome.Result.ACCEPTED).count();
    }

    private List<RecordTrackingEvents.Event> stepsOf(DeviceId device, Binding binding, Instant from, List<Geofence> fences,
            Instant now) {
        Optional<Order> order = orders.byShipment(binding.shipment());
        Shipment shipment = order.flatMap(o -> o.shipments().stream().filter(s -> s.getId().equals(binding.shipment())).findFirst())
                .orElse(null);
        if (shipment == null || shipment.carrierTrackingNumber() == null || shipment.status().isTerminal()) {
            return List.of();
        }
        List<Reading> positions = readings.between(device, from, binding.until(), READINGS);
        if (positions.isEmpty()) {
            return List.of();
        }
        List<TrackingEvent> shipmentSteps = order.get().timeline().stream().map(TimelineItem::entry)
                .filter(e -> binding.shipment().equals(e.shipment())).map(e -> e.event()).toList();
        List<RecordTrackingEvents.Event> steps = new ArrayList<>();
        for (Geofence fence : fences) {
            boolean destination = fence.serves(order.get().address().city(), order.get().address().countryCode());
            for (TrackingEvent step : DerivedMilestones.of(device, fence, destination, FenceCrossings.of(fence, positions),
                    shipmentSteps, now)) {
                steps.add(new RecordTrackingEvents.Event(null, shipment.carrier(), shipment.carrierTrackingNumber(), step));
            }
        }
        return steps;
    }
}
