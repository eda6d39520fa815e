package io.waybill.bootstrap.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.waybill.application.port.in.CancelOrder;
import io.waybill.application.port.in.ConfirmOrder;
import io.waybill.application.port.in.GetOrder;
import io.waybill.application.port.in.PlaceOrder;
import io.waybill.application.port.in.RecordTrackingEvents;
import io.waybill.application.port.in.RecordWarehouseEvents;
import io.waybill.application.port.in.SearchOrders;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.application.port.out.AuditTrail;
import io.waybill.application.port.out.Carriers;
import io.waybill.application.port.out.Notifications;
import io.waybill.application.port.out.Orders;
import io.waybill.application.port.out.ShipmentPredictions;
import io.waybill.application.port.out.Shipments;
import io.waybill.application.port.out.Warehouse;
import io.waybill.application.service.CancelOrderService;
import io.waybill.application.service.ConfirmOrderService;
import io.waybill.application.service.EventIngestionService;
import io.waybill.application.service.OrderQueries;
import io.waybill.application.service.PlaceOrderService;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Creates the framework-free application services and exposes each use case as its inbound port.
 * Services are {@code @Singleton}: they are immutable and need no client proxy.
 */
public class ApplicationServices {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    Notifications notifications(MeterRegistry registry, Instance<NotificationWorker> worker) {
        return new DomainEventLog(registry, () -> worker.get().wake());
    }

    @Produces
    @Singleton
    PlaceOrder placeOrder(Orders orders, Notifications notifications, Clock clock) {
        return new PlaceOrderService(orders, notifications, clock);
    }

    @Produces
    @Singleton
    ConfirmOrder confirmOrder(Orders orders, Warehouse warehouse, Notifications notifications, Clock clock) {
        return new ConfirmOrderService(orders, warehouse, notifications, clock);
    }

    @Produces
    @Singleton
    CancelOrder cancelOrder(Orders orders, Warehouse warehouse, Notifications notifications, Clock clock, AuditTrail audit) {
        return new CancelOrderService(orders, warehouse, notifications, clock, audit);
    }

    @Produces
    @Singleton
    @Typed(EventIngestionService.class)
    EventIngestionService eventIngestion(Orders orders, Shipments shipments, Carriers carriers, Notifications notifications,
            DelayWatch delays) {
        return new EventIngestionService(orders, shipments, carriers, notifications, delays::changed);
    }

    @Produces
    RecordWarehouseEvents recordWarehouseEvents(EventIngestionService ingestion) {
        return ingestion;
    }

    @Produces
    RecordTrackingEvents recordTrackingEvents(EventIngestionService ingestion) {
        return ingestion;
    }

    @Produces
    @Singleton
    @Typed(OrderQueries.class)
    OrderQueries orderQueries(Orders orders, ShipmentPredictions predictions) {
        return new OrderQueries(orders, predictions);
    }

    @Produces
    GetOrder getOrder(OrderQueries queries) {
        return queries;
    }

    @Produces
    SearchOrders searchOrders(OrderQueries queries) {
        return queries;
    }

    @Produces
    TrackOrder trackOrder(OrderQueries queries) {
        return queries;
    }
}
