package io.waybill.bootstrap.wiring;

import io.waybill.application.port.in.ManageVehicles;
import io.waybill.application.port.out.Vehicles;
import io.waybill.application.service.VehicleService;
import io.quarkus.scheduler.Scheduled;
import io.waybill.adapters.persistence.devices.JdbcDeviceReadings;
import io.waybill.application.port.in.ManageDevices;
import io.waybill.application.port.in.ReadTrail;
import io.waybill.application.port.in.RecordReadings;
import io.waybill.application.port.in.WatchConditions;
import io.waybill.application.port.out.ConditionProfiles;
import io.waybill.application.port.out.DeviceReadings;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.Orders;
import io.waybill.application.service.ConditionService;
import io.waybill.application.service.DeviceService;
import io.waybill.application.service.RecentPositions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Devices, bindings and readings: one service behind the three device ports, and the daily care of the readings' months. */
@ApplicationScoped
public class DeviceWiring {

    @Produces
    @Singleton
    @Typed(DeviceService.class)
    DeviceService devices(Devices devices, DeviceReadings readings, Orders orders, Clock clock, RecentPositions recent,
            Vehicles vehicles) {
        return new DeviceService(devices, readings, orders, clock, recent, vehicles);
    }

    @Produces
    @Singleton
    ManageVehicles manageVehicles(Vehicles vehicles, Devices devices, Orders orders) {
        return new VehicleService(vehicles, devices, orders);
    }

    @Produces
    @Singleton
    @Typed(ConditionService.class)
    ConditionService conditions(ConditionProfiles profiles, Devices devices, DeviceReadings readings, Orders orders, Clock clock) {
        return new ConditionService(profiles, devices, readings, orders, clock);
    }

    @Produces
    WatchConditions watchConditions(ConditionService service) {
        return service;
    }

    @Produces
    ManageDevices manageDevices(DeviceService service) {
        return service;
    }

    @Produces
    RecordReadings recordReadings(DeviceService service) {
        return service;
    }

    @Produces
    ReadTrail readTrail(DeviceService service) {
        return service;
    }

    /** Makes the months ahead and drops those past {@code waybill.devices.retention}. */
    @ApplicationScoped
    static class ReadingMonths {

        private final JdbcDeviceReadings readings;
        private final Clock clock;

        ReadingMonths(JdbcDeviceReadings readings, Clock clock) {
            this.readings = readings;
            this.clock = clock;
        }

        @Scheduled(every = "24h", delayed = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
        void keep() {
            readings.keepMonths(clock.instant());
        }
    }
}
