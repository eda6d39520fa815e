package io.waybill.application.service;

import io.waybill.application.port.in.EventOutcome;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.application.port.out.Carriers;
import io.waybill.application.port.out.Notifications;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.Shipments.CarrierReference;
import io.waybill.application.port.out.Shipments.Located;
import io.waybill.application.port.out.Shipments;
import io.waybill.domain.order.CarrierTrackingNumber;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderEvents.ShipmentStatusChanged;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.PackingManifest;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.shared.EventRejectedException;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.TrackingEvent;
import io.waybill.domain.tracking.TrackingId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Records batches of warehouse and carrier events. A batch is resolved to orders, applied to the loaded
 * aggregates and saved all at once; events that cannot fit are rejected one by one, the rest stored.
 * A batch that lost a race with another writer is redone from a fresh load, which is safe because
 * recording is idempotent.
 */
public class EventIngestionService implements RecordWarehouseEvents, RecordTrackingEvents {

    private final Orders orders;
    private final Shipments shipments;
    private final Carriers carriers;
    private final Notifications notifications;
    private final Consumer<List<Order>> afterChange;

    public EventIngestionService(Orders orders, Shipments shipments, Carriers carriers, Notifications notifications) {
        this(orders, shipments, carriers, notifications, changed -> { });
    }

    /** @param afterChange told of the orders each committed batch changed (predictions are kept fresh this way) */
    public EventIngestionService(Orders orders, Shipments shipments, Carriers carriers, Notifications notifications,
            Consumer<List<Order>> afterChange) {
        this.orders = orders;
        this.shipments = shipments;
        this.carriers = carriers;
        this.notifications = notifications;
        this.afterChange = afterChange;
    }

    /** An event resolved to its order; the shipment is picked once the order is loaded. */
    private record Resolved(int index, OrderId order, TrackingEvent event, PackingManifest manifest,
            Function<Order, ShipmentId> shipment) {
    }

    private record Applied(List<EventOutcome> outcomes, List<Order> changed) {
    }

    @Override
    public List<EventOutcome> record(List<RecordWarehouseEvents.Event> events) {
        Applied applied = Conflicts.retry(() -> applyWarehouse(events));
        afterCommit(applied);
        return applied.outcomes();
    }

    @Override
    public List<EventOutcome> recordTracking(List<RecordTrackingEvents.Event> events) {
        Applied applied = Conflicts.retry(() -> applyTracking(events));
        afterCommit(applied);
        return applied.outcomes();
    }

