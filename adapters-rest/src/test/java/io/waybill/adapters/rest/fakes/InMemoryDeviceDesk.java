package io.waybill.adapters.rest.fakes;

import io.waybill.application.fakes.InMemoryVehicles;
import io.waybill.application.port.in.ManageVehicles;
import io.waybill.application.service.RecentPositions;
import io.waybill.application.service.VehicleService;
import io.waybill.domain.telemetry.Load;
import io.waybill.domain.telemetry.VehicleBinding;
import io.waybill.domain.telemetry.VehicleId;
import io.waybill.application.fakes.InMemoryConditionProfiles;
import io.waybill.application.fakes.InMemoryDeviceReadings;
import io.waybill.application.fakes.InMemoryDevices;
import io.waybill.application.fakes.InMemoryOrders;
import io.waybill.application.port.in.ManageDevices;
import io.waybill.application.port.in.ReadTrail;
import io.waybill.application.port.in.RecordReadings;
import io.waybill.application.port.in.WatchConditions;
import io.waybill.application.service.ConditionService;
import io.waybill.application.service.DeviceService;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.ConditionProfile;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.DeviceKind;
import io.waybill.domain.telemetry.Reading;
import io.waybill.domain.telemetry.Trail;
import io.waybill.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The device use cases as the application runs them (the real service), over the in-memory stores, so the resources'
 * answers to refusals (a device another tenant holds, a reading from the future) are the application's own.
 */
@Singleton
public class InMemoryDeviceDesk implements ManageDevices, RecordReadings, ReadTrail, WatchConditions, ManageVehicles {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryDeviceReadings readings = new InMemoryDeviceReadings(Duration.ofDays(90));
    private final DeviceService service;
    private final ConditionService conditions;
    private final VehicleService vehicles;

    InMemoryDeviceDesk(Clock clock) {
        InMemoryDevices devices = new InMemoryDevices();
        InMemoryVehicles vehicleStore = new InMemoryVehicles(devices);
        this.service = new DeviceService(devices, readings, orders, clock, new RecentPositions(), vehicleStore);
        this.vehicles = new VehicleService(vehicleStore, devices, orders);
        this.conditions = new ConditionService(new InMemoryConditionProfiles(), devices, readings, orders, clock);
    }

    @Override
    public void setProfile(ShipmentId shipment, ConditionProfile profile) {
        conditions.setProfile(shipment, profile);
    }

    @Override
    public ShipmentConditions conditions(ShipmentId shipment, int points) {
        return conditions.conditions(shipment, points);
    }

    @Override
    public VehicleView get(VehicleId vehicle) {
        return vehicles.get(vehicle);
    }

    @Override
    public VehicleBinding mount(DeviceId device, VehicleId vehicle, Instant from, Instant until) {
        return vehicles.mount(device, vehicle, from, until);
    }

    @Override
    public Load load(VehicleId vehicle, ShipmentId shipment, Instant from, Instant until) {
        return vehicles.load(vehicle, shipment, from, until);
    }

    @Override
    public Load unload(VehicleId vehicle, ShipmentId shipment, Instant at) {
        return vehicles.unload(vehicle, shipment, at);
    }

    /** Stores an order with its shipments, for bindings to find. */
    public void add(Order order) {
        orders.save(List.of(order));
    }

    /** What the store holds for the device, oldest first. */
    public List<Reading> stored(DeviceId device) {
        return readings.between(device, Instant.EPOCH, null, Integer.MAX_VALUE);
    }

    @Override
    public Registered register(DeviceId id, DeviceKind kind, String label) {
        return service.register(id, kind, label);
    }

    @Override
    public DeviceView get(DeviceId id) {
        return service.get(id);
    }

    @Override
    public Binding bind(DeviceId device, ShipmentId shipment, Instant from, Instant until) {
        return service.bind(device, shipment, from, until);
    }

    @Override
    public Recorded record(DeviceId device, List<Reading> batch) {
        return service.record(device, batch);
    }

    @Override
    public Recorded recordAsDevice(DeviceId device, List<Reading> batch) {
        return service.recordAsDevice(device, batch);
    }

    @Override
    public Recorded recordForTenant(TenantId tenant, DeviceId device, List<Reading> batch) {
        return service.recordForTenant(tenant, device, batch);
    }

    @Override
    public Messages recordMessages(List<Message> messages) {
        return service.recordMessages(messages);
    }

    @Override
    public Optional<Trail.Point> lastPosition(ShipmentId shipment) {
        return service.lastPosition(shipment);
    }

    @Override
    public ShipmentTrail trail(ShipmentId shipment, double toleranceMetres) {
        return service.trail(shipment, toleranceMetres);
    }
}
