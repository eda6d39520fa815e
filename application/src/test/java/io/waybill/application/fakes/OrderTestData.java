package io.waybill.application.fakes;

import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Customer;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.order.Parcel;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.Sku;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.EventSource;
import io.waybill.domain.tracking.GeoPoint;
import io.waybill.domain.tracking.Location;
import io.waybill.domain.tracking.Milestone;
import io.waybill.domain.tracking.ProofOfDelivery;
import io.waybill.domain.tracking.SourceType;
import io.waybill.domain.tracking.TrackingEvent;
import io.waybill.domain.tracking.TrackingId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data for orders and their events. Every instant is a whole second, so data survives storage
 * with microsecond precision unchanged. The {@code unique…} methods give values no other test uses,
 * for tests that share a database. The personal data is distinctive on purpose, so that a test can
 * search any output for it.
 */
public final class OrderTestData {

    public static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    /** Berlin in winter, where the warehouse is. */
    public static final ZoneOffset WAREHOUSE_OFFSET = ZoneOffset.ofHours(1);
    /** Where the carrier's hub is (Louisville, Kentucky, in winter). */
    public static final ZoneOffset HUB_OFFSET = ZoneOffset.ofHours(-5);

    public static final CarrierCode UPS = new CarrierCode("ups");
    public static final CarrierCode DHL = new CarrierCode("dhl");
    public static final EventSource WMS = new EventSource(SourceType.WMS, "dc-berlin");
    public static final EventSource UPS_FEED = new EventSource(SourceType.CARRIER, "ups");

    public static final Sku MUG = new Sku("MUG-BLUE");
    public static final Sku TEA = new Sku("TEA-EARL");

    public static final String CUSTOMER_NAME = "Ada Lovelace";
    public static final String CUSTOMER_EMAIL = "ada.lovelace@example.org";
    public static final String CUSTOMER_PHONE = "+44 20 7946 0958";
    public static final String STREET = "12 Analytical Way";
    public static final String STREET_LINE2 = "Flat 3, Engine House";
    public static final String RECEIVER_NAME = "Charles Babbage";
    public static final String SIGNATURE_REF = "sig://difference-engine/0001";
    public static final String PHOTO_REF = "photo://difference-engine/0001.jpg";
    /** Where the parcel was handed over: a home address in all but name. */
    public static final GeoPoint DOORSTEP = new GeoPoint(51.507351, -0.127758);
    /** Where a van scanned the parcel. */
    public static final GeoPoint VAN = new GeoPoint(51.498765, -0.134567);

    private OrderTestData() {
    }

    // ---- values no other test uses -------------------------------------------------------------

    public static String uniqueOrderNumber() {
        return "SO-" + randomHex(12).toUpperCase();
    }

    public static String uniqueEventId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static CarrierTrackingNumber uniqueCarrierTrackingNumber() {
        return new CarrierTrackingNumber("1Z" + randomHex(16));
    }

    /** A carrier code no other test uses, to search by carrier in a shared database. */
    public static CarrierCode uniqueCarrier() {
        return new CarrierCode("t" + randomHex(12));
    }

    /**
     * The start of an hour in the 23rd century that no other test is likely to use, to search by
     * placement date in a shared database.
     */
    public static Instant uniqueHour() {
        long hours = ThreadLocalRandom.current().nextLong(100L * 365 * 24);
        return Instant.parse("2200-01-01T00:00:00Z").plus(Duration.ofHours(hours));
    }

    // ---- orders --------------------------------------------------------------------------------

    public static Customer customer() {
        return new Customer(CUSTOMER_NAME, CUSTOMER_EMAIL, CUSTOMER_PHONE);
    }

    public static DeliveryAddress address() {
        return new DeliveryAddress(STREET, STREET_LINE2, "SW1A 2AA", "London", "Greater London", "GB");
    }

    /** Two mugs and a tea. */
    public static List<OrderLine> lines() {
        return List.of(line(MUG.value(), 2), line(TEA.value(), 1));
    }

    public static OrderLine line(String sku, int quantity) {
        return new OrderLine(new Sku(sku), quantity);
    }

    /** Delivery promised two to three days after placement. */
    public static DeliveryPromise promise(Instant placedAt) {
        return new DeliveryPromise(placedAt.plus(Duration.ofDays(2)), placedAt.plus(Duration.ofDays(3)));
    }

    public static PlaceOrder.Command placeCommand(String orderNumber) {
        return new PlaceOrder.Command(orderNumber, customer(), address(), lines(), promise(T0));
    }

    public static OrderBuilder anOrder() {
        return new OrderBuilder();
    }

    /** Builds an order in the state a test needs; unset parts get the defaults above. */
    public static final class OrderBuilder {
        private TenantId tenant;
        private OrderId id = OrderId.random();
        private String number = uniqueOrderNumber();
        private Customer customer = OrderTestData.customer();
        private DeliveryAddress address = OrderTestData.address();
        private List<OrderLine> lines = OrderTestData.lines();
        private Instant placedAt = T0;
        private DeliveryPromise promise;
        private boolean promiseSet;

        private OrderBuilder() {
        }

        /** The tenant the order belongs to; else the one in scope, else the default tenant. */
        public OrderBuilder tenant(TenantId value) {
            this.tenant = value;
            return this;
        }

        public OrderBuilder id(OrderId value) {
            this.id = value;
            return this;
        }

        public OrderBuilder number(String value) {
            this.number = value;
            return this;
        }

