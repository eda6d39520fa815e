package io.waybill.application.service;

import io.waybill.application.port.in.DeviceNotFoundException;
import io.waybill.application.port.in.ManageVehicles;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.VehicleNotFoundException;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Vehicles;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.telemetry.Binding;
import io.waybill.domain.telemetry.CarriedBindings;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.telemetry.Load;
import io.waybill.domain.telemetry.VehicleBinding;
import io.waybill.domain.telemetry.VehicleId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Devices mounted on vehicles and shipments loaded onto them. After every change the vehicles it touched get their
 * derived device bindings made again ({@link CarriedBindings}), so the trail, the conditions, the positions and the
 * geofence steps of every shipment on a vehicle come from the vehicle's devices, as if each had been bound to it.
 */
public class VehicleService implements ManageVehicles {

    private final Vehicles vehicles;
    private final Devices devices;
    private final Orders orders;

    public VehicleService(Vehicles vehicles, Devices devices, Orders orders) {
        this.vehicles = vehicles;
        this.devices = devices;
        this.orders = orders;
    }

    @Override
    public VehicleView get(VehicleId vehicle) {
        List<VehicleBinding> mounted = vehicles.devicesOn(vehicle);
        List<Load> loads = vehicles.loadsOf(vehicle);
        if (mounted.isEmpty() && loads.isEmpty()) {
            throw new VehicleNotFoundException(vehicle);
        }
        return new VehicleView(vehicle, mounted, loads);
    }

    @Override
    public VehicleBinding mount(DeviceId device, VehicleId vehicle, Instant from, Instant until) {
        devices.byId(device).orElseThrow(() -> new DeviceNotFoundException(device));
        VehicleBinding mounting = new VehicleBinding(UUID.randomUUID(), device, vehicle, from, until);
        for (Binding b : devices.bindingsOf(device)) {
            if (!b.viaVehicle() && mounting.overlaps(b.from(), b.until())) {
                throw new IllegalTransitionException(b.shipment(), vehicle, "device " + device.value() + " travels with shipment "
                        + b.shipment() + " from " + b.from() + (b.until() == null ? "" : " until " + b.until())
                        + "; a device is in one place at a time: end that binding first");
            }
        }
        Set<VehicleId> touched = new LinkedHashSet<>(List.of(vehicle));
        for (VehicleBinding other : vehicles.vehiclesOf(device)) {
            if (other.vehicle().equals(vehicle) && other.from().equals(from) && Objects.equals(other.until(), until)) {
                return other; // the same mounting sent again
            }
            if (!other.overlaps(from, until)) {
                continue;
            }
            if (other.until() == null && other.from().isBefore(from)) {
                vehicles.mount(new VehicleBinding(other.id(), device, other.vehicle(), other.from(), from)); // it moved
                touched.add(other.vehicle());
                continue;
            }
            throw new IllegalTransitionException(other.vehicle(), vehicle, "device " + device.value() + " is on vehicle "
                    + other.vehicle() + " from " + other.from() + (other.until() == null ? "" : " until " + other.until())
                    + "; a device is in one place at a time");
        }
        vehicles.mount(mounting);
        touched.forEach(this::derive);
        return mounting;
    }

    @Override
    public Load load(VehicleId vehicle, ShipmentId shipment, Instant from, Instant until) {
        if (orders.byShipment(shipment).isEmpty()) {
            throw new OrderNotFoundException("has shipment " + shipment);
        }
        Load load = new Load(UUID.randomUUID(), vehicle, shipment, from, until);
        Set<VehicleId> touched = new LinkedHashSet<>(List.of(vehicle));
        for (Load other : vehicles.loadsOf(shipment)) {
            if (other.vehicle().equals(vehicle) && other.from().equals(from) && Objects.equals(other.until(), until)) {
                return other; // the same load sent again
            }
            if (!other.overlaps(from, until)) {
                continue;
            }
            if (other.until() == null && other.from().isBefore(from)) {
                vehicles.load(other.unloadedAt(from)); // moved onto this vehicle
                touched.add(other.vehicle());
                continue;
            }
            throw new IllegalTransitionException(other.vehicle(), vehicle, "shipment " + shipment + " is on vehicle "
                    + other.vehicle() + " from " + other.from() + (other.until() == null ? "" : " until " + other.until())
                    + "; a shipment is on one vehicle at a time");
        }
        vehicles.load(load);
        touched.forEach(this::derive);
        return load;
    }

    @Override
    public Load unload(VehicleId vehicle, ShipmentId shipment, Instant at) {
        for (Load l : vehicles.loadsOf(shipment)) {
            if (!l.vehicle().equals(vehicle)) {
                continue;
            }
            if (at.equals(l.until())) {
                return l; // unloaded then already
            }
            if (!at.isAfter(l.from()) || (l.until() != null && l.until().isBefore(at))) {
                continue;
            }
            Load unloaded = l.unloadedAt(at);
            vehicles.load(unloaded);
            derive(vehicle);
            return unloaded;
        }
        throw new IllegalTransitionException(shipment, vehicle, "shipment " + shipment + " is not on vehicle " + vehicle.value()
                + " at " + at + ": load it first (POST /api/v1/vehicles/" + vehicle.value() + "/loads)");
    }

    private void derive(VehicleId vehicle) {
        vehicles.replaceDerived(vehicle, CarriedBindings.derivedBindings(vehicles.devicesOn(vehicle), vehicles.loadsOf(vehicle)));
    }
}
