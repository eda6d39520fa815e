package io.waybill.application.fakes;

import io.waybill.application.port.out.DeviceReadings;
import io.waybill.application.port.out.DeviceReadingsContract;
import io.waybill.application.port.out.Devices;
import io.waybill.application.port.out.DevicesContract;
import io.waybill.application.port.out.ShipmentPositions;
import io.waybill.application.port.out.ShipmentPositionsContract;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.DeviceId;
import io.waybill.domain.tenant.TenantId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Nested;

/** The fakes pass the same contracts as the real stores. */
class InMemoryDevicesTest {

    @Nested
    class TheDevices extends DevicesContract {
        private final InMemoryDevices store = new InMemoryDevices();

        @Override
        protected Devices devices() {
            return store;
        }

        @Override
        protected ShipmentId aShipment() {
            return new ShipmentId(UUID.randomUUID());
        }

        @Override
        protected TenantId anotherTenant() {
            return new TenantId("other-shipper");
        }
    }

    @Nested
    class TheReadings extends DeviceReadingsContract {
        private final InMemoryDeviceReadings store = new InMemoryDeviceReadings(Duration.ofDays(90));

        @Override
        protected DeviceReadings readings() {
            return store;
        }

        @Override
        protected DeviceId aDevice() {
            return new DeviceId("DEV-" + UUID.randomUUID());
        }
    }

    @Nested
    class ThePositions extends ShipmentPositionsContract {
        private final InMemoryDevices devices = new InMemoryDevices();
        private final InMemoryDeviceReadings readings = new InMemoryDeviceReadings(Duration.ofDays(90));
        private final InMemoryShipmentPositions store = new InMemoryShipmentPositions(devices, readings);

        @Override
        protected ShipmentPositions positions() {
            return store;
        }

        @Override
        protected Devices devices() {
            return devices;
        }

        @Override
        protected DeviceReadings readings() {
            return readings;
        }

        @Override
        protected ShipmentId aShipment() {
            return new ShipmentId(UUID.randomUUID());
        }
    }
}