    private Applied applyWarehouse(List<RecordWarehouseEvents.Event> events) {
        EventOutcome[] outcomes = new EventOutcome[events.size()];
        Set<String> numbers = new HashSet<>();
        List<CarrierReference> packed = new ArrayList<>();
        for (RecordWarehouseEvents.Event e : events) {
            if (e.order() == null) {
                numbers.add(e.orderNumber());
            }
            if (e.manifest() != null) {
                packed.add(new CarrierReference(e.manifest().carrier(), e.manifest().carrierTrackingNumber()));
            }
        }
        Map<String, OrderId> byNumber = numbers.isEmpty() ? Map.of() : orders.idsByOrderNumbers(numbers);
        Map<CarrierReference, Located> taken = packed.isEmpty() ? Map.of() : shipments.locate(packed);
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            RecordWarehouseEvents.Event e = events.get(i);
            OrderId order = e.order() != null ? e.order() : byNumber.get(e.orderNumber());
            if (order == null) {
                outcomes[i] = EventOutcome.rejected(i, "no order with number " + e.orderNumber());
                continue;
            }
            if (e.manifest() != null) {
                Located holder = taken.get(new CarrierReference(e.manifest().carrier(), e.manifest().carrierTrackingNumber()));
                if (holder != null && !holder.order().equals(order)) {
                    outcomes[i] = EventOutcome.rejected(i, "carrier tracking number " + e.manifest().carrierTrackingNumber()
                            + " of " + e.manifest().carrier() + " belongs to another order");
                    continue;
                }
            }
            resolved.add(new Resolved(i, order, e.event(), e.manifest(), o -> null));
        }
        return apply(resolved, outcomes);
    }

    private Applied applyTracking(List<RecordTrackingEvents.Event> events) {
        EventOutcome[] outcomes = new EventOutcome[events.size()];
        List<CarrierReference> references = new ArrayList<>();
        Set<CarrierTrackingNumber> bareNumbers = new HashSet<>();
        Set<TrackingId> trackingIds = new HashSet<>();
        for (RecordTrackingEvents.Event e : events) {
            if (e.trackingId() != null) {
                trackingIds.add(e.trackingId());
            } else if (e.carrier() != null) {
                references.add(new CarrierReference(e.carrier(), e.carrierTrackingNumber()));
            } else {
                bareNumbers.add(e.carrierTrackingNumber());
            }
        }
        Map<CarrierReference, Located> located = references.isEmpty() ? Map.of() : shipments.locate(references);
        Map<CarrierTrackingNumber, List<Located>> byBareNumber = bareNumbers.isEmpty() ? Map.of() : shipments.locateByNumber(bareNumbers);
        Map<TrackingId, OrderId> byTrackingId = trackingIds.isEmpty() ? Map.of() : orders.idsByTrackingIds(trackingIds);
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            RecordTrackingEvents.Event e = events.get(i);
            if (e.trackingId() != null) {
                OrderId order = byTrackingId.get(e.trackingId());
                if (order == null) {
                    outcomes[i] = EventOutcome.rejected(i, "no order with tracking ID " + e.trackingId());
                    continue;
                }
                resolved.add(new Resolved(i, order, e.event(), null, o -> shipmentOf(o, e.carrierTrackingNumber())));
            } else if (e.carrier() != null) {
                Located at = located.get(new CarrierReference(e.carrier(), e.carrierTrackingNumber()));
                if (at == null) {
                    outcomes[i] = EventOutcome.rejected(i, "no shipment with " + e.carrier() + " tracking number "
                            + e.carrierTrackingNumber() + " (is the PACKED event recorded?)");
                    continue;
                }
                resolved.add(new Resolved(i, at.order(), e.event(), null, o -> at.shipment()));
            } else {
                List<Located> candidates = byBareNumber.getOrDefault(e.carrierTrackingNumber(), List.of());
                if (candidates.size() != 1) {
                    outcomes[i] = EventOutcome.rejected(i, candidates.isEmpty()
                            ? "no shipment with tracking number " + e.carrierTrackingNumber() + " (is the PACKED event recorded?)"
                            : "tracking number " + e.carrierTrackingNumber() + " is used by several carriers: name the carrier");
                    continue;
                }
                Located at = candidates.getFirst();
                resolved.add(new Resolved(i, at.order(), e.event(), null, o -> at.shipment()));
            }
        }
        return apply(resolved, outcomes);
    }

    private static ShipmentId shipmentOf(Order order, CarrierTrackingNumber number) {
        List<Shipment> candidates = order.shipments().stream()
                .filter(s -> number == null || s.carrierTrackingNumber().equals(number)).toList();
        if (candidates.size() == 1) {
            return candidates.getFirst().getId();
        }
        throw new EventRejectedException(candidates.isEmpty()
                ? (number == null ? "order " + order.orderNumber() + " has no shipment yet"
                        : "order " + order.orderNumber() + " has no shipment with tracking number " + number)
                : "order " + order.orderNumber() + " has " + candidates.size() + " shipments: name the carrierTrackingNumber");
    }

    private Applied apply(List<Resolved> resolved, EventOutcome[] outcomes) {
        Set<OrderId> ids = new HashSet<>();
        List<EventKey> keys = new ArrayList<>(resolved.size());
        for (Resolved r : resolved) {
            ids.add(r.order());
            keys.add(r.event().key());
        }
        Map<OrderId, Order> loaded = new HashMap<>();
        if (!ids.isEmpty()) {
            orders.byIds(ids).forEach(o -> loaded.put(o.getId(), o));
        }
        // What this batch accepts counts as taken too: two of its orders cannot both take one event key or
        // carrier tracking number (the store would refuse the whole save, and every retry the same way).
        Map<EventKey, OrderId> holders = new HashMap<>(keys.isEmpty() ? Map.of() : orders.ordersHolding(keys));
        Map<CarrierReference, OrderId> packedBy = new HashMap<>();
        Map<OrderId, Order> changed = new LinkedHashMap<>();
        for (Resolved r : resolved) {
            Order order = loaded.get(r.order());
            OrderId holder = holders.get(r.event().key());
            CarrierReference packing = r.manifest() == null ? null
                    : new CarrierReference(r.manifest().carrier(), r.manifest().carrierTrackingNumber());
            OrderId packer = packing == null ? null : packedBy.get(packing);
            if (order == null) {
                outcomes[r.index()] = EventOutcome.rejected(r.index(), "no order with id " + r.order());
            } else if (holder != null && !holder.equals(r.order())) {
                outcomes[r.index()] = EventOutcome.rejected(r.index(), "event " + r.event().key() + " was already recorded for another order");
            } else if (packer != null && !packer.equals(r.order())) {
                outcomes[r.index()] = EventOutcome.rejected(r.index(), "carrier tracking number " + packing.trackingNumber()
                        + " of " + packing.carrier() + " belongs to another order");
            } else {
                try {
                    ShipmentId shipment = r.manifest() == null ? r.shipment().apply(order) : null;
                    Order.Recorded result = order.record(r.event(), shipment, r.manifest());
                    outcomes[r.index()] = new EventOutcome(r.index(), result == Order.Recorded.ACCEPTED
                            ? EventOutcome.Result.ACCEPTED : EventOutcome.Result.DUPLICATE, null, order.getId());
                    if (result == Order.Recorded.ACCEPTED) {
                        changed.put(order.getId(), order);
                        holders.put(r.event().key(), order.getId());
                        if (packing != null) {
                            packedBy.put(packing, order.getId());
                        }
                    }
                } catch (EventRejectedException rejected) {
                    outcomes[r.index()] = EventOutcome.rejected(r.index(), rejected.getMessage());
                }
            }
        }
        if (!changed.isEmpty()) {
            orders.save(changed.values());
        }
        List<EventOutcome> all = new ArrayList<>(outcomes.length);
        for (EventOutcome o : outcomes) {
            all.add(Objects.requireNonNull(o));
        }
        return new Applied(all, List.copyOf(changed.values()));
    }

    private void afterCommit(Applied applied) {
        if (!applied.changed().isEmpty()) {
            afterChange.accept(applied.changed());
        }
        for (Order order : applied.changed()) {
            notifications.publish(order.domainEvents());
            order.domainEvents().stream()
                    .filter(ShipmentStatusChanged.class::isInstance).map(ShipmentStatusChanged.class::cast)
                    .filter(changed -> changed.from() == null)
                    .forEach(created -> order.shipment(created.shipment())
                            .ifPresent(s -> carriers.shipmentReady(order.getId(), s, order.address())));
        }
    }
}
