package io.waybill.application.port.out;

import io.waybill.application.shared.ConcurrentUpdateException;
import io.waybill.application.shared.OrderNumberTakenException;
import io.waybill.application.shared.OrderSearch;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.tracking.EventKey;
import io.waybill.domain.tracking.TrackingId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The stored orders, with their timelines. */
public interface Orders {

    Optional<Order> byId(OrderId id);

    Optional<Order> byTrackingId(TrackingId trackingId);

    /** The current version of the order with this tracking ID: it changes with every saved change of the order. */
    OptionalLong versionByTrackingId(TrackingId trackingId);

    /** The order holding this shipment, if any. */
    Optional<Order> byShipment(ShipmentId shipment);

    /** The orders with these ids that exist; missing ids are left out. */
    List<Order> byIds(Collection<OrderId> ids);

    Map<String, OrderId> idsByOrderNumbers(Collection<String> orderNumbers);

    Map<TrackingId, OrderId> idsByTrackingIds(Collection<TrackingId> trackingIds);

    /** For each of these event keys already recorded, the order it was recorded on. */
    Map<EventKey, OrderId> ordersHolding(Collection<EventKey> keys);

    /**
     * Stores new orders and the changes of loaded ones, all or nothing: new timeline entries, shipments
     * and derived statuses. An order changed by someone else since it was loaded fails the whole call.
     *
     * @throws ConcurrentUpdateException when another writer got there first; load again and retry
     * @throws OrderNumberTakenException when a new order's number exists already
     */
    void save(Collection<Order> orders);

    OrderSearch.Page search(OrderSearch.Query query);

    /** How many orders of the tenant in scope have each of {@code statuses}; a status none has counts 0. */
    default Map<OrderStatus, Long> countByStatus(Set<OrderStatus> statuses) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : statuses) {
            counts.put(status, search(new OrderSearch.Query(Set.of(status), null, null, null, 0, 1)).total());
        }
        return counts;
    }
}
