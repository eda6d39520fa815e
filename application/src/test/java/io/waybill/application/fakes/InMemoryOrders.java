package io.waybill.application.fakes;

import io.waybill.application.shared.OrderSearch;
import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Shipments;
import io.waybill.domain.order.CarrierCode;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Customer;
import io.waybill.domain.order.DeliveryAddress;
import io.waybill.domain.order.DeliveryPromise;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderLine;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.order.TimelineEntry;
import io.waybill.domain.order.TimelineItem;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.TrackingId;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A faithful in-memory store of orders, for tests. Like a database, it keeps copies: an order is
 * stored as its fields and timeline entries and rebuilt with {@link Order#reconstitute} on every load,
 * so changing a loaded order changes nothing until it is saved. It enforces what the PostgreSQL schema
 * enforces: optimistic locking (a version per order, bumped on every save), unique order numbers,
 * unique tracking IDs, unique carrier references and unique event keys across orders. A save is all or
 * nothing. Thread-safe.
 */
public class InMemoryOrders implements Orders, Shipments {

    /** What a row (and its child rows) would hold; all parts are immutable. */
    private record Stored(TenantId tenant, OrderId id, String orderNumber, Customer customer, DeliveryAddress address, List<OrderLine> lines,
            DeliveryPromise promise, Instant placedAt, TrackingId trackingId, List<TimelineEntry> timeline, long version,
            OrderStatus status, List<Shipment> shipments) {

        static Stored of(Order order, long version) {
            return new Stored(order.tenant(), order.getId(), order.orderNumber(), order.customer(), order.address(), List.copyOf(order.lines()),
                    order.promise().orElse(null), order.placedAt(), order.trackingId().orElse(null),
                    order.timeline().stream().map(TimelineItem::entry).toList(), version, order.status(),
                    List.copyOf(order.shipments()));
        }

        Order load() {
            return Order.reconstitute(tenant, id, orderNumber, customer, address, lines, promise, placedAt, trackingId, timeline, version);
        }

        List<CarrierCode> carriers() {
            return shipments.stream().map(Shipment::carrier).distinct().toList();
        }
    }

    private final Map<OrderId, Stored> orders = new LinkedHashMap<>();
    private final Map<String, OrderId> byNumber = new HashMap<>();
    private final Map<TrackingId, OrderId> byTrackingId = new HashMap<>();
    private final Map<EventKey, OrderId> byEventKey = new HashMap<>();
    private final Map<CarrierReference, Located> byCarrierReference = new HashMap<>();
    private int saves;

    @Override
    public synchronized Optional<Order> byId(OrderId id) {
        return Optional.ofNullable(orders.get(id)).filter(InMemoryOrders::visible).map(Stored::load);
    }

    @Override
    public synchronized java.util.OptionalLong versionByTrackingId(TrackingId trackingId) {
        OrderId id = byTrackingId.get(trackingId);
        return id == null || !orders.containsKey(id) ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(orders.get(id).version());
    }

    @Override
    public synchronized Optional<Order> byTrackingId(TrackingId trackingId) {
        return Optional.ofNullable(byTrackingId.get(trackingId)).flatMap(this::byId);
    }

    @Override
    public synchronized Optional<Order> byShipment(ShipmentId shipment) {
        return orders.values().stream().filter(InMemoryOrders::visible).filter(s -> s.shipments().stream().anyMatch(x -> x.getId().equals(shipment)))
                .findFirst().map(Stored::load);
    }

    @Override
    public synchronized List<Order> byIds(Collection<OrderId> ids) {
        return Set.copyOf(ids).stream().map(orders::get).filter(s -> s != null && visible(s)).map(Stored::load).toList();
    }

    @Override
    public synchronized Map<String, OrderId> idsByOrderNumbers(Collection<String> orderNumbers) {
        TenantId tenant = TenantScope.tenant().orElse(TenantId.DEFAULT);
        Map<String, OrderId> found = new HashMap<>();
        orderNumbers.forEach(n -> {
            OrderId id = byNumber.get(numberKey(tenant, n));
            if (id != null) {
                found.put(n, id);
            }
        });
        return found;
    }

    @Override
    public synchronized Map<TrackingId, OrderId> idsByTrackingIds(Collection<TrackingId> trackingIds) {
        return pick(byTrackingId, trackingIds);
    }

    @Override
    public synchronized Map<EventKey, OrderId> ordersHolding(Collection<EventKey> keys) {
        return pick(byEventKey, keys);
    }

    @Override
    public synchronized Map<CarrierReference, Located> locate(Collection<CarrierReference> references) {
        return pick(byCarrierReference, references);
    }

    @Override
    public synchronized Map<CarrierTrackingNumber, List<Located>> locateByNumber(Collection<CarrierTrackingNumber> numbers) {
        Map<CarrierTrackingNumber, List<Located>> found = new HashMap<>();
        byCarrierReference.forEach((reference, located) -> {
            if (numbers.contains(reference.trackingNumber())) {
                found.computeIfAbsent(reference.trackingNumber(), n -> new ArrayList<>()).add(located);
            }
        });
        return found;
    }

    @Override
    public synchronized void save(Collection<Order> changed) {
        // Check everything first, then write: all or nothing.
        Map<String, OrderId> numbers = new HashMap<>();
        Map<TrackingId, OrderId> trackingIds = new HashMap<>();
        Map<EventKey, OrderId> keys = new HashMap<>();
        Map<CarrierReference, OrderId> references = new HashMap<>();
        Set<OrderId> seen = new HashSet<>();
        for (Order order : changed) {
            OrderId id = order.getId();
            if (!seen.add(id)) {
                throw new IllegalArgumentException("order " + id + " is twice in one save");
            }
            Stored stored = orders.get(id);
            if (stored == null) {
                if (order.version() != 0) {
                    throw new ConcurrentUpdateException("order " + id + " was loaded at version " + order.version()
                            + " but is no longer stored");
                }
                OrderId taken = byNumber.getOrDefault(numberKey(order.tenant(), order.orderNumber()),
                        numbers.get(numberKey(order.tenant(), order.orderNumber())));
                if (taken != null) {
                    throw new OrderNumberTakenException(order.orderNumber(), taken);
                }
            } else if (stored.version() != order.version()) {
                throw new ConcurrentUpdateException("order " + id + " was loaded at version " + order.version()
                        + " but is now at version " + stored.version());
            } else if (!stored.orderNumber().equals(order.orderNumber())) {
                throw new IllegalStateException("the order number of " + id + " changed");
            }
            numbers.put(numberKey(order.tenant(), order.orderNumber()), id);
            order.trackingId().ifPresent(t -> claim(trackingIds, byTrackingId, t, id, "tracking ID " + t));
            for (TimelineItem item : order.timeline()) {
                EventKey key = item.entry().event().key();
                claim(keys, byEventKey, key, id, "event " + key);
            }
            for (Shipment s : order.shipments()) {
                CarrierReference reference = new CarrierReference(s.carrier(), s.carrierTrackingNumber());
                Located holder = byCarrierReference.get(reference);
                if (holder != null && !holder.order().equals(id)) {
                    throw new ConcurrentUpdateException(s.carrier() + " tracking number " + s.carrierTrackingNumber()
                            + " is already used by order " + holder.order());
                }
                claim(references, Map.of(), reference, id, s.carrier() + " tracking number " + s.carrierTrackingNumber());
            }
        }
        for (Order order : changed) {
            Stored stored = orders.get(order.getId());
            if (stored != null && order.unsavedEntries().isEmpty() && order.unsavedRetractions().isEmpty()) {
                continue; // nothing changed: like a clean entity, no write and no new version
            }
            Stored saved = Stored.of(order, stored == null ? 1 : stored.version() + 1);
            orders.put(saved.id(), saved);
            byNumber.put(numberKey(saved.tenant(), saved.orderNumber()), saved.id());
            if (saved.trackingId() != null) {
                byTrackingId.put(saved.trackingId(), saved.id());
            }
            saved.timeline().forEach(entry -> byEventKey.put(entry.event().key(), saved.id()));
            saved.shipments().forEach(s -> byCarrierReference.put(new CarrierReference(s.carrier(), s.carrierTrackingNumber()),
                    new Located(saved.id(), s.getId())));
        }
        saves++;
    }

    @Override
    public synchronized OrderSearch.Page search(OrderSearch.Query query) {
        List<Stored> matching = orders.values().stream().filter(InMemoryOrders::visible)
                .filter(s -> query.statuses().isEmpty() || query.statuses().contains(s.status()))
                .filter(s -> query.placedFrom() == null || !s.placedAt().isBefore(query.placedFrom()))
                .filter(s -> query.placedTo() == null || s.placedAt().isBefore(query.placedTo()))
                .filter(s -> query.carrier() == null || s.carriers().contains(query.carrier()))
                .filter(s -> found(s, query.lookup()))
                .sorted(Comparator.comparing(Stored::placedAt).reversed().thenComparing(s -> s.id().value()))
                .toList();
        List<OrderSearch.Summary> page = matching.stream()
                .skip((long) query.page() * query.size()).limit(query.size())
                .map(s -> new OrderSearch.Summary(s.id(), s.orderNumber(), s.trackingId(), s.status(), s.placedAt(), s.carriers()))
                .toList();
        return new OrderSearch.Page(page, query.page(), query.size(), matching.size());
    }

    private static boolean found(Stored s, OrderSearch.Lookup lookup) {
        return (lookup.orderNumber() == null || lookup.orderNumber().equals(s.orderNumber()))
                && (lookup.trackingId() == null || lookup.trackingId().equals(s.trackingId()))
                && (lookup.carrierTrackingNumber() == null
                        || s.shipments().stream().anyMatch(sh -> sh.carrierTrackingNumber().equals(lookup.carrierTrackingNumber())))
                && (lookup.email() == null || lookup.email().equalsIgnoreCase(s.customer().email()));
    }

    /** Like the store: another tenant's orders are not there; outside any scope (plain unit tests) all are. */
    private static boolean visible(Stored stored) {
        return TenantScope.tenant().map(stored.tenant()::equals).orElse(true);
    }

    private static String numberKey(TenantId tenant, String orderNumber) {
        return tenant.value() + "/" + orderNumber;
    }

    /** How many orders are stored. */
    public synchronized int count() {
        return orders.size();
    }

    /** How many calls to {@link #save} succeeded. */
    public synchronized int saves() {
        return saves;
    }

    /** The version an order is stored at, or -1 when it is not stored. */
    public synchronized long versionOf(OrderId id) {
        Stored stored = orders.get(id);
        return stored == null ? -1 : stored.version();
    }

    private static <K> void claim(Map<K, OrderId> inThisSave, Map<K, OrderId> stored, K key, OrderId id, String what) {
        OrderId holder = inThisSave.containsKey(key) ? inThisSave.get(key) : stored.get(key);
        if (holder != null && !holder.equals(id)) {
            throw new ConcurrentUpdateException(what + " is already recorded for order " + holder);
        }
        inThisSave.put(key, id);
    }

    private static <K, V> Map<K, V> pick(Map<K, V> from, Collection<K> keys) {
        Map<K, V> found = new HashMap<>();
        for (K key : keys) {
            V value = from.get(key);
            if (value != null) {
                found.put(key, value);
            }
        }
        return found;
    }
}
