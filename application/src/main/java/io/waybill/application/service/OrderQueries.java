package io.waybill.application.service;

import io.waybill.application.port.in.GetOrder;
import io.waybill.application.port.in.SearchOrders;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.ShipmentPositions;
import io.waybill.application.port.out.ShipmentPredictions;
import io.waybill.application.shared.OrderSearch.Page;
import io.waybill.application.shared.OrderSearch.Query;
import io.waybill.application.shared.ShipmentPrediction;
import io.waybill.application.shared.TenantScope;
import io.waybill.domain.eta.DelayRisk;
import io.waybill.domain.order.Order;
import io.waybill.domain.order.OrderId;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.order.Shipment;
import io.waybill.domain.order.ShipmentId;
import io.waybill.domain.telemetry.Trail;
import io.waybill.domain.tracking.TrackingId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reads orders: the full view, search, and the public tracking view stripped of personal data. */
public class OrderQueries implements GetOrder, SearchOrders, TrackOrder {

    static final int CACHED_VIEWS = 20_000;
    private final Orders orders;
    private final ShipmentPredictions predictions;
    private final ShipmentPositions positions;
    private final Map<TrackingId, CachedView> views = new ConcurrentHashMap<>();

    /**
     * A public view as of one version of its order, with the ids of its shipments in the view's order and those whose
     * device position it may show ({@link PublicTracking#locatable}).
     */
    private record CachedView(long version, View view, List<ShipmentId> shipments, List<ShipmentId> locatable) {
    }

    public OrderQueries(Orders orders, ShipmentPredictions predictions, ShipmentPositions positions) {
        this.orders = orders;
        this.predictions = predictions;
        this.positions = positions;
    }

    @Override
    public Optional<Order> get(OrderId order) {
        return orders.byId(order);
    }

    @Override
    public Page search(Query query) {
        return orders.search(query);
    }

    @Override
    public Map<OrderStatus, Long> countByStatus(Set<OrderStatus> statuses) {
        return orders.countByStatus(statuses);
    }

    /**
     * The public view, always as of the order's current version: the version is read on every call (one
     * indexed lookup) and the view rebuilt whenever it changed, so a cached view is never stale, also with
     * several Waybill instances writing to one database. The shipments' estimates are read on every call
     * (one indexed lookup, only for an order with shipments): predictions change without the order
     * changing (the background predictor, the sweep of quiet shipments). So are the devices' positions (one indexed
     * lookup, only for an order with a shipment before its delivery round): they come without the order changing.
     */
    @Override
    public Optional<View> track(TrackingId trackingId) {
        // a tracking ID is unique across tenants and the view holds no personal data: whoever's order it is, it is shown
        return TenantScope.platform(() -> trackAny(trackingId));
    }

    private Optional<View> trackAny(TrackingId trackingId) {
        OptionalLong version = orders.versionByTrackingId(trackingId);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        CachedView cached = views.get(trackingId);
        if (cached == null || cached.version() != version.getAsLong()) {
            Optional<Order> order = orders.byTrackingId(trackingId);
            if (order.isEmpty()) {
                return Optional.empty();
            }
            cached = new CachedView(order.get().version(), PublicTracking.of(order.get()),
                    order.get().shipments().stream().map(Shipment::getId).toList(), PublicTracking.locatable(order.get()));
            if (views.size() >= CACHED_VIEWS) {
                views.clear();
            }
            views.put(trackingId, cached);
        }
        return Optional.of(withPositions(withEstimates(cached.view(), cached.shipments()), cached.shipments(), cached.locatable()));
    }

    /** The view with the coarsened last position of each shipment that may show one and has one. */
    private View withPositions(View view, List<ShipmentId> shipmentIds, List<ShipmentId> locatable) {
        if (locatable.isEmpty()) {
            return view;
        }
        Map<ShipmentId, Trail.Point> found = positions.latest(locatable);
        if (found.isEmpty()) {
            return view;
        }
        List<ShipmentView> shipments = new ArrayList<>(view.shipments().size());
        for (int i = 0; i < view.shipments().size(); i++) {
            Trail.Point p = found.get(shipmentIds.get(i));
            shipments.add(p == null ? view.shipments().get(i) : view.shipments().get(i).withPosition(PublicPlaces.approximate(p)));
        }
        return view.withShipments(shipments);
    }

    /** The view with each predicted shipment's estimate and risk level (never the risk's reasons). */
    private View withEstimates(View view, List<ShipmentId> shipmentIds) {
        if (shipmentIds.isEmpty()) {
            return view;
        }
        Map<ShipmentId, ShipmentPrediction> found = predictions.of(shipmentIds);
        if (found.isEmpty()) {
            return view;
        }
        List<ShipmentView> shipments = new ArrayList<>(view.shipments().size());
        for (int i = 0; i < view.shipments().size(); i++) {
            ShipmentPrediction p = found.get(shipmentIds.get(i));
            shipments.add(p == null ? view.shipments().get(i)
                    : view.shipments().get(i).withEstimate(p.p50(), p.p90(), DelayRisk.Level.valueOf(p.riskLevel())));
        }
        return view.withShipments(shipments);
    }
}
