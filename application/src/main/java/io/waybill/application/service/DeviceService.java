package io.waybill.application.service;

import io.waybill.application.port.in.DeviceNotFoundException;
import io.waybill.application.port.in.ManageDevices;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.ReadTrail;
import io.waybill.application.port.in.RecordReadings;
import io.waybill.application.port.out.DeviceReadings;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Vehicles;
import io.waybill.application.shared.NameTakenException;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.VehicleBinding;
import io.waybill.domain.telemetry.Device;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.telemetry.Trail;
import io.waybill.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Devices, their bindings and their readings. A device id is unique in the installation (a tracker speaking the
 * OsmAnd protocol names nothing but itself), so registering one that another tenant holds is refused. Readings are
 * checked whole before any is stored: one from the future (beyond a few minutes of clock skew) or older than the
 * retention refuses its batch, so that a sender learns of it instead of losing readings quietly.
 */
public class DeviceService implements ManageDevices, RecordReadings, ReadTrail {

    /** A device's clock may run this much ahead of Waybill's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** The most readings one trail is made of, per binding: a month of pings every 30 s. */
    static final int TRAIL_READINGS = 100_000;

    private final Devices devices;
    private final DeviceReadings readings;
    private final Orders orders;
    private final Clock clock;
    private final RecentPositions recent;
    private final Vehicles vehicles;

    public DeviceService(Devices devices, DeviceReadings readings, Orders orders, Clock clock) {
        this(devices, readings, orders, clock, new RecentPositions());
    }

    /** {@code recent}: where stored positions are noted for the milestone sweep (in memory only). */
    public DeviceService(Devices devices, DeviceReadings readings, Orders orders, Clock clock, RecentPositions recent) {
        this(devices, readings, orders, clock, recent, null);
    }

    /** {@code vehicles}: where devices are mounted (null: nowhere), so that a device is in one place at a time. */
    public DeviceService(Devices devices, DeviceReadings readings, Orders orders, Clock clock, RecentPositions recent,
            Vehicles vehicles) {
        this.vehicles = vehicles;
        this.devices = devices;
        this.readings = readings;
        this.orders = orders;
        this.clock = clock;
        this.recent = recent;
    }

    @Override
    public Registered register(DeviceId id, DeviceKind kind, String label) {
        Optional<Device> anywhere = TenantScope.platform(() -> devices.byId(id));
        TenantId tenant = TenantScope.requireTenant();
        if (anywhere.isPresent() && !anywhere.get().tenant().equals(tenant)) {
            throw new NameTakenException("device id " + id.value()); // says no more: whose it is stays theirs
        }
        Device device = anywhere.map(d -> d.relabelled(kind, label))
                .orElseGet(() -> new Device(id, tenant, kind, label, clock.instant()));
        devices.save(device);
        return new Registered(device, anywhere.isEmpty());
    }

    @Override
    public DeviceView get(DeviceId id) {
        Device device = devices.byId(id).orElseThrow(() -> new DeviceNotFoundException(id));
        return new DeviceView(device, devices.bindingsOf(id), readings.lastPosition(id, Instant.EPOCH, null).orElse(null));
    }

    @Override
    public Binding bind(DeviceId device, ShipmentId shipment, Instant from, Instant until) {
        devices.byId(device).orElseThrow(() -> new DeviceNotFoundException(device));
        if (orders.byShipment(shipment).isEmpty()) {
            throw new OrderNotFoundException("has shipment " + shipment);
        }
        Binding binding = new Binding(UUID.randomUUID(), device, shipment, from, until);
        for (VehicleBinding mounted : vehicles == null ? List.<VehicleBinding>of() : vehicles.vehiclesOf(device)) {
            if (mounted.overlaps(from, until)) {
                throw new IllegalTransitionException(mounted.vehicle(), shipment, "device " + device.value() + " is on vehicle "
                        + mounted.vehicle() + " from " + mounted.from() + (mounted.until() == null ? "" : " until " + mounted.until())
                        + ", and tells about every shipment loaded onto it; a device is in one place at a time");
            }
        }
        for (Binding other : devices.bindingsOf(device)) {
            if (other.viaVehicle()) {
                continue; // derived from the vehicle the device is on: the vehicle's mountings say where the device is
            }
            if (other.shipment().equals(shipment) && other.from().equals(from) && Objects.equals(other.until(), until)) {
                return other; // the same binding sent again
            }
            if (!binding.overlaps(other)) {
                continue;
            }
            if (other.until() == null && other.from().isBefore(from)) {
                devices.bind(new Binding(other.id(), device, other.shipment(), other.from(), from)); // it moved on
                continue;
            }
            throw new IllegalTransitionException(other.shipment(), shipment, "device " + device.value()
                    + " travels with shipment " + other.shipment() + " from " + other.from()
                    + (other.until() == null ? "" : " until " + other.until()) + "; a device travels with one shipment at a time");
        }
        devices.bind(binding);
        return binding;
    }

    @Override
    public Recorded record(DeviceId device, List<Reading> batch) {
        devices.byId(device).orElseThrow(() -> new DeviceNotFoundException(device));
        return store(device, batch);
    }