        public OrderBuilder customer(Customer value) {
            this.customer = value;
            return this;
        }

        public OrderBuilder address(DeliveryAddress value) {
            this.address = value;
            return this;
        }

        public OrderBuilder lines(OrderLine... value) {
            this.lines = List.of(value);
            return this;
        }

        public OrderBuilder placedAt(Instant value) {
            this.placedAt = value;
            return this;
        }

        public OrderBuilder promise(DeliveryPromise value) {
            this.promise = value;
            this.promiseSet = true;
            return this;
        }

        public OrderBuilder withoutPromise() {
            return promise(null);
        }

        /** A new order (not stored), status PLACED. */
        public Order placed() {
            TenantId owner = tenant != null ? tenant : TenantScope.tenant().orElse(TenantId.DEFAULT);
            return Order.place(owner, id, number, customer, address, lines, promiseSet ? promise : OrderTestData.promise(placedAt), placedAt);
        }

        /** A new order confirmed a minute after placement, with a fresh tracking ID. */
        public Order confirmed() {
            Order order = placed();
            order.confirm(TrackingId.generate(), placedAt.plus(Duration.ofMinutes(1)));
            return order;
        }
    }

    // ---- events --------------------------------------------------------------------------------

    /** An order-level warehouse event (ALLOCATED, ALLOCATION_FAILED, PICKED) or a PACKED event, in Berlin. */
    public static TrackingEvent warehouseEvent(String id, Milestone milestone, Instant at) {
        return new TrackingEvent(new EventKey(WMS, id), milestone, "W" + milestone.ordinal(), "WMS " + milestone, null,
                at.atOffset(WAREHOUSE_OFFSET), at.plusSeconds(5), new Location("DC Berlin", "Berlin", "DE", null), null);
    }

    /** A carrier scan from UPS; a DELIVERED scan is made at the doorstep and carries the full proof of delivery. */
    public static TrackingEvent carrierEvent(String id, Milestone milestone, Instant at) {
        return carrierEvent(UPS_FEED, id, milestone, at, HUB_OFFSET);
    }

    public static TrackingEvent carrierEvent(EventSource source, String id, Milestone milestone, Instant at, ZoneOffset offset) {
        boolean delivered = milestone == Milestone.DELIVERED;
        Location where = delivered
                ? new Location(null, "London", "GB", DOORSTEP)
                : new Location("Worldport", "Louisville", "US", VAN);
        String reason = milestone == Milestone.HELD ? "customs inspection" : null;
        return new TrackingEvent(new EventKey(source, id), milestone, "C" + milestone.ordinal(), "Carrier " + milestone, reason,
                at.atOffset(offset), at.plusSeconds(30), where, delivered ? proofOfDelivery() : null);
    }

    /** Proof with every kind of personal data: receiver name, signature, photo and position. */
    public static ProofOfDelivery proofOfDelivery() {
        return new ProofOfDelivery(RECEIVER_NAME, SIGNATURE_REF, PHOTO_REF, DOORSTEP);
    }

    public static PackingManifest manifest(CarrierCode carrier, CarrierTrackingNumber number, OrderLine... lines) {
        return new PackingManifest(carrier, number, List.of(new Parcel("PKG-" + number, null)), List.of(lines));
    }

    /** A UPS manifest with a fresh tracking number holding the whole default order. */
    public static PackingManifest wholeOrderManifest() {
        return manifest(UPS, uniqueCarrierTrackingNumber(), lines().toArray(OrderLine[]::new));
    }

    // ---- changing orders directly (for store tests) --------------------------------------------

    /** Records a PACKED event with a fresh id on {@code order}; returns the shipment it created. */
    public static ShipmentId pack(Order order, PackingManifest manifest, Instant at) {
        TrackingEvent packed = warehouseEvent(uniqueEventId("pack"), Milestone.PACKED, at);
        order.record(packed, null, manifest);
        return ShipmentId.of(packed.key());
    }

    /** Records a carrier scan with a fresh id about one shipment of {@code order}. */
    public static TrackingEvent scan(Order order, ShipmentId shipment, Milestone milestone, Instant at) {
        TrackingEvent event = carrierEvent(uniqueEventId("scan"), milestone, at);
        order.record(event, shipment, null);
        return event;
    }

    // ---- commands of the ingestion use cases ---------------------------------------------------

    public static RecordWarehouseEvents.Event warehouse(OrderId order, TrackingEvent event) {
        return new RecordWarehouseEvents.Event(order, null, event, null);
    }

    public static RecordWarehouseEvents.Event warehouse(String orderNumber, TrackingEvent event) {
        return new RecordWarehouseEvents.Event(null, orderNumber, event, null);
    }

    public static RecordWarehouseEvents.Event packed(OrderId order, TrackingEvent event, PackingManifest manifest) {
        return new RecordWarehouseEvents.Event(order, null, event, manifest);
    }

    /** A carrier event naming its shipment by carrier and tracking number. */
    public static RecordTrackingEvents.Event tracking(CarrierCode carrier, CarrierTrackingNumber number, TrackingEvent event) {
        return new RecordTrackingEvents.Event(null, carrier, number, event);
    }

    /** A carrier event naming its order by Waybill tracking ID only. */
    public static RecordTrackingEvents.Event tracking(TrackingId trackingId, TrackingEvent event) {
        return new RecordTrackingEvents.Event(trackingId, null, null, event);
    }

    private static String randomHex(int digits) {
        byte[] bytes = new byte[(digits + 1) / 2];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, digits);
    }
}
