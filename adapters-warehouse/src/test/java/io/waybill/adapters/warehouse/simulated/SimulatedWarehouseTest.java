package io.waybill.adapters.warehouse.simulated;

import io.waybill.application.fakes.Await;
import static io.waybill.adapters.warehouse.simulated.OrderFixtures.line;
import static io.waybill.adapters.warehouse.simulated.OrderFixtures.order;
import static io.waybill.domain.tracking.Milestone.ALLOCATED;
import static io.waybill.domain.tracking.Milestone.ALLOCATION_FAILED;
import static io.waybill.domain.tracking.Milestone.PACKED;
import static io.waybill.domain.tracking.Milestone.PICKED;
import static org.assertj.core.api.Assertions.assertThat;

import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.order.Sku;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedWarehouseTest {

    /** A whole fulfilment in under 40 ms. */
    private static final double FAST = 100_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Sku MUG_WHITE = new Sku("MUG-WHITE");
    private static final Sku MUG_BLUE = new Sku("MUG-BLUE");

    private final RecordingWarehouseEvents events = new RecordingWarehouseEvents();

    private SimulatedWarehouse warehouse(RecordWarehouseEvents port, List<CarrierCode> carriers, double speedUp) {
        return new SimulatedWarehouse(port, SimulatedWarehouse.demoInventory(), carriers, SimulatedWarehouse.DEFAULT_ZONE,
                speedUp, 7, Clock.systemUTC());
    }

    @Test
    void allocatesPicksAndPacksAnOrderInStockIntoOneShipment() {
        Order order = order("MUG-WHITE", 2, "TSHIRT-BLK-M", 1);
        try (SimulatedWarehouse warehouse = warehouse(events, SimulatedWarehouse.DEFAULT_CARRIERS, FAST)) {
            warehouse.requestFulfilment(order);
            Await.until(TIMEOUT, "the order is packed", () -> !events.of(PACKED).isEmpty());

            assertThat(events.milestones()).containsExactly(ALLOCATED, PICKED, PACKED);
            assertThat(events.events()).extracting(e -> e.event().key().sourceEventId())
                    .containsExactly(order.getId() + ":allocated", order.getId() + ":picked", order.getId() + ":packed:1");
            assertThat(events.events()).allSatisfy(e -> {
                assertThat(e.order()).isEqualTo(order.getId());
                assertThat(e.orderNumber()).isEqualTo(order.orderNumber());
                assertThat(e.event().key().source()).hasToString("WMS/sim-wms");
                assertThat(e.event().occurredAt().getOffset())
                        .isEqualTo(SimulatedWarehouse.DEFAULT_ZONE.getRules().getOffset(e.event().occurredInstant()));
                assertThat(e.event().location().facility()).isEqualTo("Simulated DC Berlin");
                assertThat(e.event().location().city()).isEqualTo("Berlin");
                assertThat(e.event().location().countryCode()).isEqualTo("DE");
            });
            PackingManifest manifest = events.of(PACKED).getFirst().manifest();
            assertThat(manifest.lines()).containsExactlyElementsOf(order.lines());
            assertThat(manifest.carrier()).isEqualTo(new CarrierCode("sim"));
            assertThat(manifest.carrierTrackingNumber().value()).matches("SIM\\d{12}");
            assertThat(manifest.parcels()).isNotEmpty()
                    .allSatisfy(parcel -> assertThat(parcel.barcode()).matches("00\\d{18}"));
            assertThat(warehouse.onHand(MUG_WHITE)).isEqualTo(118);
            assertThat(warehouse.available(MUG_WHITE)).isEqualTo(118);
            assertThat(warehouse.ordersInFlight()).isZero();

            recordOn(order);
            assertThat(order.status()).isEqualTo(OrderStatus.PACKED);
            assertThat(order.shipments()).hasSize(1);
        }
    }

    @Test
    void refusesAnOrderItCannotAllocateNamingTheShortSkusAndReservesNothing() {
        Order order = order("MUG-WHITE", 1, "MUG-BLUE", 5);
        try (SimulatedWarehouse warehouse = warehouse(events, SimulatedWarehouse.DEFAULT_CARRIERS, FAST)) {
            warehouse.requestFulfilment(order);
            Await.until(TIMEOUT, "allocation fails", () -> !events.events().isEmpty());

            assertThat(events.milestones()).containsExactly(ALLOCATION_FAILED);
            RecordWarehouseEvents.Event failed = events.events().getFirst();
            assertThat(failed.event().reason()).isEqualTo("MUG-BLUE: 5 requested, 2 available");
            assertThat(failed.event().key().sourceEventId()).isEqualTo(order.getId() + ":allocation-failed");
            assertThat(warehouse.available(MUG_WHITE)).isEqualTo(120);
            assertThat(warehouse.available(MUG_BLUE)).isEqualTo(2);
            assertThat(warehouse.ordersInFlight()).as("nothing left to pick or pack").isZero();

            recordOn(order);
            assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
            assertThat(order.statusReason()).isEqualTo("MUG-BLUE: 5 requested, 2 available");
        }
    }

    @Test
    void namesEveryShortSkuAndCountsAnUnknownSkuAsNoneAvailable() {
        Order order = order("MUG-BLUE", 3, "HOODIE-GRY-L", 4, "SOCKS-STRIPE-42", 1, "GIFT-CARD-50", 1, "CAP-NAVY", 1);
        try (SimulatedWarehouse warehouse = warehouse(events, SimulatedWarehouse.DEFAULT_CARRIERS, FAST)) {
            warehouse.requestFulfilment(order);
            Await.until(TIMEOUT, "allocation fails", () -> !events.events().isEmpty());

            assertThat(events.events().getFirst().event().reason()).isEqualTo("MUG-BLUE: 3 requested, 2 available; "
                    + "HOODIE-GRY-L: 4 requested, 3 available; SOCKS-STRIPE-42: 1 requested, 0 available; "
                    + "GIFT-CARD-50: 1 requested, 0 available");
            assertThat(warehouse.available(new Sku("CAP-NAVY"))).isEqualTo(45);
        }
    }

    @Test
    void keepsTheReasonOfAVeryShortOrderWithinWhatAnEventHolds() {
        Object[] lines = new Object[80];
        for (int i = 0; i < 40; i++) {
            lines[2 * i] = "DISCONTINUED-ITEM-" + i;
            lines[2 * i + 1] = 1;
        }
        Order order = order(lines);
        try (SimulatedWarehouse warehouse = warehouse(events, SimulatedWarehouse.DEFAULT_CARRIERS, FAST)) {
            warehouse.requestFulfilment(order);
            Await.until(TIMEOUT, "allocation fails", () -> !events.events().isEmpty());

            String reason = events.events().getFirst().event().reason();
            assertThat(reason).hasSizeLessThanOrEqualTo(512)
                    .startsWith("DISCONTINUED-ITEM-0: 1 requested, 0 available; DISCONTINUED-ITEM-1: 1 requested")
                    .matches(".*; and \\d+ more SKUs short");
        }
    }

    @Test
    void splitsAnOrderOfThreeOrMoreLinesIntoTwoShipmentsWithTheConfiguredCarriers() {
        Order order = order("MUG-WHITE", 1, "CAP-NAVY", 2, "PEN-STEEL", 10);
        CarrierCode express = new CarrierCode("sim-express");
        try (SimulatedWarehouse warehouse = warehouse(events, List.of(express), FAST)) {
            warehouse.requestFulfilment(order);
            Await.until(TIMEOUT, "the order is packed", () -> !events.of(PACKED).isEmpty());

            List<RecordWarehouseEvents.Event> packed = events.of(PACKED);
            assertThat(packed).extracting(e -> e.event().key().sourceEventId())
                    .containsExactly(order.getId() + ":packed:1", order.getId() + ":packed:2");
            List<PackingManifest> manifests = packed.stream().map(RecordWarehouseEvents.Event::manifest).toList();
            assertThat(manifests.get(0).lines()).containsExactly(line("MUG-WHITE", 1), line("CAP-NAVY", 2));
            assertThat(manifests.get(1).lines()).containsExactly(line("PEN-STEEL", 10));
            assertThat(manifests).allSatisfy(m -> assertThat(m.carrier()).isEqualTo(express));
            assertThat(manifests).extracting(PackingManifest::carrierTrackingNumber).doesNotHaveDuplicates();
            assertThat(manifests.get(1).parcels()).as("10 pens take two parcels").hasSize(2);
            List<OrderLine> packedLines = manifests.stream().flatMap(m -> m.lines().stream()).toList();
            assertThat(packedLines).containsExactlyInAnyOrderElementsOf(order.lines());

            recordOn(order);
            assertThat(order.status()).isEqualTo(OrderStatus.PACKED);
            assertThat(order.shipments()).hasSize(2);
        }
    }

    @Test
    void cancellingReleasesTheReservationAndStopsPickingAndPacking() {
        Order order = order("MUG-WHITE", 2, "MUG-BLUE", 2);
        // allocation within 25 ms, picking 167-500 ms after it: time enough to cancel in between
        double speedUp = 3600;
        try (SimulatedWarehouse warehouse = warehouse(events, SimulatedWarehouse.DEFAULT_CARRIERS, speedUp)) {
            warehouse.requestFulfilment(order);
            Await.until(TIMEOUT, "stock is allocated", () -> !events.of(ALLOCATED).isEmpty());
            assertThat(warehouse.available(MUG_BLUE)).isZero();
            assertThat(warehouse.available(MUG_WHITE)).isEqualTo(118);

            warehouse.cancelFulfilment(order);

            assertThat(warehouse.available(MUG_BLUE)).isEqualTo(2);
            assertThat(warehouse.available(MUG_WHITE)).isEqualTo(120);
            assertThat(warehouse.onHand(MUG_WHITE)).isEqualTo(120);
            assertThat(warehouse.ordersInFlight()).isZero();
            Await.pause(Duration.ofMillis(1200)); // past the latest moment packing could have happened
            assertThat(events.milestones()).containsExactly(ALLOCATED);
        }
    }

    @Test
    void cancelledStockCanBeAllocatedToTheNextOrder() {
        Order first = order("MUG-BLUE", 2);
        Order second = order("MUG-BLUE", 2);
        try (SimulatedWarehouse warehouse = warehouse(events, SimulatedWarehouse.DEFAULT_CARRIERS, 3600)) {
            warehouse.requestFulfilment(first);
            Await.until(TIMEOUT, "the first order is allocated", () -> !events.of(ALLOCATED).isEmpty());
            warehouse.cancelFulfilment(first);
            warehouse.requestFulfilment(second);
            Await.until(TIMEOUT, "the second order is allocated", () -> events.of(ALLOCATED).size() == 2);

            assertThat(events.of(ALLOCATED)).extracting(RecordWarehouseEvents.Event::order)
                    .containsExactly(first.getId(), second.getId());
            assertThat(events.of(ALLOCATION_FAILED)).isEmpty();
            warehouse.cancelFulfilment(second);
        }
    }

    @Test
    void keepsWorkingWhenTheApplicationRejectsItsEvents() {
        RecordingWarehouseEvents rejecting = new RecordingWarehouseEvents(EventOutcome.Result.REJECTED);
        Order order = order("CAP-NAVY", 1);
        try (SimulatedWarehouse warehouse = warehouse(rejecting, SimulatedWarehouse.DEFAULT_CARRIERS, FAST)) {
            warehouse.requestFulfilment(order);
            Await.until(TIMEOUT, "the order is packed", () -> !rejecting.of(PACKED).isEmpty());

            assertThat(rejecting.milestones()).containsExactly(ALLOCATED, PICKED, PACKED);
            assertThat(warehouse.onHand(new Sku("CAP-NAVY"))).isEqualTo(44);
        }
    }

    @Test
    void ignoresARepeatedRequestForAnOrderInProgress() {
        Order order = order("TOTE-NATURAL", 3);
        try (SimulatedWarehouse warehouse = warehouse(events, SimulatedWarehouse.DEFAULT_CARRIERS, 3600)) {
            warehouse.requestFulfilment(order);
            warehouse.requestFulfilment(order);
            Await.until(TIMEOUT, "stock is allocated", () -> !events.of(ALLOCATED).isEmpty());

            assertThat(warehouse.available(new Sku("TOTE-NATURAL"))).isEqualTo(197);
            assertThat(warehouse.ordersInFlight()).isOne();
            warehouse.cancelFulfilment(order);
        }
    }

    @Test
    void stopsWhenClosed() {
        Order order = order("NOTEBOOK-A5", 1);
        SimulatedWarehouse warehouse = warehouse(events, SimulatedWarehouse.DEFAULT_CARRIERS, 1);
        warehouse.requestFulfilment(order);
        warehouse.close();
        warehouse.requestFulfilment(order("NOTEBOOK-A5", 1));

        assertThat(events.events()).isEmpty();
        assertThat(warehouse.available(new Sku("NOTEBOOK-A5"))).isEqualTo(150);
    }

    @Test
    void demoInventoryHasFifteenSkusSomeOfThemShort() {
        var inventory = SimulatedWarehouse.demoInventory();

        assertThat(inventory).hasSize(15);
        assertThat(inventory.values()).filteredOn(quantity -> quantity <= 3).hasSizeGreaterThanOrEqualTo(3);
    }

    private void recordOn(Order order) {
        events.events().forEach(e -> assertThat(order.record(e.event(), null, e.manifest())).isEqualTo(Order.Recorded.ACCEPTED));
    }
}