    @Override
    public Recorded recordAsDevice(DeviceId device, List<Reading> batch) {
        Device known = TenantScope.platform(() -> devices.byId(device)).orElseThrow(() -> new DeviceNotFoundException(device));
        return TenantScope.of(known.tenant(), () -> store(device, batch));
    }

    @Override
    public Recorded recordForTenant(TenantId tenant, DeviceId device, List<Reading> batch) {
        return TenantScope.of(tenant, () -> record(device, batch));
    }

    @Override
    public ShipmentTrail trail(ShipmentId shipment, double toleranceMetres) {
        if (orders.byShipment(shipment).isEmpty()) {
            throw new OrderNotFoundException("has shipment " + shipment);
        }
        List<Trail.Point> points = new ArrayList<>();
        for (Reading r : boundReadings(devices, readings, shipment)) {
            if (r.position() != null) {
                points.add(new Trail.Point(r.at(), r.position()));
            }
        }
        return new ShipmentTrail(shipment, Trail.simplified(points, toleranceMetres), points.size(),
                points.isEmpty() ? null : points.getLast());
    }

    @Override
    public Optional<Trail.Point> lastPosition(ShipmentId shipment) {
        Trail.Point last = null;
        for (Binding b : devices.bindingsOf(shipment)) {
            Optional<Reading> r = readings.lastPosition(b.device(), b.from(), b.until());
            if (r.isPresent() && (last == null || r.get().at().isAfter(last.at()))) {
                last = new Trail.Point(r.get().at(), r.get().position());
            }
        }
        return Optional.ofNullable(last);
    }

    /** The readings of every device bound to the shipment, each within its binding's time, oldest first. */
    static List<Reading> boundReadings(Devices devices, DeviceReadings readings, ShipmentId shipment) {
        List<Reading> all = new ArrayList<>();
        for (Binding b : devices.bindingsOf(shipment)) {
            all.addAll(readings.between(b.device(), b.from(), b.until(), TRAIL_READINGS));
        }
        all.sort(Comparator.comparing(Reading::at));
        return all;
    }

    @Override
    public Messages recordMessages(List<Message> messages) {
        Map<TenantId, List<Integer>> byTenant = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            byTenant.computeIfAbsent(messages.get(i).tenant(), t -> new ArrayList<>()).add(i);
        }
        Instant now = clock.instant();
        Map<Integer, String> refused = new TreeMap<>();
        int stored = 0;
        int duplicates = 0;
        for (Map.Entry<TenantId, List<Integer>> tenant : byTenant.entrySet()) {
            Recorded r = TenantScope.of(tenant.getKey(), () -> storeMessages(messages, tenant.getValue(), now, refused));
            stored += r.stored();
            duplicates += r.duplicates();
        }
        return new Messages(stored, duplicates, refused);
    }

    /** The messages at {@code indexes}, all of the tenant in scope: one look for their devices, one write for their readings. */
    private Recorded storeMessages(List<Message> messages, List<Integer> indexes, Instant now, Map<Integer, String> refused) {
        Set<DeviceId> known = devices.registered(indexes.stream().map(i -> messages.get(i).device()).collect(Collectors.toSet()));
        Instant kept = readings.keptSince(now);
        Map<DeviceId, Map<Instant, Reading>> unique = new LinkedHashMap<>();
        int accepted = 0;
        for (int i : indexes) {
            Message m = messages.get(i);
            if (!known.contains(m.device())) {
                refused.put(i, new DeviceNotFoundException(m.device()).getMessage());
                continue;
            }
            try {
                m.readings().forEach(r -> check(r, now, kept));
            } catch (InvalidValueException e) {
                refused.put(i, e.getMessage());
                continue;
            }
            accepted += m.readings().size();
            Map<Instant, Reading> mine = unique.computeIfAbsent(m.device(), d -> new LinkedHashMap<>());
            m.readings().forEach(r -> mine.putIfAbsent(r.at(), r));
        }
        Map<DeviceId, List<Reading>> batch = new LinkedHashMap<>();
        unique.forEach((device, byTime) -> batch.put(device, List.copyOf(byTime.values())));
        int stored = batch.isEmpty() ? 0 : readings.appendAll(batch, now);
        TenantId tenant = TenantScope.requireTenant();
        batch.forEach((device, positions) -> recent.stored(tenant, device, positions));
        return new Recorded(stored, accepted - stored);
    }

    private Recorded store(DeviceId device, List<Reading> batch) {
        Instant now = clock.instant();
        Instant kept = readings.keptSince(now);
        Set<Instant> seen = new HashSet<>();
        List<Reading> unique = new ArrayList<>();
        for (Reading r : batch) {
            check(r, now, kept);
            if (seen.add(r.at())) {
                unique.add(r);
            }
        }
        int stored = unique.isEmpty() ? 0 : readings.append(device, unique, now);
        recent.stored(TenantScope.requireTenant(), device, unique);
        return new Recorded(stored, batch.size() - stored);
    }

    private static void check(Reading r, Instant now, Instant kept) {
        if (r.at().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidValueException("at", "reading at " + r.at() + " is in the future (now " + now
                    + "); check the device's clock");
        }
        if (r.at().isBefore(kept)) {
            throw new InvalidValueException("at", "reading at " + r.at() + " is older than the readings kept (since "
                    + kept + ", waybill.devices.retention)");
        }
    }
}
